package dev.copydesk.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * How much text the later stages take at once, so that their work stays bounded on any input.
 * The longest sentence in the 4,662 paragraphs of the corpus and fixtures is 295 tokens (a list
 * without full stops) and 1,595 chars; the longest word 47 chars. These limits leave room above
 * real copy and cut only pathological text (a paragraph with no sentence punctuation, a
 * megabyte-long word, a whole page read as one headline).
 */
public final class Limits {
    /** A sentence with more tokens is read in pieces of at most this many. */
    public static final int MAX_SENTENCE_TOKENS = 400;
    /** A sentence longer than this (chars) is read in pieces of at most this length. */
    public static final int MAX_SENTENCE_CHARS = 3_000;
    /** A whitespace-separated word longer than this is one token: the tokenizer model's cost grows with its square. */
    public static final int MAX_WORD_CHARS = 100;
    /** Text of an article past this many chars is not analysed (the parsers keep no more than this either). */
    public static final long MAX_ARTICLE_CHARS = dev.copydesk.article.Article.MAX_TEXT_CHARS;

    private static final String OPENING = "\"'([{\u201C\u2018\u00AB";
    private static final String CLOSING = "\"')]}.,;:!?\u201D\u2019\u00BB";

    private Limits() {
    }

    /** Where to stop reading {@code text} within {@code budget} chars: the last whitespace before it, or the budget itself. */
    static int cutAt(String text, int budget) {
        int cut = Math.min(budget, text.length());
        int i = cut;
        while (i > 0 && i > cut - MAX_WORD_CHARS && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isWhitespace(text.charAt(i - 1)) ? i : cut;
    }

    /** Consecutive runs of {@code tokens}, each within the token and char limits (a longer single token stands alone). */
    static List<List<Token>> pieces(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        while (from < tokens.size()) {
            int to = from + 1;
            while (to < tokens.size() && to - from < MAX_SENTENCE_TOKENS
                    && tokens.get(to).end() - tokens.get(from).start() <= MAX_SENTENCE_CHARS) {
                to++;
            }
            out.add(tokens.subList(from, to));
            from = to;
        }
        return out;
    }

    /** A long word as tokens: opening punctuation, the word, closing punctuation (untagged). */
    static void longWord(String text, int start, int end, List<Token> out) {
        int s = start;
        while (s < end - 1 && OPENING.indexOf(text.charAt(s)) >= 0) {
            out.add(new Token(text.substring(s, s + 1), s, s + 1, null));
            s++;
        }
        int e = end;
        while (e > s + 1 && CLOSING.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        out.add(new Token(text.substring(s, e), s, e, null));
        for (int i = e; i < end; i++) {
            out.add(new Token(text.substring(i, i + 1), i, i + 1, null));
        }
    }
}
