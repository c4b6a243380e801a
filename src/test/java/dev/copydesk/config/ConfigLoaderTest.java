package dev.copydesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.UserFileException;
import dev.copydesk.rules.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config is validated where it is read, and its problems are the config's, at their line and column. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private UserFileException problem(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve(".copydesk.yml"), yaml);
        UserFileException e = assertThrows(UserFileException.class, () -> ConfigLoader.load(file));
        assertFalse(e instanceof RuleFileException, "a config is no rule file: " + e.getMessage());
        assertEquals(file.toString(), e.file());
        return e;
    }

    @Test
    void problemsAreTheConfigsAtTheirPlace() throws Exception {
        UserFileException key = problem("disable: [name-variant]\ncolour: red\n");
        assertEquals(2, key.line());
        assertEquals(9, key.column());
        assertEquals(dir.resolve(".copydesk.yml") + ":2:9: unknown config key 'colour'; a config has: body, defaultRules, "
                + "disable, exclude, extends, ignore, include, params, rules, severity", key.getMessage());
        UserFileException yaml = problem("disable: [name-variant\n");
        assertTrue(yaml.line() > 0 && yaml.getMessage().contains(":" + yaml.line() + ":" + yaml.column() + ": not valid YAML: "),
                yaml.getMessage());
        UserFileException shape = problem("disable: {a: b}\n");
        assertEquals(dir.resolve(".copydesk.yml") + ":1:10: expected a list, found a mapping", shape.getMessage());
    }
}
