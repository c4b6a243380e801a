package dev.copydesk.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.TestSupport;
import dev.copydesk.article.Article;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.engine.RuleExamples;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** substitution and existence: whole words, the writer's capitalisation, quotes, exceptions, linear-time patterns. */
class WordChecksTest {
    private static final String SWAP = """
            rules:
              - id: house-spellings
                type: substitution
                category: style
                severity: warning
                message: "House style: '{preferred}', not '{text}'"
                params:
                  swap: {Kiev: Kyiv, utilize: use, al-Qaeda: al-Qaida, Peking: Beijing}
                  exceptions: [Peking duck, Peking University]
                examples:
                  bad:
                    - "Talks in [[Kiev]] resumed on Monday."
                    - "[[Utilize]] every tool, the minister said."
                    - "Officials blamed [[al Qaeda]] for the attack."
                    - "The [[Kiev]]-based group said it was ready."
                  good:
                    - "Kievan Rus was a medieval state."
                    - "\\"We will utilize every tool,\\" the minister said."
                    - "The chef served Peking duck to the delegates."
            """;

    private static Rule rule(String yaml) {
        return RuleLoader.parse("house.yml", yaml).get(0);
    }

    private static List<Finding> check(Rule rule, String text) {
        Article a = new TextArticleParser().parseSnippet("<test>", text);
        return CheckRegistry.build(rule, TestSupport.context()).run(TestSupport.analyzer().analyze(a));
    }

    @Test
    void substitutionExamplesPass() {
        for (RuleExamples.Result r : new RuleExamples(TestSupport.analyzer()).run(rule(SWAP))) {
            assertNull(r.problem(), r.kind() + " «" + r.example() + "»: " + r.problem());
        }
    }

    @Test
    void theSuggestionKeepsTheWritersCapitalisation() {
        List<Finding> f = check(rule(SWAP), "KIEV TALKS RESUME\n\nUtilize the time. Officials blamed Al-Qaeda. "
                + "Al-Qaeda denied it. They utilize kiev maps.");
        assertEquals(List.of("KIEV→KYIV", "Utilize→Use", "Al-Qaeda→al-Qaida", "Al-Qaeda→Al-Qaida", "utilize→use",
                "kiev→Kyiv"), f.stream().map(x -> x.text() + "→" + x.suggestion()).toList());
        assertEquals("House style: 'Use', not 'Utilize'", f.get(1).message());
        assertEquals(List.of(3, 1), List.of(f.get(1).location().line(), f.get(1).location().column()));
    }

    @Test
    void existenceReportsTermsAndPatternsButNotItsExceptionsOrQuotes() {
        Rule r = rule("""
                rules:
                  - id: no-our-reporter
                    type: existence
                    category: style
                    severity: info
                    message: "Say who: '{text}'"
                    params:
                      terms: [our reporter, this newspaper]
                      patterns: ['\\bsources? (?:say|said)\\b']
                      exceptions: [our reporter's notebook]
                    examples:
                      bad: ["The fire, [[our reporter]] saw, spread fast."]
                """);
        List<Finding> f = check(r, "Our reporter saw it. Sources said so. See our reporter's notebook. "
                + "\"Our reporter lied,\" he said. This newspaperman left.");
        assertEquals(List.of("Our reporter", "Sources said"), f.stream().map(Finding::text).toList());
        assertEquals("Say who: 'Our reporter'", f.get(0).message());
    }

    @Test
    void aPatternRe2CannotRunIsARuleFileErrorAtItsPlace() {
        String yaml = """
                rules:
                  - id: no-lookbehind
                    type: existence
                    category: style
                    severity: info
                    message: "'{text}'"
                    params:
                      patterns: ['fine', '(?<=our )reporter']
                    examples:
                      bad: ["[[fine]]"]
                """;
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> CheckRegistry.build(rule(yaml), TestSupport.context()));
        assertEquals("house.yml:8:26: rule 'no-lookbehind': type existence: patterns: '(?<=our )reporter' is not a "
                + "pattern RE2/J supports (invalid named capture); RE2 has no lookaround and no "
                + "backreferences", e.getMessage());
        RuleFileException key = assertThrows(RuleFileException.class, () -> CheckRegistry.build(rule(
                SWAP.replace("swap: {Kiev: Kyiv,", "patterns: {'(\\w+)\\1': x}\n      swap: {Kiev: Kyiv,")),
                TestSupport.context()));
        assertEquals("house.yml:8:18: rule 'house-spellings': type substitution: patterns: '(\\w+)\\1' is not a "
                + "pattern RE2/J supports (invalid escape sequence); RE2 has no lookaround and no backreferences",
                key.getMessage());
    }

    /**
     * {@code (a+)+$} backtracks exponentially in java.util.regex on a run of a's that does not end the
     * text; RE2/J runs it in linear time. The timeout only keeps a regression from hanging the build;
     * bench/regex/run.sh measures the time (docs/PERFORMANCE.md).
     */
    @Test
    void aCatastrophicPatternRunsInLinearTimeOnAMegabyte() {
        Check check = TestSupport.runawayPatternRule();
        String run = "a".repeat(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(List.of(), check.run(TestSupport.wordFacts(run + "!")));
            List<Finding> f = check.run(TestSupport.wordFacts("!" + run));
            assertEquals(1, f.size());
            assertEquals(1 << 20, f.get(0).text().length());
            assertEquals(2, f.get(0).location().column());
        });
    }
}
