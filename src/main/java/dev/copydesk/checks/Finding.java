package dev.copydesk.checks;

import dev.copydesk.article.Excerpt;
import dev.copydesk.article.Location;
import dev.copydesk.article.Span;
import dev.copydesk.rules.Category;
import dev.copydesk.rules.Severity;
import java.util.List;

/**
 * One problem a check found.
 *
 * @param rule       id of the rule that fired
 * @param category   report category
 * @param severity   severity from the rule
 * @param message    the filled message, in words an editor understands
 * @param text       the exact article text the finding points at
 * @param location   where that text is in the source file
 * @param suggestion the replacement to consider, or null
 * @param related    other places that explain the finding
 * @param span       where {@code text} is in the article's blocks, or null when it is outside the story (a
 *                   suppression directive in an HTML comment)
 * @param context    the sentence around {@code text}, as a reader sees it; added by the engine once all checks
 *                   ran, null before that
 */
public record Finding(String rule, Category category, Severity severity, String message, String text,
                      Location location, String suggestion, List<Related> related, Span span, Excerpt context) {
    public Finding {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a finding must point at some text");
        }
        related = List.copyOf(related);
    }

    /** A finding on article text; the engine adds its context later. */
    public Finding(String rule, Category category, Severity severity, String message, Span span, Location location,
                   String suggestion, List<Related> related) {
        this(rule, category, severity, message, span.text(), location, suggestion, related, span, null);
    }

    /** The same finding at another severity (a check's "unsure" cases). */
    public Finding withSeverity(Severity s) {
        return new Finding(rule, category, s, message, text, location, suggestion, related, span, context);
    }

    /** The same finding with the words around it. */
    public Finding withContext(Excerpt c) {
        return new Finding(rule, category, severity, message, text, location, suggestion, related, span, c);
    }
}
