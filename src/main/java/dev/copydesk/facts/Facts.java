package dev.copydesk.facts;

import dev.copydesk.article.Article;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.numbers.Numbers;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Claim;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.AnnotatedArticle;
import java.util.List;

/**
 * What the checks reason about: the annotated article and the people in it.
 *
 * @param annotated  the article with sentences and tags
 * @param people     the people, in order of first mention
 * @param unattached surnames used like a person's ("Corbin said") that match no one and have too
 *                   little evidence to stand as a person of their own; a misspelling check still wants them
 * @param dates      every date expression, normalised against the publication date
 * @param quotes     every direct quote with its speaker
 * @param claims     hedged allegations and anonymous sourcing
 * @param numbers    ages, years of birth and counts
 */
public record Facts(AnnotatedArticle annotated, List<Person> people, List<Mention> unattached,
                    List<DateMention> dates, List<Quote> quotes, List<Claim> claims, Numbers numbers) {
    public Facts {
        people = List.copyOf(people);
        unattached = List.copyOf(unattached);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    public Article article() {
        return annotated.article();
    }

    /**
     * The text of every analysed block (headline, dek, body, block quotes, subheads, tables,
     * captions, pull quotes; never credits, notes or code, nor the blocks after the one in which the
     * analysis budget ran out), in reading order, with its sentences.
     */
    public List<BlockText> texts() {
        return annotated.blocks().stream().map(BlockText::of).toList();
    }
}
