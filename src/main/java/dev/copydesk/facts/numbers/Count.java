package dev.copydesk.facts.numbers;

import dev.copydesk.article.Block;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.quotes.Quote;
import java.util.List;
import java.util.Set;

/**
 * A number of people or things the story reports: "at least 12 people were killed", "police
 * arrested four men", "paid $2.5 million for the house". What a check needs to tell whether two
 * counts are of one thing comes with it: the words around it that make it an update or another
 * set, the event, the places and the dates of its sentence.
 *
 * @param kind      what is counted
 * @param noun      who or what, folded to lower case ("people", "civilians", "votes"); "" when the text gives no noun
 * @param object    for a price, what was paid for ("house"); for votes, who got them; for jobs, who cuts or
 *                  creates them ("police department"), "" when the text does not say; else ""
 * @param value     the number
 * @param against   for a vote tally ("52-48"), the votes against; else NaN
 * @param bound     exact, a bound ("at least") or approximate ("about")
 * @param block     the block it is in
 * @param start     char offset of the number (with its bound words) in the block
 * @param end       char offset, exclusive
 * @param sentenceStart char offset of its sentence
 * @param sentenceEnd   char offset just past its sentence
 * @param quote     the direct quote it is written in, or null
 * @param updates   words of its sentence that make it an update or a total ("rose", "later", "now", "total")
 * @param others    words of its sentence that make it another set ("another", "also", "separately", "including")
 * @param events    event nouns of its sentence ("attack", "fire")
 * @param places    places its sentence names
 * @param dates     dates its sentence gives
 */
public record Count(CountKind kind, String noun, String object, double value, double against, Bound bound,
                    Block block, int start, int end, int sentenceStart, int sentenceEnd, Quote quote,
                    Set<String> updates, Set<String> others, Set<String> events, Set<String> places,
                    List<DateMention> dates) {
    public Count {
        updates = Set.copyOf(updates);
        others = Set.copyOf(others);
        events = Set.copyOf(events);
        places = Set.copyOf(places);
        dates = List.copyOf(dates);
    }

    /** The words of the number as written ("at least 12", "$2.5 million"). */
    public String text() {
        return block.text().substring(start, end);
    }

    /** The value as copy would write it ("12", "1,200", "52-48"). */
    public String amount() {
        return Double.isNaN(against) ? Numerals.format(value) : Numerals.format(value) + "-" + Numerals.format(against);
    }

    /** The sentence it is in. */
    public String sentence() {
        return block.text().substring(sentenceStart, sentenceEnd);
    }
}
