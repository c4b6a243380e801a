package dev.copydesk.nlp;

import dev.copydesk.Interruption;
import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Runs sentence detection, tokenisation and UD POS tagging over every block of an article, within
 * {@link Limits}: a sentence too long for the later stages is read in pieces, a word too long for
 * the tokenizer model is kept whole, and text past the article's budget is not read; each cut is
 * recorded so that a check can say what was not analysed fully.
 */
public final class Annotator {
    private final Models models;
    private final NameFinder names;
    private final long maxArticleChars;

    public Annotator(Models models) {
        this(models, null);
    }

    /** @param names a user-supplied name finder, or null */
    public Annotator(Models models, NameFinder names) {
        this(models, names, Limits.MAX_ARTICLE_CHARS);
    }

    /** With another article budget: for tests, which need not read two megabytes to reach it. */
    Annotator(Models models, NameFinder names, long maxArticleChars) {
        this.models = models;
        this.names = names;
        this.maxArticleChars = maxArticleChars;
    }

    public AnnotatedArticle annotate(Article article) {
        List<AnnotatedBlock> out = new ArrayList<>(article.blocks().size());
        long budget = maxArticleChars;
        Unread unread = null;
        for (Block b : article.blocks()) {
            if (!b.kind().isAnalysed()) {
                continue;
            }
            Interruption.check();
            if (b.text().length() > budget) {
                int cut = Limits.cutAt(b.text(), (int) budget);
                if (cut > 0) {
                    out.add(annotate(b, cut));
                }
                unread = new Unread(b, cut);
                break;
            }
            budget -= b.text().length();
            out.add(annotate(b, b.text().length()));
        }
        return new AnnotatedArticle(article, out, unread);
    }

    AnnotatedBlock annotate(Block block) {
        return annotate(block, block.text().length());
    }

    /** Annotates the block's text up to {@code upTo} (the whole block unless the article's budget ends inside it). */
    private AnnotatedBlock annotate(Block block, int upTo) {
        String norm = TextNormalizer.normalize(block.text());
        String read = upTo == norm.length() ? norm : norm.substring(0, upTo);
        List<Sentence> sentences = new ArrayList<>();
        List<Overflow> overflows = new ArrayList<>();
        for (Span s : SentenceRepair.merge(read, models.sentences().sentPosDetect(read))) {
            List<Token> tokens = tokenize(norm, s.getStart(), s.getEnd());
            if (s.length() > Limits.MAX_SENTENCE_CHARS || tokens.size() > Limits.MAX_SENTENCE_TOKENS) {
                overflows.add(new Overflow(s.getStart(), s.getEnd(), countWords(tokens)));
                for (List<Token> piece : Limits.pieces(tokens)) {
                    sentences.add(sentence(piece, piece.get(0).start(), piece.get(piece.size() - 1).end()));
                }
            } else {
                sentences.add(sentence(tokens, s.getStart(), s.getEnd()));
            }
            Interruption.check();
        }
        return new AnnotatedBlock(block, norm, sentences, overflows);
    }

    /** Tokens of {@code text[start, end)}, untagged; a word over {@link Limits#MAX_WORD_CHARS} never reaches the model. */
    private List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int runStart = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == runStart) {
                break;
            }
            if (i - runStart > Limits.MAX_WORD_CHARS) {
                Limits.longWord(text, runStart, i, out);
            } else {
                // A closed-up em dash ("Debussy—all") is a word boundary the model does not see: split there first.
                int wordStart = runStart;
                for (int k = runStart; k <= i; k++) {
                    if (k == i || isEmDash(text.charAt(k))) {
                        tokenizeWord(text, wordStart, k, out);
                        if (k < i) {
                            out.add(new Token(text.substring(k, k + 1), k, k + 1, null));
                        }
                        wordStart = k + 1;
                    }
                }
            }
        }
        return out;
    }

    // The model's context is the whitespace-separated word; passing words one by one keeps its cost linear.
    private void tokenizeWord(String text, int start, int end, List<Token> out) {
        if (end <= start) {
            return;
        }
        String word = text.substring(start, end);
        for (Span sp : QuoteMarkSplit.split(word, models.tokenizer().tokenizePos(word))) {
            out.add(new Token(word.substring(sp.getStart(), sp.getEnd()), start + sp.getStart(), start + sp.getEnd(), null));
        }
    }

    private static boolean isEmDash(char c) {
        return c == '\u2014' || c == '\u2015';
    }

    private Sentence sentence(List<Token> untagged, int start, int end) {
        String[] words = new String[untagged.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = untagged.get(i).text();
        }
        String[] tags = words.length == 0 ? new String[0] : models.tagger().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = untagged.get(i);
            tokens.add(new Token(t.text(), t.start(), t.end(), tags[i]));
        }
        return new Sentence(start, end, tokens, names == null || words.length == 0 ? List.of() : names.find(words));
    }

    private static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (Character.isLetterOrDigit(t.text().codePointAt(0))) {
                n++;
            }
        }
        return n;
    }
}
