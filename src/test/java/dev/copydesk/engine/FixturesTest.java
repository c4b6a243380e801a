package dev.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.checks.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden fixtures: each article in fixtures/ has fixtures/golden/NAME.findings listing every
 * finding: a line with its severity, rule, line:column and text, then, indented, its message and
 * (when it has one) its suggestion. Regenerate after a reviewed change with
 * {@code mvn test -Dcopydesk.updateGolden=true}, then read the diff.
 */
class FixturesTest {
    private static final Path GOLDEN = TestSupport.fixtures().resolve("golden");

    static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.fixtures())) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.equals("readme.md") && (n.endsWith(".html") || n.endsWith(".txt") || n.endsWith(".md"));
            }).sorted().toList();
        }
    }

    static List<String> render(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.severity().id() + " " + f.rule() + " " + f.location().line() + ":" + f.location().column()
                    + " " + f.text());
            lines.add("  message: " + oneLine(f.message()));
            if (f.suggestion() != null) {
                lines.add("  suggestion: " + oneLine(f.suggestion()));
            }
        }
        return lines;
    }

    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsGoldenFindings() throws IOException {
        boolean update = Boolean.getBoolean("copydesk.updateGolden");
        return articles().stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            List<String> actual = render(TestSupport.check(article));
            Path golden = GOLDEN.resolve(article.getFileName() + ".findings");
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.write(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dcopydesk.updateGolden=true)");
            List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            assertEquals(String.join("\n", expected), String.join("\n", actual), "findings for " + article);
        }));
    }

    @Test
    void everyGoldenFileBelongsToAFixture() throws IOException {
        List<String> expected = articles().stream().map(a -> a.getFileName() + ".findings").sorted().toList();
        try (Stream<Path> s = Files.list(GOLDEN)) {
            assertEquals(expected, s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "one golden file per fixture, none left from a fixture that is gone");
        }
    }
}
