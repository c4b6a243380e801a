package dev.copydesk.facts.numbers;

import dev.copydesk.article.Block;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;

/**
 * An age the story gives a person.
 *
 * @param person  who it is the age of
 * @param mention the mention it was read from (for a {@link AgeForm#DESCRIPTION}, the person's mention before it)
 * @param years   the age
 * @param block   the block the age is written in
 * @param start   char offset of the age's number in the block
 * @param end     char offset, exclusive
 * @param form    how it is attached to the name
 * @param quote   the direct quote it is written in (someone else's words), or null
 * @param past    an age at an earlier time ("was seven years old when he…"), not the person's age now
 */
public record Age(Person person, Mention mention, int years, Block block, int start, int end, AgeForm form,
                  Quote quote, boolean past) {

    /** The words of the age as written ("45", "46-year-old"). */
    public String text() {
        return block.text().substring(start, end);
    }
}
