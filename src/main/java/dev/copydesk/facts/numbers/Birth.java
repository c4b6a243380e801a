package dev.copydesk.facts.numbers;

import dev.copydesk.article.Block;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import java.time.LocalDate;

/**
 * When the story says a person was born ("Smith, who was born in 1979,").
 *
 * @param person  who was born
 * @param mention the mention it was read from
 * @param date    the date expression
 * @param year    the year of birth
 * @param day     the day of birth, or null when the text gives only the year (or the month)
 */
public record Birth(Person person, Mention mention, DateMention date, int year, LocalDate day) {
    public Block block() {
        return date.block();
    }
}
