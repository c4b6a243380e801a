package dev.copydesk.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.facts.Facts;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A check fills exactly the placeholders it declares for a message: none missing, none extra. */
class RuleCheckTest {
    private record NoParams() {
    }

    private static final CheckType<NoParams> TYPE = new CheckType<>("test-type", "For this test.", NoParams.class,
            List.of(MessageSpec.of("short", "a short one", "text")), (r, s, c) -> null);

    private static final class Probe extends RuleCheck {
        Probe(Rule rule) {
            super(rule, TYPE);
        }

        @Override
        public List<Finding> run(Facts facts) {
            return List.of();
        }

        Finding report(Article a, Map<String, ?> values) {
            Block b = a.blocks().get(0);
            return finding(a, b, 0, 4, "short", values, null, List.of());
        }
    }

    private static final Probe PROBE = new Probe(RuleLoader.parse("house.yml", """
            rules:
              - id: probe
                type: test-type
                category: style
                severity: info
                message: "'{text}' is short"
                examples:
                  bad: ["[[Word]] here."]
            """).get(0));
    private static final Article ARTICLE = new TextArticleParser().parseSnippet("<test>", "Word here.");

    @Test
    void theDeclaredPlaceholdersWordTheMessage() {
        assertEquals("'Word' is short", PROBE.report(ARTICLE, Map.of("text", "Word")).message());
    }

    @Test
    void aPlaceholderFilledButNotDeclaredIsRefused() {
        // a user's template could not use it (validation accepts only the declared ones): filling it is a bug
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PROBE.report(ARTICLE, Map.of("text", "Word", "where", "")));
        assertEquals("test-type message 'short' declares [text] but fills [text, where]",
                e.getMessage().replace("[where, text]", "[text, where]"));
    }

    @Test
    void aPlaceholderDeclaredButNotFilledIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PROBE.report(ARTICLE, Map.of()));
        assertEquals("test-type message 'short' declares [text] but fills []", e.getMessage());
    }
}
