package dev.copydesk.facts.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Where direct quotation marks open and close in a block, so checks can tell quoted words from copy. */
public final class QuoteSpans {
    private QuoteSpans() {
    }

    /** [start, end) char ranges inside double quotation marks (straight or curly), in order, never overlapping. */
    public static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (c == '\u201C' || (straight && open < 0)) {
                open = i;
            } else if ((c == '\u201D' || straight) && open >= 0) {
                out.add(new int[]{open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[]{open, text.length()}); // a quote that runs on into the next paragraph
        }
        return out;
    }

    /** Whether {@code offset} is strictly inside the marks of a quote in {@code text} (recomputes the ranges: see {@link Index}). */
    public static boolean inside(String text, int offset) {
        return strictlyInside(of(text), offset);
    }

    /** Whether {@code offset} is in {@code [start, end)} of one of {@code ranges} (from {@link #of}); a binary search. */
    public static boolean within(List<int[]> ranges, int offset) {
        int[] r = lastStartingAtOrBefore(ranges, offset);
        return r != null && offset < r[1];
    }

    /** Whether {@code offset} is strictly between the marks of one of {@code ranges}; a binary search. */
    public static boolean strictlyInside(List<int[]> ranges, int offset) {
        int[] r = lastStartingAtOrBefore(ranges, offset - 1);
        return r != null && offset > r[0] && offset < r[1];
    }

    private static int[] lastStartingAtOrBefore(List<int[]> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[0] <= offset) {
                found = ranges.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The quote ranges of each block text, computed once per text: a check asks about many offsets of one paragraph. */
    public static final class Index {
        private final Map<String, List<int[]>> byText = new IdentityHashMap<>();

        /** As {@link QuoteSpans#inside(String, int)}, without scanning the text again. */
        public boolean inside(String text, int offset) {
            return strictlyInside(byText.computeIfAbsent(text, QuoteSpans::of), offset);
        }
    }
}
