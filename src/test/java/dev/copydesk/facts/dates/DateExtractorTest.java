package dev.copydesk.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.Article;
import dev.copydesk.article.TextArticleParser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private static List<DateMention> dates(String text, LocalDate pub) {
        Article a = new TextArticleParser().parseSnippet("d.txt", text);
        if (pub != null) {
            a = a.withPublished(pub);
        }
        return TestSupport.analyzer().analyze(a).dates();
    }

    private static Map<String, String> values(String text, LocalDate pub) {
        Map<String, String> m = new LinkedHashMap<>();
        for (DateMention d : dates(text, pub)) {
            m.put(d.text(), d.value());
        }
        return m;
    }

    @Test
    void absoluteFormsNormalise() {
        Map<String, String> v = values("It began on Feb. 4, 2012 and on February 4, 2012, then 4 February 2012, "
                + "2012-02-04 and Sept. 30, 2011. The fair ran Feb. 4-6, 2012.", null);
        assertEquals("2012-02-04", v.get("Feb. 4, 2012"));
        assertEquals("2012-02-04", v.get("February 4, 2012"));
        assertEquals("2012-02-04", v.get("4 February 2012"));
        assertEquals("2012-02-04", v.get("2012-02-04"));
        assertEquals("2011-09-30", v.get("Sept. 30, 2011"));
        assertEquals("2012-02-04/2012-02-06", v.get("Feb. 4-6, 2012"));
    }

    @Test
    void yearComesFromPublicationAcrossTheYearBoundary() {
        LocalDate pub = LocalDate.of(2013, 1, 2);
        Map<String, String> v = values("Talks collapsed on Dec. 30. The House votes on Jan. 4.", pub);
        assertEquals("2012-12-30", v.get("Dec. 30"));
        assertEquals("2013-01-04", v.get("Jan. 4"));
        DateMention d = dates("Talks collapsed on Dec. 30.", pub).get(0);
        assertTrue(d.yearInferred());
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        Map<String, String> v = values("He left yesterday. Talks resume on Monday. It ended Feb. 4.", null);
        assertNull(v.get("yesterday"));
        assertNull(v.get("Monday"));
        assertEquals("XXXX-02-04", v.get("Feb. 4"));
    }

    @Test
    void relativeExpressionsResolveAgainstPublicationAndTheLastDate() {
        LocalDate pub = LocalDate.of(2012, 7, 30); // a Monday
        Map<String, String> v = values("He resigned yesterday and will leave tomorrow. Talks resume next week. "
                + "The army moved last month. On July 20, 2012, police arrested him. Two days later, he was freed. "
                + "The vote was held last Tuesday. Talks will resume on Friday. It rained earlier this year.", pub);
        assertEquals("2012-07-29", v.get("yesterday"));
        assertEquals("2012-07-31", v.get("tomorrow"));
        assertEquals("2012-W32", v.get("next week"));
        assertEquals("2012-06", v.get("last month"));
        assertEquals("2012-07-22", v.get("Two days later"));
        assertEquals("2012-07-24", v.get("last Tuesday"));
        assertEquals("2012-08-03", v.get("Friday"));
        assertEquals("2012", v.get("earlier this year"));
    }

    @Test
    void monthsAndYearsNeedContext() {
        LocalDate pub = LocalDate.of(2012, 7, 30);
        Map<String, String> v = values("The ambassador was recalled in March. The law passed in 2011. "
                + "It grew 2011 percent. March on Washington.", pub);
        assertEquals("2012-03", v.get("March"));
        assertEquals("2011", v.get("2011"));
        assertEquals(2, v.size(), v.toString());
    }

    @Test
    void weekdayWrittenWithADateIsKeptForTheMismatchCheck() {
        DateMention d = dates("Protesters met on Wednesday, Nov. 14, 2013.", null).get(0);
        assertEquals(DayOfWeek.WEDNESDAY, d.weekday());
        assertEquals(DayOfWeek.THURSDAY, d.date().getDayOfWeek());
        assertEquals("Wednesday", d.text().substring(0, d.weekdayEnd() - d.start()));
    }

    @Test
    void impossibleDatesAreMarked() {
        assertTrue(dates("It was signed on Feb. 30.", null).get(0).impossible());
        assertTrue(dates("It was signed on April 31, 2012.", null).get(0).impossible());
        assertTrue(dates("It was signed on Feb. 29, 2013.", null).get(0).impossible());
        assertEquals(false, dates("It was signed on Feb. 29, 2012.", null).get(0).impossible());
        assertEquals(false, dates("It was signed on Feb. 29.", null).get(0).impossible()); // year unknown
    }

    @Test
    void tenseComesFromTheClause() {
        LocalDate pub = LocalDate.of(2012, 2, 2);
        assertEquals(Tense.PAST, dates("The embassy was attacked on Feb. 4, police said.", pub).get(0).tense());
        assertEquals(Tense.FUTURE, dates("The minister will visit Cairo on Jan. 28, officials said.", pub).get(0).tense());
        assertEquals(Tense.PAST, dates("Officials said late Thursday that talks failed.", pub).get(0).tense());
    }

    @Test
    void aNounRightBeforeTheDateIsNoted() {
        LocalDate pub = LocalDate.of(2012, 2, 2);
        DateMention trends = dates("The hottest gadget trends today were shown in Las Vegas.", pub).get(0);
        assertEquals("today", trends.text());
        assertTrue(trends.afterNoun());
        assertEquals(Tense.PAST, trends.clauseTense()); // so only the noun tells "nowadays" from a day
        assertFalse(dates("The minister resigned today, officials said.", pub).get(0).afterNoun());
        assertFalse(dates("Today the minister resigned.", pub).get(0).afterNoun());
    }

    @Test
    void yearsOfEveryCenturyAfterAPrepositionOrInParentheses() {
        Map<String, String> v = values("In 1781, the deck appeared. His book (1898) sold well. The deck dates from around 1490. "
                + "In 1500 people voted.", null);
        assertEquals("1781", v.get("1781"));
        assertEquals("1898", v.get("1898"));
        assertEquals("1490", v.get("1490"));
        assertNull(v.get("1500"), "a count, not a year");
    }

    @Test
    void relativeYearsCountFromTheYearTheStoryGave() {
        LocalDate pub = LocalDate.of(2019, 5, 20);
        Map<String, String> v = values("He joined MIT in 1955. The next year, he married. Sixteen years later he left. "
                + "Two decades ago the lab closed. A few days ago it reopened.", pub);
        assertEquals("1956", v.get("The next year"));
        assertEquals("1999", v.get("Two decades ago"), "ago counts from publication");
        assertTrue(v.containsKey("A few days ago"), "found, though it names no day");
        assertNull(v.get("A few days ago"));
    }

    @Test
    void aWeekdayAfterWouldIsAhead() {
        LocalDate pub = LocalDate.of(2024, 12, 7); // a Saturday
        Map<String, String> v = values("Lawmakers had said they would come back to it on Wednesday.", pub);
        assertEquals("2024-12-11", v.get("Wednesday"));
    }

    @Test
    void aWeekdayIsNearPublicationWhateverYearTheSentenceNames() {
        LocalDate pub = LocalDate.of(2024, 12, 7);
        Map<String, String> v = values("Troops, sent in 2022, withdrew early Wednesday.", pub);
        assertEquals("2024-12-04", v.get("Wednesday"));
    }

    @Test
    void malformedDatesCostTheMentionNeverTheArticle() {
        LocalDate pub = LocalDate.of(2012, 7, 30);
        Map<String, String> v = values("The code 2012-13-45 and the day 2012-02-00 are no dates; nor is Feb. 0, 2012. "
                + "The rocks formed 4500000000 years ago, and 99999999999999999999 days later nothing was left. "
                + "The vote was on Feb. 4, 2012.", pub);
        // The good date after the bad ones is still read: one bad token costs nothing else.
        assertEquals("2012-02-04", v.get("Feb. 4, 2012"));
        assertNull(v.get("2012-13-45"));
        assertNull(v.get("2012-02-00"));
        assertNull(v.get("4500000000 years ago"));
        assertNull(v.get("99999999999999999999 days later"));
    }
}
