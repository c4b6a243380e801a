package dev.copydesk.checks;

import dev.copydesk.article.Location;
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
 */
public record Finding(String rule, Category category, Severity severity, String message, String text,
                      Location location, String suggestion, List<Related> related) {
    public Finding {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a finding must point at some text");
        }
        related = List.copyOf(related);
    }

    /** The same finding at another severity (a check's "unsure" cases). */
    public Finding withSeverity(Severity s) {
        return new Finding(rule, category, s, message, text, location, suggestion, related);
    }
}
