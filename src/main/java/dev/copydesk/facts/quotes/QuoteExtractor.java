package dev.copydesk.facts.quotes;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds direct quotes and who said them: "X said" and "said X" around the quote, "according
 * to X", a pronoun resolved to the last person named, a speaker in the next or previous sentence
 * of the paragraph, a paragraph ending "X said:", and the chain of a quote that runs on across
 * paragraphs.
 */
public final class QuoteExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final int MIN_FULL_WORDS = 5;

    private final Lexicons lex;

    public QuoteExtractor(Lexicons lex) {
        this.lex = lex;
    }

    /** A person mention with its person, for resolving speaker phrases. */
    private record Named(Mention mention, Person person) {
    }

    public List<Quote> extract(AnnotatedArticle article, List<Person> people) {
        Map<Integer, List<Named>> byBlock = new HashMap<>();
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                byBlock.computeIfAbsent(m.block().index(), k -> new ArrayList<>()).add(new Named(m, p));
            }
        }
        List<Quote> out = new ArrayList<>();
        Quote open = null; // a quote that ran on from the previous paragraph
        List<AnnotatedBlock> blocks = article.blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            AnnotatedBlock ab = blocks.get(bi);
            String text = ab.normalized();
            List<int[]> ranges = QuoteSpans.of(text);
            boolean continues = open != null && !ranges.isEmpty() && ranges.get(0)[0] == firstNonSpace(text);
            Quote chainHead = continues ? open : null;
            open = null;
            for (int[] r : ranges) {
                boolean runsOn = r[1] == text.length() && !isClosing(text.charAt(text.length() - 1));
                int innerEnd = runsOn ? r[1] : r[1] - 1;
                String inner = ab.block().text().substring(Math.min(r[0] + 1, innerEnd), innerEnd).strip();
                boolean full = isFull(text, r[0], inner) || (chainHead != null && r == ranges.get(0));
                Quote q = new Quote(ab.block(), r[0], r[1], inner, full, runsOn, null, null);
                q = attribute(q, ab, ranges, byBlock, previousBody(blocks, bi), out);
                boolean weak = q.speaker() == null || q.speaker().how().equals("previous paragraph");
                if (weak && chainHead != null && r == ranges.get(0) && chainHead.speaker() != null) {
                    q = q.withSpeaker(new Speaker(chainHead.speaker().text(), chainHead.speaker().person(), "running quote"), null);
                }
                out.add(q);
                if (runsOn) {
                    open = q;
                }
            }
            // A running quote whose speaker is named only in a later paragraph of the chain.
            if (chainHead != null && !out.isEmpty()) {
                Quote last = out.get(out.size() - 1);
                if (chainHead.speaker() == null && last.speaker() != null) {
                    int idx = out.indexOf(chainHead);
                    if (idx >= 0) {
                        out.set(idx, chainHead.withSpeaker(new Speaker(last.speaker().text(), last.speaker().person(),
                                "running quote"), null));
                    }
                }
            }
        }
        return out;
    }

    /** The closest block before {@code bi} that is story text (captions sit between paragraphs on real pages). */
    private static AnnotatedBlock previousBody(List<AnnotatedBlock> blocks, int bi) {
        for (int i = bi - 1; i >= 0; i--) {
            if (blocks.get(i).block().kind().isBody()) {
                return blocks.get(i);
            }
        }
        return null;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D';
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A sentence or more: five words or more, starting a sentence or with a capital. */
    private static boolean isFull(String text, int open, String inner) {
        String[] words = inner.split("\\s+");
        if (words.length < MIN_FULL_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        if (capitalised * 10 >= words.length * 7) {
            return false; // Title Case: a sign, a slogan, the title of a work
        }
        int firstLetter = 0;
        while (firstLetter < inner.length() && !Character.isLetter(inner.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter < inner.length() && Character.isUpperCase(inner.charAt(firstLetter))) {
            return true;
        }
        String before = text.substring(0, open).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith(":");
    }

    private Quote attribute(Quote q, AnnotatedBlock ab, List<int[]> ranges, Map<Integer, List<Named>> byBlock,
                            AnnotatedBlock previous, List<Quote> earlier) {
        List<Sentence> sentences = ab.sentences();
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.end() > q.start() && s.start() < q.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return q;
        }
        String note = null;
        Speaker introduced = introducedBy(q, ab, sentences.get(first), byBlock);
        if (introduced != null) {
            return q.withSpeaker(introduced, null);
        }
        // 1. the quote's own sentences; 2. the sentence after, then before, in the paragraph
        int[][] order = {{first, last}, {last + 1, last + 1}, {first - 1, first - 1}};
        String[] how = {null, "adjacent sentence", "adjacent sentence"};
        for (int k = 0; k < order.length; k++) {
            for (int si = order[k][0]; si <= order[k][1]; si++) {
                if (si < 0 || si >= sentences.size()) {
                    continue;
                }
                Found f = speakerIn(sentences.get(si), ab, ranges, byBlock, q);
                if (f.speaker != null) {
                    Speaker s = how[k] == null ? f.speaker
                            : new Speaker(f.speaker.text(), f.speaker.person(), how[k]);
                    return q.withSpeaker(s, null);
                }
                if (f.note != null && note == null) {
                    note = f.note;
                }
            }
        }
        // 3. the sentence before names a person as its subject: "Schultze summed it up. “…”"
        if (first > 0) {
            Named subject = subjectOf(sentences.get(first - 1), ab, byBlock);
            if (subject == null) {
                Sentence prev = sentences.get(first - 1);
                String opening = prev.tokens().isEmpty() ? "" : prev.tokens().get(0).lower();
                if (Set.of("he", "she").contains(opening) || (prev.tokens().size() > 2
                        && Set.of("and", "but").contains(opening) && Set.of("he", "she").contains(prev.tokens().get(2).lower()))) {
                    subject = lastPersonBefore(byBlock, ab.block().index(), prev.start());
                }
            }
            if (subject != null && sentences.get(first).start() >= q.start() - 1) {
                return q.withSpeaker(new Speaker(subject.mention().text(), subject.person(), "adjacent sentence"), null);
            }
        }
        // 4. a block quote is introduced by the paragraph before it
        if (ab.block().kind() == dev.copydesk.article.BlockKind.BLOCKQUOTE && previous != null) {
            Named n = lastPersonBefore(byBlock, previous.block().index(), previous.normalized().length());
            if (n != null && n.mention().block().index() == previous.block().index()) {
                return q.withSpeaker(new Speaker(n.mention().text(), n.person(), "block quote"), null);
            }
        }
        // 5. a paragraph that opens with a quote, after one whose speaker is named: the same speaker,
        //    probably (the attribution check may still ask for it to be repeated)
        if (previous != null && !previous.sentences().isEmpty() && q.start() == firstNonSpace(ab.normalized())) {
            Sentence s = previous.sentences().get(previous.sentences().size() - 1);
            String t = previous.normalized().substring(s.start(), s.end()).strip();
            List<int[]> previousQuotes = QuoteSpans.of(previous.normalized());
            for (int si = previous.sentences().size() - 1; si >= 0; si--) {
                Found f = speakerIn(previous.sentences().get(si), previous, previousQuotes, byBlock, q);
                if (f.speaker != null) {
                    boolean colon = si == previous.sentences().size() - 1 && t.endsWith(":");
                    return q.withSpeaker(new Speaker(f.speaker.text(), f.speaker.person(),
                            colon ? "colon" : "previous paragraph"), null);
                }
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Quote e = earlier.get(i);
                if (e.block().index() != previous.block().index()) {
                    break;
                }
                if (e.speaker() != null && e.end() >= s.start()) {
                    return q.withSpeaker(new Speaker(e.speaker().text(), e.speaker().person(), "previous paragraph"), null);
                }
            }
        }
        return q.withSpeaker(null, note);
    }

    private record Found(Speaker speaker, String note) {
    }

    /**
     * A quote introduced in its own sentence: "Alverson summed it up: “…”", or "as if to say “…”".
     * The speaker is the person named before the colon or the verb.
     */
    private Speaker introducedBy(Quote q, AnnotatedBlock ab, Sentence s, Map<Integer, List<Named>> byBlock) {
        String before = ab.normalized().substring(s.start(), Math.max(s.start(), q.start())).stripTrailing();
        if (before.isEmpty()) {
            return null;
        }
        boolean colon = before.endsWith(":");
        String lastWord = before.replaceAll(".*\\s", "").replaceAll("[,:]$", "").toLowerCase(java.util.Locale.ROOT);
        if (!colon && !lex.isSpeechVerb(lastWord) && !lastWord.equals("say") && !lastWord.equals("words")) {
            return null;
        }
        Named who = null;
        for (Named n : byBlock.getOrDefault(ab.block().index(), List.of())) {
            if (n.mention().start() >= s.start() && n.mention().end() <= q.start()) {
                who = who == null ? n : who;
            }
        }
        if (who != null) {
            return new Speaker(who.mention().text(), who.person(), colon ? "colon" : "X said");
        }
        String lead = before.length() > 60 ? before.substring(before.length() - 60) : before;
        return new Speaker(lead.replaceFirst("^\\S*\\s", "").replaceAll("[,:]$", ""), null,
                colon ? "colon" : "verb before quote");
    }

    /** The person a sentence opens with, as its subject ("Charles Schultze, chairman of …, once summed up …"). */
    private static Named subjectOf(Sentence s, AnnotatedBlock ab, Map<Integer, List<Named>> byBlock) {
        for (Named n : byBlock.getOrDefault(ab.block().index(), List.of())) {
            int lead = n.mention().start() - s.start();
            if (lead >= 0 && lead <= 4 && n.mention().end() <= s.end()) {
                return n;
            }
        }
        return null;
    }

    /** The speaker named by a speech verb or "according to" in this sentence, outside quotation marks. */
    private Found speakerIn(Sentence s, AnnotatedBlock ab, List<int[]> ranges, Map<Integer, List<Named>> byBlock, Quote q) {
        List<Token> tokens = s.tokens();
        String note = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (inside(ranges, t.start())) {
                continue;
            }
            String w = t.lower();
            int[] np = null;
            String how = null;
            if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                np = forward(tokens, i + 2, ranges);
                how = "according to X";
            } else if (lex.isSpeechVerb(w) && !isNounUse(tokens, i) && !isPassiveHedge(tokens, i)) {
                np = backward(tokens, i - 1, ranges);
                how = "X said";
                if (np == null) {
                    np = forward(tokens, i + 1, ranges);
                    how = "said X";
                }
            }
            if (np == null) {
                continue;
            }
            Speaker sp = resolve(tokens, np, ab, byBlock, q, how);
            if (sp != null) {
                return new Found(sp, null);
            }
            String phrase = ab.block().text().substring(tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
            note = "'" + phrase + " " + t.text() + "' is near, but no person is named before '" + phrase + "'";
        }
        return new Found(null, note);
    }

    /** "the claims", "his remarks": the word used as a noun (the tagger is unreliable on "recalls", "says"). */
    private static boolean isNounUse(List<Token> tokens, int i) {
        if (!tokens.get(i).tag().startsWith("NOUN")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        String base = prev.tag().split("\\+")[0];
        return base.equals("DET") || base.equals("ADJ") || prev.text().endsWith("'s") || base.equals("ADP");
    }

    /** "is said to", "are alleged to": a hedge, not an attribution. */
    private static boolean isPassiveHedge(List<Token> tokens, int i) {
        return i > 0 && Set.of("is", "are", "was", "were", "be", "been").contains(tokens.get(i - 1).lower());
    }

    private Speaker resolve(List<Token> tokens, int[] np, AnnotatedBlock ab, Map<Integer, List<Named>> byBlock,
                            Quote q, String how) {
        int start = tokens.get(np[0]).start();
        int end = tokens.get(np[1] - 1).end();
        String phrase = ab.block().text().substring(start, end);
        for (Named n : byBlock.getOrDefault(ab.block().index(), List.of())) {
            if (n.mention().start() < end && n.mention().end() > start) {
                return new Speaker(n.mention().text(), n.person(), how);
            }
        }
        if (np[1] - np[0] == 1 && PRONOUNS.contains(tokens.get(np[0]).lower())) {
            Named antecedent = lastPersonBefore(byBlock, ab.block().index(), start);
            return antecedent == null ? null : new Speaker(phrase, antecedent.person(), "pronoun");
        }
        for (int k = np[0]; k < np[1]; k++) {
            String tag = tokens.get(k).tag();
            if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
                return new Speaker(phrase, null, how);
            }
        }
        return null;
    }

    private static Named lastPersonBefore(Map<Integer, List<Named>> byBlock, int blockIndex, int offset) {
        for (int b = blockIndex; b >= 0; b--) {
            Named best = null;
            for (Named n : byBlock.getOrDefault(b, List.of())) {
                if ((b < blockIndex || n.mention().start() < offset) && n.mention().block().kind().isBody()
                        && (best == null || n.mention().start() > best.mention().start())) {
                    best = n;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The noun phrase ending at {@code k}, read leftwards ("a Foreign Office statement", "Ayoubi", "he"). */
    private static int[] backward(List<Token> tokens, int k, List<int[]> ranges) {
        while (k >= 0 && tokens.get(k).tag().startsWith("ADV")) {
            k--; // "he also said", "Carney later said"
        }
        if (k >= 1 && tokens.get(k).text().equals(",") && !inside(ranges, tokens.get(k).start())
                && isNpToken(tokens.get(k - 1)) && !inside(ranges, tokens.get(k - 1).start())) {
            k--; // "her mother, Fiona, said": the name in apposition
        }
        int end = k + 1;
        while (k >= 0 && isNpToken(tokens.get(k)) && !inside(ranges, tokens.get(k).start())) {
            k--;
        }
        return k + 1 < end ? new int[]{k + 1, end} : null;
    }

    /** The noun phrase starting at {@code k} ("said Jay Carney, the White House spokesman"). */
    private static int[] forward(List<Token> tokens, int k, List<int[]> ranges) {
        int start = k;
        while (k < tokens.size() && isNpToken(tokens.get(k)) && !inside(ranges, tokens.get(k).start())) {
            k++;
        }
        return k > start ? new int[]{start, k} : null;
    }

    private static boolean isNpToken(Token t) {
        String base = t.tag().split("\\+")[0];
        return Set.of("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM").contains(base)
                || t.text().equals("-") || t.text().endsWith("'s") || t.text().equals("'s");
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }
}
