package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.facts.Facts;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Limits;
import dev.copydesk.nlp.Overflow;
import dev.copydesk.nlp.Unread;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What copydesk could not read as written, so that nothing is skipped in silence: by {@code mode},
 * {@code too-long} reports a paragraph with a sentence too long to analyse whole (read in pieces;
 * one finding per paragraph) and an article longer than the analysis budget (one finding where
 * reading stopped); {@code replacement-character} reports U+FFFD, the mark a decoder leaves for a
 * byte that is not valid UTF-8, which a reader would see as garbage.
 * <p>
 * Rationale: a CI gate that passes a file it did not fully read is telling a half truth.
 */
final class ReadingCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("reading",
            "What copydesk could not read as written: a sentence too long to analyse whole, an article past the "
                    + "analysis budget, a character that was not valid UTF-8.",
            Settings.class,
            List.of(MessageSpec.of("sentence", "a paragraph with a sentence too long to analyse whole (read in "
                            + "pieces; one finding per paragraph)", "words", "limit").inMode("too-long"),
                    MessageSpec.of("article", "an article longer than the analysis budget, where reading stopped",
                            "chars").inMode("too-long"),
                    MessageSpec.of("replacement", "U+FFFD, the mark a decoder leaves for a byte that is not valid "
                            + "UTF-8", "text").inMode("replacement-character")),
            ReadingCheck::new);

    /** How much of a long word a finding quotes. */
    private static final int QUOTED_CHARS = 40;

    enum Mode { TOO_LONG, REPLACEMENT_CHARACTER }

    /** The parameters of {@code reading}. */
    record Settings(@Param("what to report: too-long (sentences and articles read in part) or "
            + "replacement-character (U+FFFD)") Mode mode) implements Modal {
    }

    private final Mode mode;

    private ReadingCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.mode = settings.mode();
    }

    @Override
    public List<Finding> run(Facts facts) {
        return mode == Mode.TOO_LONG ? tooLong(facts) : replacements(facts);
    }

    private List<Finding> tooLong(Facts facts) {
        Article article = facts.article();
        List<Finding> out = new ArrayList<>();
        for (AnnotatedBlock ab : facts.annotated().blocks()) {
            if (ab.overflows().isEmpty()) {
                continue;
            }
            Overflow o = ab.overflows().get(0);
            int[] word = firstWord(ab.block(), o.start());
            out.add(finding(article, ab.block(), word[0], word[1], "sentence",
                    Map.of("words", o.words(), "limit", Limits.MAX_SENTENCE_TOKENS), null, List.of()));
        }
        Unread unread = facts.annotated().unread();
        if (unread != null) {
            int[] word = firstWord(unread.block(), unread.at());
            out.add(finding(article, unread.block(), word[0], word[1], "article",
                    Map.of("chars", Limits.MAX_ARTICLE_CHARS), null, List.of()));
        }
        return out;
    }

    private List<Finding> replacements(Facts facts) {
        Article article = facts.article();
        List<Finding> out = new ArrayList<>();
        for (Block b : article.blocks()) {
            String t = b.text();
            for (int i = t.indexOf('\uFFFD'); i >= 0; i = t.indexOf('\uFFFD', i + 1)) {
                int[] word = wordAround(t, i);
                out.add(finding(article, b, word[0], word[1], "replacement", Map.of("text", t.substring(word[0], word[1])),
                        null, List.of()));
                i = word[1];
            }
        }
        return out;
    }

    /** The first word at or after {@code from}, at most {@link #QUOTED_CHARS} long. */
    private static int[] firstWord(Block b, int from) {
        String t = b.text();
        int s = Math.min(from, t.length() - 1);
        while (s < t.length() - 1 && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return new int[]{s, wordEnd(t, s)};
    }

    private static int[] wordAround(String t, int i) {
        int s = i;
        while (s > 0 && i - s < QUOTED_CHARS / 2 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        return new int[]{s, wordEnd(t, i)};
    }

    private static int wordEnd(String t, int s) {
        int e = s + 1;
        while (e < t.length() && e - s < QUOTED_CHARS && !Character.isWhitespace(t.charAt(e))) {
            e++;
        }
        if (e < t.length() && Character.isLowSurrogate(t.charAt(e)) && e - 1 > s) {
            e--; // never cut a surrogate pair in two
        }
        return e;
    }
}
