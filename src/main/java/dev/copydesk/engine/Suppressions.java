package dev.copydesk.engine;

import dev.copydesk.article.Suppression;
import dev.copydesk.checks.Finding;
import dev.copydesk.rules.Category;
import dev.copydesk.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops findings the article's own directives silence, and reports each directive that
 * silenced nothing, so stale ones get cleaned up (ESLint's "unused disable directive").
 */
final class Suppressions {
    static final String UNUSED_RULE = "unused-suppression";

    private Suppressions() {
    }

    static List<Finding> apply(List<Suppression> suppressions, List<Finding> findings) {
        if (suppressions.isEmpty()) {
            return findings;
        }
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Suppression.Position start = new Suppression.Position(f.location().line(), f.location().column());
            Suppression by = null;
            for (Suppression s : suppressions) {
                if (s.covers(f.rule(), start)) {
                    by = s;
                    break;
                }
            }
            if (by == null) {
                kept.add(f);
            } else {
                used.add(by);
            }
        }
        for (Suppression s : suppressions) {
            if (!used.contains(s)) {
                String what = s.rules().isEmpty() ? "any rule" : String.join(", ", s.rules());
                kept.add(new Finding(UNUSED_RULE, Category.STYLE, Severity.INFO,
                        "This suppression of " + what + " silences no finding; remove it", s.directive(), s.at(),
                        null, List.of(), null, null));
            }
        }
        return kept;
    }
}
