package dev.copydesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {
    private static final List<String> PATTERNS = List.of("articles/**", "articles/*.html", "**/*.md", "*.txt",
            "a?c/*", "drafts/[a-c]*.html", "drafts/[!a-c]*.html", "{news,sport}/**/*.html", "**", "x/\\*.md",
            "articles/**/draft-*", "*/*/*");
    private static final List<String> PATHS = List.of("articles/a.html", "articles/2020/a.html", "notes.md",
            "deep/er/notes.md", "readme.txt", "abc/x", "abbc/x", "drafts/b1.html", "drafts/z1.html", "news/2020/x.html",
            "sport/x.html", "x/*.md", "x/a.md", "articles/2021/draft-1.txt", "a/b/c", "a/b");

    @Test
    void matchesAsJavasGlobMatcherDoes() {
        for (String pattern : PATTERNS) {
            var java = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            Glob ours = Glob.compile(pattern);
            for (String path : PATHS) {
                assertEquals(java.matches(Path.of(path)), ours.matches(path), pattern + " on " + path);
            }
        }
    }

    @Test
    void nestedStarsMatchWithoutBacktracking() {
        // A backtracking matcher takes exponential time here; this one reads the path once per pattern position.
        Glob g = Glob.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertFalse(g.matches("a".repeat(5_000)));
        assertTrue(g.matches("a".repeat(5_000) + "b"));
        Glob deep = Glob.compile("**/**/**/**/**/**/**/**/**/**/**/**/x");
        assertFalse(deep.matches("d/".repeat(2_000) + "y"));
    }

    @Test
    void badGlobsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.compile("a/[bc")).getMessage()
                .contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.compile("{a,b")).getMessage()
                .contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Glob.compile("{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}")).getMessage().contains("alternatives"));
    }
}
