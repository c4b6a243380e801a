package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                () -> CheckRegistry.build(RuleLoader.parse("house.yml", yaml)));
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
}
