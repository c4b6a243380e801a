package dev.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.UserFileException;
import dev.copydesk.rules.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline that cannot be used is the user's file gone wrong: named, with the place, and no rule file. */
class BaselineTest {
    @TempDir
    Path dir;

    @Test
    void brokenJsonIsReportedAtItsLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("baseline.json"), "{\n  \"copydeskBaseline\": 1,\n  \"findings\": [,]\n}\n");
        UserFileException e = assertThrows(UserFileException.class, () -> Baseline.read(file));
        assertFalse(e instanceof RuleFileException, "a baseline is no rule file");
        assertEquals(file.toString(), e.file());
        assertEquals(3, e.line());
        assertEquals(16, e.column());
        assertEquals(file + ":3:16: not valid JSON, so not a copydesk baseline: Unexpected character (',' (code 44)): "
                + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }

    @Test
    void jsonThatIsNoBaselineNamesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.json"), "{\"files\": []}\n");
        UserFileException e = assertThrows(UserFileException.class, () -> Baseline.read(file));
        assertEquals(file + ": not a copydesk baseline (expected copydeskBaseline: 1 and a findings list)", e.getMessage());
        assertEquals(0, e.line());
    }
}
