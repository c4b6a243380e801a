package dev.copydesk.facts.numbers;

import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.AnnotatedArticle;
import java.util.List;

/** Reads the story's numbers once people, dates and quotes are known: ages go to people, counts keep their event. */
public final class NumberExtractor {
    private final AgeExtractor ages = new AgeExtractor();
    private final CountExtractor counts = new CountExtractor();

    public Numbers extract(AnnotatedArticle article, List<Person> people, List<DateMention> dates, List<Quote> quotes) {
        return new Numbers(ages.ages(article, people, quotes), ages.births(article, people, dates),
                counts.counts(article, people, dates, quotes));
    }
}
