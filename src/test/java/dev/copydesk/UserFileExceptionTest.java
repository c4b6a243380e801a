package dev.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line an editor and an error parser read: file, place when there is one, problem. */
class UserFileExceptionTest {
    @Test
    void theMessageIsFileLineColumnAndProblem() {
        assertEquals("a.yml:3:7: expected a list", new UserFileException("a.yml", 3, 7, "expected a list").getMessage());
        assertEquals("b.json: no such baseline", new UserFileException(Path.of("b.json"), "no such baseline").getMessage());
        assertEquals("--baseline b.json: no such baseline",
                UserFileException.named("--baseline", Path.of("b.json"), "no such baseline").getMessage());
        UserFileException e = new UserFileException("a.yml", 3, 7, "expected a list");
        assertEquals("a.yml:3:7", e.where());
        assertEquals("expected a list", e.problem());
    }

    @Test
    void whateverGoesWrongInARuleFileIsARuleFileProblemAtItsPlace() {
        RuleFileException yaml = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("house.yml", "rules:\n  - id: [x\n"));
        assertEquals("house.yml", yaml.file());
        assertEquals("house.yml:" + yaml.line() + ":" + yaml.column() + ": not valid YAML: " + yaml.problem().substring(
                "not valid YAML: ".length()), yaml.getMessage());
        assertTrue(yaml.line() > 0, yaml.getMessage());
        RuleFileException shape = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("house.yml", "rules:\n  id: x\n"));
        assertEquals("house.yml:2:3: expected a list, found a mapping", shape.getMessage());
        RuleFileException missing = assertThrows(RuleFileException.class,
                () -> RuleLoader.load(false, List.of(Path.of("no-such-rules.yml"))));
        assertEquals("no-such-rules.yml: no such rule file or folder", missing.getMessage());
    }
}
