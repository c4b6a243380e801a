package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newsroom's house style without Java: parameters set by rule id, word rules, house names, presets. */
class HouseStyleTest {
    private static final String CORBYN = """
            Labour backs its leader

            Labour leader Jeremy Corbyn spoke on Monday. Corbyn said he was ready. The party backed Corbinn on Tuesday.
            """;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void aConfigSetsABuiltInRulesParameterWithoutCopyingTheRule(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("story.txt"), CORBYN);
        assertFalse(run("check", "--no-config", article.toString()).out().contains("[name-variant]"));
        Files.writeString(dir.resolve(".copydesk.yml"), "params:\n  name-variant:\n    maxDistance: 2\n");
        CliRun r = run("check", article.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("story.txt:3:89: warning [name-variant] 'Corbinn' looks like a misspelling of 'Corbyn'"),
                r.out());
        CliRun listed = run("rules", "list", "--verbose", "--config", dir.resolve(".copydesk.yml").toString());
        assertTrue(listed.out().contains("    maxDistance: 2 "), listed.out());
    }

    @Test
    void aBadParameterInTheConfigIsReportedWhereTheConfigSaysIt(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("story.txt"), CORBYN);
        Path config = dir.resolve(".copydesk.yml");
        Files.writeString(config, "params:\n  name-variant:\n    maxDistance: lots\n");
        CliRun r = run("check", article.toString());
        assertEquals(2, r.code());
        assertEquals("copydesk: " + config + ":3:18: expected a whole number, found 'lots'\n", r.err());
        Files.writeString(config, "params:\n  name-variant:\n    maxDistanc: 2\n");
        assertTrue(run("check", article.toString()).err().startsWith("copydesk: " + config + ":3:17: rule 'name-variant': "
                + "type name-consistency has no parameter 'maxDistanc'; it takes: givenNames, longNameLength, "
                + "longNameMaxDistance, maxDistance, minLength"));
        Files.writeString(config, "params:\n  name-varient:\n    maxDistance: 2\n");
        assertTrue(run("check", article.toString()).err().startsWith("copydesk: " + config + ":3:5: params names unknown "
                + "rule 'name-varient'"));
        Files.writeString(config, "params:\n  name-variant:\n    maxDistance: -3\n");
        assertEquals("copydesk: " + config + ":3:18: rule 'name-variant': type name-consistency: maxDistance must be 0 "
                + "or more\n", run("check", article.toString()).err());
    }

    private static final String KYIV = """
            Talks resume

            KIEV, Ukraine (AP) — Talks in Kiev resumed on Monday, officials said. Chicken Kiev was served.
            """;

    @Test
    void theApPresetIsOffByDefaultAndOnWithExtends(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("story.txt"), KYIV);
        assertFalse(run("check", "--no-config", article.toString()).out().contains("ap-"));
        assertFalse(run("rules", "list").out().contains("ap-"));
        Files.writeString(dir.resolve(".copydesk.yml"), "extends: [ap]\n");
        CliRun r = run("check", article.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("story.txt:3:1: warning [ap-place-names] AP style: 'KYIV', not 'KIEV' (suggestion: KYIV)"),
                r.out());
        assertTrue(r.out().contains("story.txt:3:31: warning [ap-place-names] AP style: 'Kyiv', not 'Kiev'"), r.out());
        assertEquals(2, r.out().split("\\[ap-", -1).length - 1, "chicken Kiev is a dish: " + r.out());
        CliRun tested = run("rules", "test", "--config", dir.resolve(".copydesk.yml").toString());
        assertEquals(0, tested.code(), tested.out());
        assertTrue(tested.out().endsWith(" passed, 0 failed\n"), tested.out());
    }

    @Test
    void anUnknownPresetIsAConfigError(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("story.txt"), KYIV);
        Path config = Files.writeString(dir.resolve(".copydesk.yml"), "extends: [ap, chicago]\n");
        CliRun r = run("check", article.toString());
        assertEquals(2, r.code());
        assertEquals("copydesk: " + config + ":1:15: unknown preset 'chicago'; presets: ap\n", r.err());
    }

    @Test
    void explainShowsEveryMessageAndTheParametersInEffectAndKnowsThePresets() {
        CliRun r = run("explain", "title-conflict");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Message:\n  role: {name} is '{title}' here but '{firstTitle}'"), r.out());
        assertTrue(r.out().contains("  former-added: {name}"), r.out());
        assertTrue(r.out().contains("  params:\n    title-conflict:\n      mode: conflict "), r.out());
        assertFalse(r.out().contains("null"), r.out());
        assertTrue(r.out().contains("  severity:\n    title-conflict: info\n"), "a warning rule is offered as info: " + r.out());
        CliRun wording = run("explain", "title-wording");
        assertTrue(wording.out().contains("  severity:\n    title-wording: warning\n"), "an info rule is offered as warning: " + wording.out());
        CliRun preset = run("explain", "ap-place-names");
        assertEquals(0, preset.code(), preset.err());
        assertTrue(preset.out().startsWith("ap-place-names — warning, category style, check type substitution (<preset ap>/ap.yml:"),
                preset.out());
    }
}
