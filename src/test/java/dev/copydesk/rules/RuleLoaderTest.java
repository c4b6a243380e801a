package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.checks.CheckRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    private static final String GOOD = """
            rules:
              - id: my-first-reference
                type: first-reference
                category: first-reference
                severity: error
                message: "'{surname}' before '{name}'"
                examples:
                  bad: ["[[Ayoubi]] left. Khaled al-Ayoubi, a diplomat, spoke."]
            """;

    private static String error(String yaml) {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> CheckRegistry.build(RuleLoader.parse("house.yml", yaml), TestSupport.context()));
        return e.getMessage();
    }

    @Test
    void loadsAValidRule() {
        Rule r = RuleLoader.parse("house.yml", GOOD).get(0);
        assertEquals("my-first-reference", r.id());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(Category.FIRST_REFERENCE, r.category());
    }

    @Test
    void errorsPointAtTheLineAndColumn() {
        assertEquals("house.yml:5:15: rule 'x': severity must be error, warning or info, not 'loud'",
                error(GOOD.replace("my-first-reference", "x").replace("severity: error", "severity: loud")));
        assertTrue(error(GOOD.replace("type: first-reference", "type: spelling"))
                .startsWith("house.yml:3:11: rule 'my-first-reference' has unknown type 'spelling'; known types: "));
        assertTrue(error(GOOD.replace("category: first-reference", "category: facts"))
                .startsWith("house.yml:4:15: rule 'my-first-reference': unknown category 'facts'"));
        assertTrue(error(GOOD.replace("{surname}", "{person}")).contains("message uses {person}"));
        assertTrue(error("rules:\n  - id: a\n    type: [unclosed\n").startsWith("house.yml:"));
        assertTrue(error(GOOD.replace("    examples:", "    colour: red\n    examples:"))
                .startsWith("house.yml:7:13: unknown rule key 'colour'"));
        assertTrue(error(GOOD.replace("    examples:", "    params:\n      depth: 3\n    examples:"))
                .contains("has no parameter 'depth'"));
        assertTrue(error(GOOD.replace("id: my-first-reference", "id: My_Rule")).contains("kebab-case"));
    }

    @Test
    void aRuleWithoutABadExampleIsRejected() {
        String yaml = GOOD.substring(0, GOOD.indexOf("    examples:"));
        assertTrue(error(yaml).contains("needs at least one bad example"));
    }

    @Test
    void userRulesReplaceBuiltInRulesWithTheSameId(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("house.yml"), GOOD.replace("my-first-reference", "first-reference"));
        List<Rule> rules = RuleLoader.load(true, List.of(dir));
        Rule fr = rules.stream().filter(r -> r.id().equals("first-reference")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, fr.severity());
        assertEquals(f.toString(), fr.source());
        assertEquals(1, rules.stream().filter(r -> r.id().equals("first-reference")).count());
    }

    @Test
    void duplicateIdsInUserFilesAreAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yml"), GOOD);
        Files.writeString(dir.resolve("b.yml"), GOOD);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.load(false, List.of(dir)));
        assertTrue(e.getMessage().contains("is already used at"), e.getMessage());
    }

    @Test
    void aliasesAreRefusedWhereTheyAreNeverReadAsTheirName() {
        String yaml = GOOD.replace("    message: \"'{surname}' before '{name}'\"", "    message: *m");
        String msg = assertThrows(RuleFileException.class, () -> RuleLoader.parse("house.yml", yaml)).getMessage();
        assertTrue(msg.startsWith("house.yml:6:14: YAML aliases (*name) are not supported"), msg);
    }

    @Test
    void ruleFilesThatCannotBeRulesAreOneLine(@TempDir Path dir) throws Exception {
        Path huge = Files.writeString(dir.resolve("huge.yml"), "rules: [\"" + "x".repeat(SettingsFile.MAX_RULES_BYTES) + "\"]");
        String big = assertThrows(RuleFileException.class, () -> RuleLoader.load(false, List.of(huge))).getMessage();
        assertTrue(big.endsWith("huge.yml: rule file is over 1 MB; no real rule file is that big"), big);
        String zero = assertThrows(RuleFileException.class,
                () -> RuleLoader.load(false, List.of(Path.of("/dev/zero")))).getMessage();
        assertEquals("/dev/zero: not a regular file (a FIFO, device or socket), so not a rule file", zero);
    }

    @Test
    void aFolderThatIsNoRuleFolderIsOneLine(@TempDir Path dir) throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i <= RuleFolder.MAX_ENTRIES; i++) {
            Files.createFile(many.resolve("f" + i + ".txt"));
        }
        String msg = assertThrows(RuleFileException.class, () -> RuleLoader.load(false, List.of(many))).getMessage();
        assertTrue(msg.contains("many: holds over 10000 files and folders, which is no rule folder"), msg);
        assertEquals(1, msg.lines().count());
    }

    private static final String TENSE = """
            rules:
              - id: my-tense
                type: date-consistency
                category: date
                severity: warning
                messages:
                  past-after: "'{text}' is after {published}"
                  future-before: "'{text}' is before {published}"
                  doubtful: "{days} dates after {published}"
                params:
                  mode: tense
                examples:
                  bad: ["LONDON, Feb. 2, 2012 (Reuters) — The embassy was attacked on [[Feb. 4]], police said."]
            """;

    @Test
    void messageIsOptionalWhenMessagesWordEverySituationOfTheMode() {
        assertEquals(1, CheckRegistry.build(RuleLoader.parse("house.yml", TENSE), TestSupport.context()).size());
        assertEquals("house.yml:2:5: rule 'my-tense' needs a 'message', or 'messages' for: doubtful",
                error(TENSE.replace("      doubtful: \"{days} dates after {published}\"\n", "")));
    }

    @Test
    void placeholdersAreCheckedPerMessage() {
        // {days} is filled for 'doubtful' and the tense messages, but 'no-such-day' has no day count
        assertEquals("house.yml:7:19: rule 'my-tense': message uses {weekday}, which type date-consistency does not "
                        + "fill for 'past-after'; it fills: text, date, published, days",
                error(TENSE.replace("is after {published}", "is after {weekday}")));
    }

    private static final String AGES = """
            rules:
              - id: my-ages
                type: age-consistency
                category: number
                severity: warning
                messages:
                  two-ages: "{name} is {age} here but {firstAge} at {firstLine}:{firstColumn}"
                  birth-year: "{name} is {age}, but born {born} makes {expected} on {published}"
                examples:
                  bad: ["Tom Reed, 45, spoke. Reed, [[46]], left."]
            """;

    @Test
    void eachMessageAcceptsOnlyThePlaceholdersOfItsOwnSituation() {
        assertEquals(1, CheckRegistry.build(RuleLoader.parse("house.yml", AGES), TestSupport.context()).size());
        // a second age has no year of birth, and a year of birth no first age; neither is filled with ''
        assertEquals("house.yml:7:17: rule 'my-ages': message uses {born}, which type age-consistency does not fill "
                        + "for 'two-ages'; it fills: name, age, firstAge, firstLine, firstColumn",
                error(AGES.replace("at {firstLine}", "at {born}")));
        assertEquals("house.yml:8:19: rule 'my-ages': message uses {firstAge}, which type age-consistency does not "
                        + "fill for 'birth-year'; it fills: name, age, born, expected, published",
                error(AGES.replace("makes {expected}", "makes {firstAge}")));
        // in the story every age is in the story: {where} is display type's alone
        assertEquals("house.yml:7:17: rule 'my-ages': message uses {where}, which type age-consistency does not fill "
                        + "for 'two-ages'; it fills: name, age, firstAge, firstLine, firstColumn",
                error(AGES.replace("here but", "in the {where} but")));
    }

    @Test
    void oneMessageForEverySituationMustSuitEachOfThem() {
        String counts = """
                rules:
                  - id: my-counts
                    type: count-consistency
                    category: number
                    severity: warning
                    message: "'{count}' {what} in the {where}, but '{firstCount}' at {firstLine}:{firstColumn}"
                    params:
                      scope: display
                    examples:
                      bad: ["[headline] [[12]] killed in fire\n\nThe fire killed 21 people on Monday."]
                """;
        assertEquals(1, CheckRegistry.build(RuleLoader.parse("house.yml", counts), TestSupport.context()).size());
        assertEquals("house.yml:6:14: rule 'my-counts': message uses {where}, which type count-consistency does not "
                        + "fill for 'two-counts'; it fills: count, what, firstCount, firstLine, firstColumn",
                error(counts.replace("scope: display", "scope: body")));
    }

    @Test
    void unknownMessageIdsPointAtTheirWording() {
        assertTrue(error(TENSE.replace("doubtful:", "dubious:"))
                .startsWith("house.yml:9:16: rule 'my-tense': type date-consistency has no message 'dubious'"));
    }

    @Test
    void parametersAreCheckedAgainstTheirDeclaredTypes() {
        assertEquals("house.yml:11:13: rule 'my-tense': type date-consistency: mode must be one of weekday, impossible, "
                        + "tense, relative-words, distant-weekday, publication-date, not 'tenses'",
                error(TENSE.replace("mode: tense", "mode: tenses")));
        assertEquals("house.yml:12:27: expected a whole number, found 'seven'",
                error(TENSE.replace("mode: tense", "mode: tense\n      maxWeekdayDistance: seven")));
        assertEquals("house.yml:12:27: rule 'my-tense': type date-consistency: maxWeekdayDistance must be 0 or more",
                error(TENSE.replace("mode: tense", "mode: tense\n      maxWeekdayDistance: -1")));
        assertEquals("house.yml:12:23: rule 'my-tense': type date-consistency: unsureSeverity must be error, warning "
                        + "or info, not 'loud'",
                error(TENSE.replace("mode: tense", "mode: tense\n      unsureSeverity: loud")));
        assertEquals("house.yml:11:7: rule 'my-tense': type date-consistency needs params.mode (one of weekday, "
                        + "impossible, tense, relative-words, distant-weekday, publication-date)",
                error(TENSE.replace("mode: tense", "inQuotes: true")));
    }
}
