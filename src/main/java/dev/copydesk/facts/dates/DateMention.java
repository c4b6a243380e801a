package dev.copydesk.facts.dates;

import dev.copydesk.article.Block;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One temporal expression, normalised against the publication date where the text leaves
 * something out.
 *
 * @param block         the block it is in
 * @param start         char offset in the block
 * @param end           char offset, exclusive
 * @param text          the expression as written
 * @param kind          what kind of expression
 * @param value         TIMEX3-style value ("2012-02-04", "2012-02", "2012", "2012-W05", "XXXX-02-30"), or null
 *                      when it cannot be resolved (no publication date for a relative expression)
 * @param date          the calendar day it names (the first day of a range), or null
 * @param weekday       the weekday written with a date ("Tuesday, Feb. 4"), or null
 * @param weekdayStart  char offset of that weekday, or -1
 * @param weekdayEnd    char offset just past it, or -1
 * @param impossible    the month has no such day (Feb. 30; Feb. 29 outside a leap year)
 * @param yearInferred  the year came from the publication date, not the text
 * @param tense         tense of the nearest verb form that shows one, in its sentence
 * @param clauseTense   tense shown within its own comma-delimited stretch of the sentence
 *                      (PRESENT when none: "one of the hottest trends today")
 * @param afterNoun     the word right before it, in its sentence, is tagged a noun ("the world today", "gadget
 *                      trends today"): a relative word there means "nowadays", not a day
 */
public record DateMention(Block block, int start, int end, String text, DateKind kind, String value,
                          LocalDate date, DayOfWeek weekday, int weekdayStart, int weekdayEnd,
                          boolean impossible, boolean yearInferred, Tense tense, Tense clauseTense,
                          boolean afterNoun) {

    /** The same mention with a value worked out from the story around it. */
    DateMention withValue(String v) {
        return new DateMention(block, start, end, text, kind, v, date, weekday, weekdayStart, weekdayEnd, impossible,
                yearInferred, tense, clauseTense, afterNoun);
    }
}
