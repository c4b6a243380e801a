package dev.copydesk.facts.quotes;

import java.util.ArrayList;
import java.util.List;

/** Where direct quotation marks open and close in a block, so checks can tell quoted words from copy. */
public final class QuoteSpans {
    private QuoteSpans() {
    }

    /** [start, end) char ranges inside double quotation marks (straight or curly), in order. */
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

    public static boolean inside(String text, int offset) {
        for (int[] r : of(text)) {
            if (offset > r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }
}
