package dev.copydesk.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.TestSupport;
import dev.copydesk.article.Article;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.engine.RuleExamples;
import dev.copydesk.rules.Category;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** house-names: listed variants, near misses, titles; never people who only share a surname. */
class HouseNamesTest {
    private static final String HOUSE = """
            rules:
              - id: house-names
                type: house-names
                category: style
                severity: warning
                messages:
                  variant: "'{text}' is not the house spelling of {name}: write '{suggestion}'"
                  near-miss: "'{text}' looks like a misspelling of {name} (house names): write '{suggestion}'"
                  title: "{name} is '{title}' here, but the house names give '{houseTitle}' (seen {titleSeen}): {reason}"
                params:
                  names:
                    - name: Moammar Gadhafi
                      variants: [Muammar Qaddafi, Muammar Gaddafi, Qaddafi, Gaddafi]
                    - name: Khaled al-Ayoubi
                      title: ambassador to Britain
                      titleSeen: 2012-07-01
                    - name: Mark Esper
                      title: Secretary of Defense
                      titleSeen: 2019-07-23
                examples:
                  bad:
                    - "Libyan leader [[Muammar Qaddafi]] spoke on Monday. Qaddafi said the rebels would lose."
                    - "Khaled al-[[Ayubi]] has defected, officials said. Ayubi was the most senior diplomat left."
                    - "Police said [[Gaddafi]] loyalists had fled."
                  good:
                    - "Libyan leader Moammar Gadhafi spoke on Monday. Gadhafi said the rebels would lose."
                    - "Jane Ayoubi, a teacher, said the school would reopen. Ayoubi said classes resume Monday."
                    - "Khaled al-Ayoubi has defected, officials said. Ayoubi was the most senior diplomat left."
            """;

    private static Rule rule(String yaml) {
        return RuleLoader.parse("house.yml", yaml).get(0);
    }

    private static List<Finding> check(String yaml, String text) {
        Article a = new TextArticleParser().parseSnippet("<test>", text);
        return CheckRegistry.build(rule(yaml), TestSupport.context()).run(TestSupport.analyzer().analyze(a));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.text() + "→" + f.suggestion()).toList();
    }

    @Test
    void examplesPass() {
        for (RuleExamples.Result r : new RuleExamples(TestSupport.analyzer()).run(rule(HOUSE))) {
            assertNull(r.problem(), r.kind() + " «" + r.example() + "»: " + r.problem());
        }
    }

    @Test
    void aStorySpellingANameTheSameWrongWayThroughoutIsFlaggedAtEveryMention() {
        List<Finding> f = check(HOUSE, "Moammar Qaddafi spoke on Monday. Qaddafi said the rebels would lose. "
                + "Mr. Qaddafi then left.");
        assertEquals(List.of("Qaddafi→Gadhafi", "Qaddafi→Gadhafi", "Qaddafi→Gadhafi"), described(f));
        assertEquals("'Qaddafi' is not the house spelling of Moammar Gadhafi: write 'Gadhafi'",
                f.get(0).message());
        assertEquals(Category.STYLE, f.get(0).category());
    }

    @Test
    void aNearMissIsFlaggedOnlyWhenTheStoryNeverUsesTheHouseSpelling() {
        List<Finding> f = check(HOUSE, "Khaled al-Ayubi has defected, officials said. Al-Ayubi said he was safe.");
        assertEquals(List.of("Ayubi→Ayoubi", "Ayubi→Ayoubi"), described(f));
        assertEquals("'Ayubi' looks like a misspelling of Khaled al-Ayoubi (house names): write 'Ayoubi'",
                f.get(0).message());
        // Spelled both ways: the in-story inconsistency is name-variant's to report
        assertEquals(List.of(), check(HOUSE, "Khaled al-Ayoubi has defected, officials said. Ayubi said he was safe."));
    }

    @Test
    void peopleWhoOnlyShareASurnameOrAParticleAreLeftAlone() {
        assertEquals(List.of(), check(HOUSE, "Maria Esper, a nurse, said the clinic was full. Esper said it would close."));
        assertEquals(List.of(), check(HOUSE, "Jane Ayubi, a teacher, said the school would reopen. Ayubi said so."));
        assertEquals(List.of(), check(HOUSE, "Khaled Ayoubi has defected, officials said. Ayoubi said he was safe."));
        assertEquals(List.of(), check(HOUSE, "The Gadhafi regime fell. Rebels took Tripoli, officials said."));
    }

    @Test
    void aSurnameAloneIsMatchedOnlyWhenTheHouseListsItAlone() {
        String ayubi = HOUSE.replace("- name: Khaled al-Ayoubi", "- name: Khaled al-Ayoubi\n          variants: [Khaled al-Ayubi]");
        assertEquals(List.of("Qaddafi→Gadhafi"), described(check(ayubi, "Officials said Mr. Qaddafi had fled Tripoli.")));
        assertEquals(List.of(), check(ayubi, "Officials said Mr. Ayubi had fled London."));
    }

    @Test
    void aTitleThatContradictsTheHouseTitleIsReportedLikeATitleConflict() {
        List<Finding> f = check(HOUSE, "WASHINGTON, Aug. 2, 2019 (AP) — Secretary of State Mark Esper said on Monday "
                + "that the talks had stalled.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Category.TITLE, f.get(0).category());
        assertEquals("Secretary of State", f.get(0).text());
        assertEquals("Mark Esper is 'Secretary of State' here, but the house names give 'Secretary of Defense' "
                + "(seen 2019-07-23): two different jobs", f.get(0).message());
        // The house title agrees, or the story is older than the house's record of the title
        assertEquals(List.of(), check(HOUSE, "WASHINGTON, Aug. 2, 2019 (AP) — Defense Secretary Mark Esper said on "
                + "Monday that the talks had stalled."));
        assertEquals(List.of(), check(HOUSE, "WASHINGTON, Aug. 2, 2018 (AP) — Secretary of State Mark Esper said on "
                + "Monday that the talks had stalled."));

        // A title of another kind fits beside an office; a title in someone's quote is their wording
        assertEquals(List.of(), check(HOUSE, "WASHINGTON, Aug. 2, 2019 (AP) — Mark Esper, a West Point graduate and "
                + "former lobbyist, said on Monday that the talks had stalled."));
        assertEquals(List.of(), check(HOUSE, "WASHINGTON, Aug. 2, 2019 (AP) — \"Secretary of State Mark Esper would "
                + "never say that,\" said Tom Lee, a senator."));
    }

    @Test
    void aBadListIsARuleFileErrorAtItsPlace() {
        assertEquals("house.yml:12:17: rule 'house-names': type house-names: names entry: name must be a full name "
                + "(given name and surname), not 'Gadhafi'", error(HOUSE.replace("- name: Moammar Gadhafi", "- name: Gadhafi")));
        assertEquals("house.yml:13:22: rule 'house-names': type house-names: names give 'Mark Esper' as a variant of "
                + "'Moammar Gadhafi', but it is a house name of its own",
                error(HOUSE.replace("variants: [Muammar Qaddafi,", "variants: [Mark Esper, Muammar Qaddafi,")));
        assertEquals("house.yml:16:22: rule 'house-names': type house-names: names entry: titleSeen: expected a date "
                + "such as 2024-03-01, found 'July 2012'", error(HOUSE.replace("2012-07-01", "July 2012")));
    }

    private static String error(String yaml) {
        return assertThrows(RuleFileException.class, () -> CheckRegistry.build(rule(yaml), TestSupport.context()))
                .getMessage();
    }

    @Test
    void datesInTheListAreRead() {
        HouseNamesCheck.Settings s = CheckRegistry.settings(HouseNamesCheck.TYPE, rule(HOUSE));
        assertEquals(LocalDate.of(2019, 7, 23), s.names().get(2).titleSeen());
    }
}
