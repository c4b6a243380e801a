package dev.copydesk.facts.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.facts.Facts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

    private static Facts snippet(String text) {
        return TestSupport.analyzer().analyze(new TextArticleParser().parseSnippet("s.txt", text));
    }

    /** "person years form" for every age, in document order. */
    private static List<String> ages(String text) {
        return snippet(text).numbers().ages().stream()
                .map(a -> a.person().name() + " " + a.years() + " " + a.form().label() + (a.past() ? " past" : "")
                        + (a.quote() != null ? " quoted" : ""))
                .toList();
    }

    /** "kind value bound noun" for every count, in document order. */
    private static List<String> counts(String text) {
        return snippet(text).numbers().counts().stream()
                .map(c -> c.kind().label() + " " + c.amount() + " " + c.bound().name().toLowerCase() + " " + c.noun()
                        + (c.object().isEmpty() ? "" : " for " + c.object()))
                .toList();
    }

    @Test
    void everyAgeFormIsReadAtTheNameItBelongsTo() {
        assertEquals(List.of("John Smith 45 appositive", "Peter 12 appositive"),
                ages("John Smith, 45, and his son, Peter, 12, escaped the fire."));
        assertEquals(List.of("Mary Jones 61 predicate", "Mary Jones 62 aged"),
                ages("Mary Jones, who is 61, lives next door. Jones, aged 62, called for help."));
        assertEquals(List.of("Robert Hale 58 parentheses", "Robert Hale 57 year-old"),
                ages("Fire Chief Robert Hale (58) spoke first. The 57-year-old Hale said the cause was unknown."));
        assertEquals(List.of("Tom Reed 50 year-old"),
                ages("The 50-year-old mayor, Tom Reed, said the town would rebuild."));
        assertEquals(List.of("John Smith 45 appositive", "John Smith 46 description"),
                ages("John Smith, 45, runs the bakery. On Monday the 46-year-old said he would close it."));
        assertEquals(List.of("John Smith 45 appositive"),
                ages("John Smith, 45, and his son, 12, escaped. The 12-year-old was treated for smoke inhalation."));
    }

    @Test
    void aBirthdayTheTextGivesIsATurnedAgeAndAnEarlierAgeIsPast() {
        assertEquals(List.of("Ana Cruz 29 appositive", "Ana Cruz 30 turned"),
                ages("Ana Cruz, 29, joined the department in 2015. Cruz turned 30 on Friday."));
        assertEquals(List.of("Dan Price 39 appositive", "Dan Price 40 turned"),
                ages("Dan Price, 39, celebrated his 40th birthday on Monday."));
        assertEquals(List.of("John Smith 19 predicate past"),
                ages("John Smith was 19 when he opened the bakery."));
    }

    @Test
    void anAgeInsideSomeoneElsesQuoteIsMarkedAsQuoted() {
        assertEquals(List.of("Tom Reed 50 appositive quoted", "Tom Reed 47 appositive"),
                ages("\"Tom Reed, 50, has no idea what he is doing,\" said Jones. Tom Reed, 47, declined to comment."));
    }

    @Test
    void scoresAndOtherNumbersAfterANameAreNoAges() {
        assertEquals(List.of(), ages("Jane Doe, 23, Ann Lee 19 points and Kim Park 12 rebounds led the team."));
        assertEquals(List.of(), ages("Jane Doe scored 23 points."));
    }

    @Test
    void aYearOfBirthIsLinkedToThePerson() {
        Facts f = snippet("SPRINGFIELD, March 3, 2021 (AP) — Building inspector Laura Kim was born in 1990 in Ohio.");
        assertEquals(1, f.numbers().births().size());
        Birth b = f.numbers().births().get(0);
        assertEquals("Laura Kim", b.person().name());
        assertEquals(1990, b.year());
    }

    @Test
    void countsKeepWhatIsCountedAndTheirBound() {
        assertEquals(List.of("killed 12 at_least people", "killed 21 exact "),
                counts("At least 12 people were killed in the crash. Police said the 21 dead were passengers."));
        assertEquals(List.of("arrested 4 exact people", "arrested 6 exact "),
                counts("Police arrested four people. The six arrests were made outside."));
        assertEquals(List.of("jobs cut 1,200 exact jobs for company", "jobs cut 1,500 exact jobs"),
                counts("The company will cut 1,200 jobs. The 1,500 job cuts will fall on factories."));
        assertEquals(List.of("paid 2,500,000 exact $ for house"),
                counts("The couple paid $2.5 million for the house, records show."));
        assertEquals(List.of("injured 30 approximate people"), counts("About 30 people were injured."));
    }

    @Test
    void updatesOtherSetsAndPossibilitiesAreMarkedOrLeftOut() {
        Count rose = snippet("The death toll later rose to 21.").numbers().counts().get(0);
        assertTrue(rose.updates().contains("rose"), rose.updates().toString());
        Count another = snippet("Another 14 people were injured in a separate crash.").numbers().counts().get(0);
        assertTrue(another.others().contains("another"), another.others().toString());
        assertEquals(List.of(), counts("The storm could kill 12 people, forecasters warned."));
        assertEquals(List.of(), counts("The company threatened to cut 500 jobs."));
        Count part = snippet("The gunman killed three people in the food court.").numbers().counts().get(0);
        assertTrue(part.others().contains("part"), part.others().toString());
        Count scene = snippet("Police arrested four people at the scene.").numbers().counts().get(0);
        assertEquals(Set.of(), scene.others());
    }

    @Test
    void jobsKeepWhoCutsThemAndAParagraphOfSeveralIsABreakdown() {
        assertEquals(List.of("jobs cut 1,200 exact jobs for harlow paper"),
                counts("The mill's owner, Harlow Paper, will cut 1,200 jobs."));
        assertEquals(List.of("jobs cut 300 exact jobs"), counts("The council approved a budget that will cut 300 jobs."));
        List<Count> dept = snippet("The police department will cut 120 jobs. The library will cut 40 positions.")
                .numbers().counts();
        assertEquals(List.of("police department", "library"), dept.stream().map(Count::object).toList());
        assertTrue(dept.stream().allMatch(c -> c.others().contains("part")), dept.toString());
    }
}
