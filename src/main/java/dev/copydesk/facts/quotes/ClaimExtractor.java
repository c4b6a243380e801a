package dev.copydesk.facts.quotes;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.lexicon.PhraseMatcher;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds hedged allegations ("are alleged to", "reportedly") and anonymous sourcing ("people
 * familiar with the matter"). A hedge has a source when its sentence, or the next one in the
 * paragraph, says where the claim comes from: a speech verb with a subject, "according to", or
 * a source word (police, court, documents…).
 */
public final class ClaimExtractor {
    private final Lexicons lex;
    private final PhraseMatcher hedges;
    private final PhraseMatcher anonymous;
    private final PhraseMatcher sources;

    public ClaimExtractor(Lexicons lex) {
        this.lex = lex;
        this.hedges = new PhraseMatcher(lex.entries("hedges.txt"));
        this.anonymous = new PhraseMatcher(lex.entries("anonymous-sources.txt"));
        this.sources = new PhraseMatcher(lex.entries("source-words.txt"));
    }

    public List<Claim> extract(AnnotatedArticle article) {
        List<Claim> out = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            String text = ab.normalized();
            List<int[]> quoted = QuoteSpans.of(text);
            for (int[] m : hedges.find(text)) {
                if (insideQuote(quoted, m[0])) {
                    continue; // a speaker's own hedging is theirs to answer for
                }
                out.add(new Claim(ab.block(), m[0], m[1], ab.block().text().substring(m[0], m[1]), Claim.Kind.HEDGE,
                        sourceNear(ab, m[0], m[1])));
            }
            for (int[] m : anonymous.find(text)) {
                out.add(new Claim(ab.block(), m[0], m[1], ab.block().text().substring(m[0], m[1]),
                        Claim.Kind.ANONYMOUS, null));
            }
        }
        return out;
    }

    private static boolean insideQuote(List<int[]> quoted, int offset) {
        for (int[] r : quoted) {
            if (offset > r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The words that source the claim in its sentence or the next, or null. */
    private String sourceNear(AnnotatedBlock ab, int start, int end) {
        List<Sentence> sentences = ab.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (start < s.start() || start >= s.end()) {
                continue;
            }
            for (int k = i; k <= Math.min(i + 1, sentences.size() - 1); k++) {
                String found = sourceIn(ab, sentences.get(k), start, end);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return null;
    }

    private String sourceIn(AnnotatedBlock ab, Sentence s, int hedgeStart, int hedgeEnd) {
        String sentence = ab.normalized().substring(s.start(), s.end());
        List<int[]> words = sources.find(sentence);
        if (!words.isEmpty()) {
            int[] w = words.get(0);
            return sentence.substring(w[0], w[1]);
        }
        List<Token> tokens = s.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= hedgeStart && t.end() <= hedgeEnd) {
                continue; // "is said to" itself
            }
            Token prev = tokens.get(i - 1);
            boolean subject = prev.isPropn() || prev.tag().startsWith("PRON") || prev.tag().startsWith("NOUN");
            if (lex.isSpeechVerb(t.lower()) && t.isVerb() && subject) {
                return prev.text() + " " + t.text();
            }
        }
        return null;
    }
}
