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
        assertTrue(r.err().matches("copydesk: \\Q" + baseline + "\\E:3:1: not valid JSON, so not a copydesk baseline: "
                + "Unexpected end-of-input[^\n]*\n"), r.err());
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
}
