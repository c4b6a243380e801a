package dev.copydesk.nlp;

import java.util.List;

/**
 * A sentence of a block: its span in the block text, its tokens, and the names a user-supplied
 * name finder model found in it (empty without one).
 */
public record Sentence(int start, int end, List<Token> tokens, List<TokenSpan> names) {
    public Sentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    /** Index of the sentence of {@code sentences} (in order, never overlapping) whose [start, end) holds {@code offset}, or -1. */
    public static int indexAt(List<Sentence> sentences, int offset) {
        int i = firstEndingAfter(sentences, offset, false);
        return i < sentences.size() && sentences.get(i).start() <= offset ? i : -1;
    }

    /**
     * Index of the first sentence that ends after {@code offset} ({@code orAt}: at or after it), or
     * {@code sentences.size()}: a binary search, for the many lookups of one long paragraph.
     */
    public static int firstEndingAfter(List<Sentence> sentences, int offset, boolean orAt) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int end = sentences.get(mid).end();
            if (end > offset || orAt && end == offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public Sentence(int start, int end, List<Token> tokens) {
        this(start, end, tokens, List.of());
    }
}
