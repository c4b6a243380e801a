package dev.copydesk.cli;

import dev.copydesk.facts.people.Spellings;
import java.util.Collection;
import java.util.Locale;

/** The known word closest to a mistyped one, for "did you mean" in usage errors. */
final class DidYouMean {
    private DidYouMean() {
    }

    /** " (did you mean 'x'?)" when a known word is a plausible typo of {@code given}, else "". */
    static String hint(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = Spellings.distance(g, k.toLowerCase(Locale.ROOT));
            boolean prefix = g.length() >= 2 && k.toLowerCase(Locale.ROOT).startsWith(g);
            if (prefix) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, g.length() / 3));
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }
}
