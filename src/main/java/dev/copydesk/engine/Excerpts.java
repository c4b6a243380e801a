package dev.copydesk.engine;

import dev.copydesk.article.Article;
import dev.copydesk.article.Excerpt;
import dev.copydesk.article.Span;
import dev.copydesk.checks.Finding;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each finding the words a reader would look for: its sentence, or, when the sentence is
 * longer than {@link #SENTENCE}, a window of at most {@link #WIDTH} chars around the flagged words
 * cut at word boundaries; and the number of its paragraph in the story. Computed once here so
 * every report shows the same.
 */
final class Excerpts {
    /** The longest sentence shown whole: cutting a few words off a sentence helps no one. */
    static final int SENTENCE = 150;
    /** The widest window of a longer sentence, in chars. */
    static final int WIDTH = 120;

    private final Map<Integer, AnnotatedBlock> annotated = new HashMap<>();
    private final Article article;

    Excerpts(AnnotatedArticle annotated) {
        for (AnnotatedBlock b : annotated.blocks()) {
            this.annotated.put(b.block().index(), b);
        }
        this.article = annotated.article();
    }

    /** The finding with its excerpt; one outside the story (a suppression directive) shows its own text. */
    Finding attach(Finding f) {
        Span span = f.span();
        if (span == null) {
            return f.withContext(new Excerpt(f.text(), 0, f.text().length(), null, 0, false, false));
        }
        return f.withContext(excerpt(span));
    }

    Excerpt excerpt(Span span) {
        String text = span.block().text();
        int[] sentence = trimmed(text, sentence(span), span);
        int from = sentence[0];
        int to = sentence[1];
        if (to - from > SENTENCE) {
            int[] w = trimmed(text, window(text, span, from, to), span);
            from = w[0];
            to = w[1];
        }
        int flaggedEnd = Math.min(span.end(), to);
        return new Excerpt(text.substring(from, to), span.start() - from, flaggedEnd - span.start(),
                span.block().kind(), article.paragraphOf(span.block()), from > sentence[0], to < sentence[1]);
    }

    /** {@code [from, to)} without spaces at either end, never losing the span. */
    private static int[] trimmed(String text, int[] range, Span span) {
        int from = range[0];
        int to = range[1];
        while (from < span.start() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > span.end() && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[]{from, to};
    }

    /** The sentences the span touches, or the whole block when it has none (a credit, code). */
    private int[] sentence(Span span) {
        AnnotatedBlock b = annotated.get(span.block().index());
        int from = -1;
        int to = -1;
        if (b != null) {
            List<Sentence> sentences = b.sentences();
            for (int i = Sentence.firstEndingAfter(sentences, span.start(), false);
                    i < sentences.size() && sentences.get(i).start() < span.end(); i++) {
                from = from < 0 ? sentences.get(i).start() : from;
                to = sentences.get(i).end();
            }
        }
        if (from < 0) {
            return new int[]{0, span.block().text().length()};
        }
        return new int[]{Math.min(from, span.start()), Math.max(to, span.end())};
    }

    /** At most WIDTH chars of {@code [from, to)} around the span, shared evenly before and after, cut between words. */
    private static int[] window(String text, Span span, int from, int to) {
        int budget = WIDTH - (span.end() - span.start());
        if (budget <= 0) {
            return new int[]{span.start(), wordEnd(text, span.start() + WIDTH, span.start() + 1)};
        }
        int start = Math.max(from, span.start() - budget / 2);
        int end = Math.min(to, span.end() + budget - (span.start() - start));
        start = Math.max(from, Math.min(start, end - WIDTH));
        return new int[]{wordStart(text, start, span.start()), wordEnd(text, end, span.end())};
    }

    /** {@code at}, or the start of the next word when {@code at} is inside one; never past {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
            return at;
        }
        int space = text.indexOf(' ', at);
        return space < 0 || space + 1 > limit ? at : space + 1;
    }

    /** {@code at}, or the end of the previous word when {@code at} is inside one; never before {@code limit}. */
    private static int wordEnd(String text, int at, int limit) {
        if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
            return Math.min(at, text.length());
        }
        int space = text.lastIndexOf(' ', at);
        return space < limit ? at : space;
    }
}
