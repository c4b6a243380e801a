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
 * finding (severity, rule, line:column, text), one per line. Regenerate after a reviewed change
 * with {@code mvn test -Dcopydesk.updateGolden=true}, then read the diff.
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
        }
        return lines;
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
    void thereAreAtLeastTwelveFixtures() throws IOException {
        assertTrue(articles().size() >= 12, "fixtures: " + articles().size());
    }
}
