package dev.copydesk.facts.quotes;

import dev.copydesk.Interruption;
import dev.copydesk.facts.lexicon.Lexicon;
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
 * familiar with the matter"). A hedge has a source when its sentence, or the one before in the
 * paragraph, says where the claim comes from: a speech verb with a subject, "according to", or
 * a source word (police, court, documents…). The next sentence sources it only through someone
 * saying so ("Prosecutors said …", "According to Reuters, …"): a source word further in belongs to its
 * own claim.
 */
public final class ClaimExtractor {
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("have", "has", "had", "be", "been", "being",
            "is", "are", "was", "were", "do", "does", "did");
    /** Subjects that say no one spoke: "nobody said", "none claimed". */
    private static final java.util.Set<String> NOBODY = java.util.Set.of("nobody", "none", "neither", "nothing");
    /** Speech verbs that, with "with", answer by a deed: "responded with a goal". */
    private static final java.util.Set<String> DEED_VERBS = java.util.Set.of("responded", "responds", "respond",
            "answered", "answers", "answer", "replied", "replies", "reply", "retaliated");
    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", ";", "—", "–", "(", ":");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("out", "up", "off", "down", "away", "over", "back");

    private final Lexicons lex;
    private final PhraseMatcher hedges;
    private final PhraseMatcher anonymous;
    private final PhraseMatcher sources;

    public ClaimExtractor(Lexicons lex) {
        this.lex = lex;
        this.hedges = new PhraseMatcher(lex.entries(Lexicon.HEDGES));
        this.anonymous = new PhraseMatcher(lex.entries(Lexicon.ANONYMOUS_SOURCES));
        this.sources = new PhraseMatcher(lex.entries(Lexicon.SOURCE_WORDS));
    }

    public List<Claim> extract(AnnotatedArticle article) {
        List<Claim> out = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            Interruption.check();
            String text = ab.normalized();
            List<int[]> quoted = QuoteSpans.of(text);
            for (int[] m : hedges.find(text)) {
                if (insideQuote(quoted, m[0]) || modifiesAnAdjective(ab, m[0], m[1]) || namesAMeasure(ab, m[1])) {
                    continue; // a speaker's own hedging is theirs to answer for; "a supposedly foolproof plan" is no claim
                }
                // "According to some, …" says itself that no one is named: nothing near it sources it
                String source = accordingTo(text, m[0]) ? null : sourceNear(ab, m[0], m[1]);
                out.add(new Claim(ab.block(), m[0], m[1], ab.block().text().substring(m[0], m[1]), Claim.Kind.HEDGE,
                        source, scopeEnd(ab, m[1])));
            }
            for (int[] m : anonymous.find(text)) {
                out.add(new Claim(ab.block(), m[0], m[1], ab.block().text().substring(m[0], m[1]),
                        Claim.Kind.ANONYMOUS, null));
            }
            attributionVerbs(ab, quoted, out);
        }
        return out;
    }

    private static boolean accordingTo(String text, int at) {
        return text.regionMatches(true, at, "according to", 0, 12);
    }

    /** Nouns after "according to some" that still pass on a rumour ("according to some reports"). */
    private static final java.util.Set<String> RUMOUR_WORDS = java.util.Set.of(",", ".", ";", "reports", "rumors",
            "rumours", "sources", "insiders", "people");

    /**
     * "according to some estimates", "according to some historians": a vague but named kind of source, not a
     * rumour. "According to some, …", "who according to some was …" and "according to some reports" pass a
     * claim on unsourced.
     */
    private static boolean namesAMeasure(AnnotatedBlock ab, int hedgeEnd) {
        if (hedgeEnd < 17 || !ab.normalized().regionMatches(true, hedgeEnd - 17, "according to some", 0, 17)) {
            return false;
        }
        Token next = tokenAt(ab, hedgeEnd);
        return next != null && next.tag().startsWith("NOUN") && !RUMOUR_WORDS.contains(next.lower());
    }

    /** "Smith admitted the plan had flaws": a speech verb outside quotes with a subject before it and a report after it. */
    private void attributionVerbs(AnnotatedBlock ab, List<int[]> quoted, List<Claim> out) {
        for (Sentence s : ab.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!lex.isSpeechVerb(t.lower()) || !t.isVerb() || insideQuote(quoted, t.start())) {
                    continue;
                }
                Token prev = tokens.get(i - 1);
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean speakerBefore = prev.isPropn() || prev.tag().startsWith("PRON") || prev.tag().startsWith("NOUN");
                boolean reportFollows = next == null || next.lower().equals("that") || next.isPunct()
                        || next.tag().startsWith("PRON") || next.tag().startsWith("DET");
                if (speakerBefore && reportFollows) {
                    out.add(new Claim(ab.block(), t.start(), t.end(), t.text(), Claim.Kind.ATTRIBUTION_VERB, null));
                }
            }
        }
    }

    private static boolean insideQuote(List<int[]> quoted, int offset) {
        return QuoteSpans.strictlyInside(quoted, offset);
    }

    /**
     * The words that source the claim: in its sentence (a speech verb with a subject, "according
     * to", a source word such as "police" outside the claim itself, a hyperlink), in the next
     * sentence, or a named source in the sentence before ("Police said the men fled. They
     * reportedly …"); null when none. A hedge in a relative clause is an aside: only its own
     * sentence can source it.
     */
    private String sourceNear(AnnotatedBlock ab, int start, int end) {
        List<Sentence> sentences = ab.sentences();
        int i = Sentence.indexAt(sentences, start);
        if (i >= 0) {
            Sentence s = sentences.get(i);
            if (ab.block().linked(s.start(), s.end())) {
                return "a link"; // online copy sources a "reportedly" by linking the report
            }
            String claimSubject = claimSubject(ab, start);
            // a hedge inside a clause about someone newly named starts a claim of its own: "Critics said the mayor
            // did too little. Lynch, who is reportedly planning a march, …"; otherwise the sentence before sources it
            // ("Prosecutors said Smith took $1 million. Smith reportedly hid it.")
            // and, being an aside, it has its source in its own sentence or none
            int relative = relativeClauseStart(s.tokens(), start);
            boolean goesOn = relative < 0;
            int[] claim = {goesOn ? end : relative, clauseEnd(s.tokens(), end, s.end())};
            for (int k = goesOn ? Math.max(0, i - 1) : i; k <= (goesOn ? Math.min(i + 1, sentences.size() - 1) : i); k++) {
                String found = sourceIn(ab, sentences.get(k), start, end, k == i ? null : claimSubject, claim);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "a supposedly foolproof plan", "the allegedly stolen car": the hedge qualifies a word, not a
     * claim. After a subject ("The owners allegedly ignored warnings") the participle is the verb.
     */
    private static boolean modifiesAnAdjective(AnnotatedBlock ab, int hedgeStart, int hedgeEnd) {
        Token before = tokenBefore(ab, hedgeStart);
        if (before != null && (before.tag().startsWith("NOUN") || before.tag().startsWith("PROPN") || before.tag().startsWith("PRON"))
                && !before.text().endsWith("'s")) {
            return false;
        }
        Token next = tokenAt(ab, hedgeEnd);
        if (before != null && before.tag().startsWith("CCONJ") && next != null && next.isVerb()) {
            return false; // "lost his bid and reportedly blamed teachers": a second verb of the subject
        }
        if (next == null || !next.tag().startsWith("ADJ") && !(next.tag().startsWith("VERB") && next.lower().endsWith("ed"))) {
            return false;
        }
        Token after = tokenAt(ab, next.end());
        return after != null && (after.tag().startsWith("NOUN") || after.tag().startsWith("PROPN"));
    }

    /** The end of the verb group the hedge governs: "are said to [have fled]", "allegedly [took]". */
    private static int scopeEnd(AnnotatedBlock ab, int hedgeEnd) {
        int end = hedgeEnd;
        Token t = tokenAt(ab, end);
        boolean verb = false;
        while (t != null && (t.lower().equals("to") || t.tag().startsWith("AUX") || t.tag().startsWith("VERB")
                || t.tag().startsWith("PART") || t.tag().startsWith("ADV") && !verb)) {
            verb |= t.tag().startsWith("VERB") || t.tag().startsWith("AUX");
            end = t.end();
            if (t.tag().startsWith("VERB") && !AUXILIARIES.contains(t.lower())) {
                Token particle = tokenAt(ab, end);
                if (particle != null && PARTICLES.contains(particle.lower())) {
                    end = particle.end(); // "carried out", "set up"
                }
                break;
            }
            t = tokenAt(ab, end);
        }
        return verb ? end : hedgeEnd;
    }

    /** The last token ending at or before {@code offset} in the same sentence, or null. */
    private static Token tokenBefore(AnnotatedBlock ab, int offset) {
        List<Sentence> sentences = ab.sentences();
        int i = Sentence.firstEndingAfter(sentences, offset, true);
        if (i < sentences.size() && sentences.get(i).start() <= offset) {
            List<Token> tokens = sentences.get(i).tokens();
            // tokens are in order and never overlap: binary search for the first ending after offset
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() > offset) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo == 0 ? null : tokens.get(lo - 1);
        }
        return null;
    }

    /** The first token starting at or after {@code offset} in the same sentence, or null. */
    private static Token tokenAt(AnnotatedBlock ab, int offset) {
        List<Sentence> sentences = ab.sentences();
        for (int i = Sentence.firstEndingAfter(sentences, offset, true); i < sentences.size() && sentences.get(i).start() <= offset; i++) {
            List<Token> tokens = sentences.get(i).tokens();
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) { // the first token starting at or after offset (tokens are in order)
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() >= offset) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo < tokens.size()) {
                return tokens.get(lo);
            }
        }
        return null;
    }

    /**
     * "SoftBank agreed to inject $6.5 billion", "declined to comment", "agreed to a rescue": a speech
     * verb followed by "to" and a verb, or "agree to", commits to something; "responded by hitting
     * Rudolph", "answered with a goal" is a deed, "pleaded guilty" a plea. None reports a claim.
     */
    private static boolean undertaking(List<Token> tokens, int verb) {
        String next = verb + 1 < tokens.size() ? tokens.get(verb + 1).lower() : "";
        if (next.equals("by") && verb + 2 < tokens.size() && tokens.get(verb + 2).lower().endsWith("ing")
                || next.equals("with") && DEED_VERBS.contains(tokens.get(verb).lower())) {
            return true; // but "said by phone", "told with a smile" report
        }
        if ((tokens.get(verb).lower().startsWith("plead") || tokens.get(verb).lower().equals("pled"))
                && (next.equals("guilty") || next.equals("not") || next.equals("no") || next.equals("innocent"))) {
            return true;
        }
        if (verb + 2 >= tokens.size() || !tokens.get(verb + 1).lower().equals("to")) {
            return false;
        }
        Token after = tokens.get(verb + 2);
        return after.isVerb() || after.tag().startsWith("AUX") || tokens.get(verb).lower().startsWith("agree");
    }

    /** "no group claimed responsibility", "nobody said": a subject that says no one is the source. */
    private static boolean noOneSaid(List<Token> tokens, int subject) {
        String word = tokens.get(subject).lower();
        return NOBODY.contains(word) || subject > 0 && tokens.get(subject - 1).lower().equals("no");
    }

    /**
     * ", who is reportedly …", ", who lost his bid and reportedly blamed …", ", whose leader is said to have …": where the clause opens,
     * when the hedge stands in it; otherwise -1.
     */
    private static int relativeClauseStart(List<Token> tokens, int hedgeStart) {
        int h = 0;
        while (h < tokens.size() && tokens.get(h).start() < hedgeStart) {
            h++;
        }
        for (int k = h - 1; k >= Math.max(1, h - 12) && !CLAUSE_BREAKS.contains(tokens.get(k).text()); k--) {
            String w = tokens.get(k).lower();
            if ((w.equals("who") || w.equals("which") || w.equals("whose")) && tokens.get(k - 1).text().equals(",")) {
                return tokens.get(k).start();
            }
        }
        return -1;
    }

    /** Where the hedged clause ends: the first comma, semicolon, dash or bracket after the hedge, or the sentence end. */
    private static int clauseEnd(List<Token> tokens, int hedgeEnd, int sentenceEnd) {
        for (Token t : tokens) {
            if (t.start() >= hedgeEnd && CLAUSE_BREAKS.contains(t.text())) {
                return t.start();
            }
        }
        return sentenceEnd;
    }

    /**
     * The name the hedged claim is about, when it stands right before the hedge ("Doherty is believed
     * to have …", "Doherty reportedly …"): lower case, or null.
     */
    private static String claimSubject(AnnotatedBlock ab, int hedgeStart) {
        Token before = tokenBefore(ab, hedgeStart);
        while (before != null && before.tag().startsWith("AUX")) {
            before = tokenBefore(ab, before.start());
        }
        return before != null && before.isPropn() && before.isCapitalized() ? before.lower() : null;
    }

    /**
     * A source in sentence {@code s}; {@code claimSubject}, when given, names the person the claim is
     * about, whose own words in a sentence next to it are a reply, not a source ("But Doherty said
     * that had nothing to do with it").
     */
    private String sourceIn(AnnotatedBlock ab, Sentence s, int hedgeStart, int hedgeEnd, String claimSubject, int[] claim) {
        String sentence = ab.normalized().substring(s.start(), s.end());
        // "clashed with budget officials", "lied to police": a source word within the claim is what it is about
        List<int[]> words = sources.find(sentence).stream()
                .filter(w -> !(s.start() + w[0] == hedgeStart && accordingTo(sentence, w[0]))) // "according to some" itself
                .filter(w -> accordingTo(sentence, w[0]) || s.start() + w[1] <= claim[0] || s.start() + w[0] >= claim[1])
                .toList();
        if (s.start() > hedgeEnd) {
            words = words.stream().filter(w -> w[0] == 0).toList(); // "According to Reuters, …" opens the next one
        }
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
            if (t.start() >= claim[0] && t.start() < claim[1]) {
                continue; // "beat a man who told him to stop": a speaker inside the claim is part of it
            }
            Token prev = tokens.get(i - 1);
            boolean subject = prev.isPropn() || prev.tag().startsWith("PRON") || prev.tag().startsWith("NOUN");
            if (lex.isSpeechVerb(t.lower()) && t.isVerb() && subject && !noOneSaid(tokens, i - 1)
                    && !prev.lower().equals(claimSubject) && !undertaking(tokens, i)) {
                return prev.text() + " " + t.text();
            }
        }
        return null;
    }
}
