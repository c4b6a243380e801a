package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check, entities, rules list, rules test and authority build open their rules one way (Workspace,
 * RuleSet, Session): a config means the same to each, and each refuses a bad one with the same words.
 */
class OneWayToOpenRulesTest {
    private static final String STORY = "fixtures/seed-syria-errors.html";

    @TempDir
    Path dir;

    private Path archive() throws Exception {
        Path a = Files.createDirectories(dir.resolve("archive"));
        Files.copy(Path.of(STORY), a.resolve("story.html"));
        return a;
    }

    /** The same problem, told the same way by every command that reads the config. */
    private void everyCommandSays(Path config, String expected) throws Exception {
        Path archive = archive();
        String[][] commands = {
            {"check", "--config", config.toString(), STORY},
            {"entities", "--config", config.toString(), STORY},
            {"rules", "list", "--config", config.toString()},
            {"rules", "test", "--config", config.toString()},
            {"authority", "build", archive.toString(), "--out", dir.resolve("names.yml").toString(), "--config",
                config.toString()},
        };
        for (String[] c : commands) {
            CliRun r = CliRun.run(c);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.out() + r.err());
            assertEquals("copydesk: " + expected + "\n", r.err(), String.join(" ", c));
        }
        assertFalse(Files.exists(dir.resolve("names.yml")));
        Files.delete(archive.resolve("story.html"));
        Files.delete(archive);
    }

    @Test
    void aBadParameterInTheConfigIsRefusedByEveryCommand() throws Exception {
        Path config = Files.writeString(dir.resolve("house.yml"), "params:\n  name-variant:\n    maxDistance: -3\n");
        everyCommandSays(config, config + ":3:18: rule 'name-variant': type name-consistency: maxDistance must be 0 or more");
    }

    @Test
    void anUnknownRuleIdIsReportedWhereTheConfigWritesIt() throws Exception {
        Path config = Files.writeString(dir.resolve("house.yml"), "severity:\n  name-variant: info\n  nme-variant: info\n");
        everyCommandSays(config, config + ":3:3: severity names unknown rule 'nme-variant'; rules: "
                + String.join(", ", new java.util.TreeSet<>(ruleIds())));
        Files.writeString(config, "disable: [name-variant, title-conflct]\n");
        everyCommandSays(config, config + ":1:25: disable names unknown rule 'title-conflct'; rules: "
                + String.join(", ", new java.util.TreeSet<>(ruleIds())));
    }

    @Test
    void aConfigThatLeavesNoRuleIsRefusedByEveryCommand() throws Exception {
        Path config = Files.writeString(dir.resolve("house.yml"), "defaultRules: false\n");
        everyCommandSays(config, config + ": no rule left to run (built-in rules off or all disabled, and no rules of "
                + "your own); nothing would be checked");
    }

    @Test
    void aConfigThatIsNotThereIsNamedByItsOptionEverywhere() throws Exception {
        Path missing = dir.resolve("missing.yml");
        everyCommandSays(missing, "--config " + missing + ": no such config");
    }

    @Test
    void rulesListShowsWhatCheckRuns() throws Exception {
        Path config = Files.writeString(dir.resolve("house.yml"), "disable: [name-variant]\nseverity:\n  title-conflict: info\n");
        CliRun list = CliRun.run("rules", "list", "--config", config.toString());
        assertEquals(0, list.code(), list.err());
        assertFalse(list.out().contains("name-variant "), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("title-conflict ") && l.contains(" info ")), list.out());
    }

    private static java.util.List<String> ruleIds() {
        return CliRun.run("rules", "list").out().lines().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
    }
}
