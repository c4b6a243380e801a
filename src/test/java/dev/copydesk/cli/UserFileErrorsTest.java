package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user gives that cannot be used: one line naming it and the problem, exit 2, never a stack trace. */
class UserFileErrorsTest {
    private static final String ERRORS = "fixtures/seed-syria-errors.html";

    @TempDir
    Path dir;

    @Test
    void aBrokenBaselineIsNamedWithItsPlaceBeforeAnyWork() throws Exception {
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "{\"copydeskBaseline\": 1,\n \"findings\": [\n");
        Path fresh = dir.resolve("fresh.json");
        CliRun r = CliRun.run("check", "--baseline", baseline.toString(), "--write-baseline", fresh.toString(), ERRORS);
        assertEquals(2, r.code());
        assertEquals("copydesk: " + baseline + ":3:1: not valid JSON, so not a copydesk baseline: Unexpected end-of-input: "
                + "expected close marker for Array (start marker at [line: 2, column: 14])\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(fresh), "nothing is written when the run cannot be filtered");
    }

    @Test
    void aNameFinderModelThatIsNotThereIsNamedByItsOption() {
        Path missing = dir.resolve("names.bin");
        CliRun r = CliRun.run("check", "--ner-model", missing.toString(), ERRORS);
        assertEquals(2, r.code());
        assertEquals("copydesk: --ner-model " + missing + ": no such name finder model\n", r.err());
    }

    @Test
    void aBadConfigStopsOnlyTheArticlesUnderItAndNamesThemAndItsPlace() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve(".copydesk.yml"), "colour: red\n");
        Path inA = Files.copy(Path.of(ERRORS), a.resolve("story.html"));
        Path inB = Files.copy(Path.of(ERRORS), b.resolve("story.html"));
        String problem = a.resolve(".copydesk.yml") + ":1:9: unknown config key 'colour'; a config has: body, defaultRules, "
                + "disable, exclude, extends, ignore, include, params, rules, severity";

        CliRun r = CliRun.run("check", "--format", "compact", inA.toString(), inB.toString());
        assertEquals(2, r.code());
        assertEquals("copydesk: " + inA + ": not checked: " + problem + "\n", r.err());
        assertTrue(r.out().contains(inB + ":38:111: error [weekday-mismatch]"), r.out());
        assertFalse(r.out().contains(inA + ":"), r.out());

        CliRun entities = CliRun.run("entities", inA.toString(), inB.toString());
        assertEquals(2, entities.code());
        assertEquals("copydesk: " + inA + ": not checked: " + problem + "\n", entities.err());
        assertTrue(entities.out().contains("Khaled al-Ayoubi"), entities.out());

        CliRun alone = CliRun.run("check", inA.toString());
        assertEquals(2, alone.code());
        assertEquals("copydesk: " + problem + "\n", alone.err(), "nothing to check: the problem alone, as before");
        assertEquals("", alone.out());
    }
}
