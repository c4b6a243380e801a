package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.BlockKind;
import dev.copydesk.article.Location;
import dev.copydesk.facts.BlockText;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.facts.quotes.Speaker;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same quote given twice with different words: "We will cut 500 jobs" in a pull quote and
 * "We will cut 400 jobs" in the body. Two passages are one quote when the shorter has at least
 * {@code minWords} words and {@code minShared} of its content words are in the other; then the
 * difference is reported word by word. A shorter passage that is a run of the longer one (a
 * headline quotes part of a sentence), an ellipsis or words in [brackets] are no difference.
 * In {@code scope: body} both quotes are in the story; in {@code scope: display} one is in the
 * headline, dek, a caption or a pull quote (a pull quote without quotation marks is compared
 * with the story's sentences too: it repeats the writer's words).
 * <p>
 * Rationale: a quotation is someone's exact words; two versions of it cannot both be exact.
 */
final class QuoteConsistencyCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("quote-consistency",
            "One quote given twice in other words, the difference word by word: two full quotes of one speaker in "
                    + "the story (scope body), or a quote in the headline, dek, a caption or a pull quote against the "
                    + "story (scope display).",
            Settings.class,
            List.of(MessageSpec.of("body", "one speaker's quote given twice in the story",
                            "quote", "firstQuote", "diff", "firstLine", "firstColumn").inMode("body"),
                    MessageSpec.of("display", "a quote in display type worded otherwise in the story",
                            "quote", "firstQuote", "diff", "firstLine", "firstColumn", "where").inMode("display")),
            QuoteConsistencyCheck::new);

    /** The parameters of {@code quote-consistency}. */
    record Settings(
            @Param(value = "body: quotes in the story against each other; display: display type against the story",
                    dflt = "body") Scope scope,
            @Param(value = "the shorter quote has at least this many words", dflt = "5") int minWords,
            @Param(value = "percent of the shorter quote's content words that are in the other", dflt = "60")
            int minSharedPercent) implements Modal {
        Settings {
            ParamException.require(minWords >= 2, "minWords", "must be at least 2");
            ParamException.require(minSharedPercent >= 1 && minSharedPercent <= 100, "minSharedPercent",
                    "must be 1 to 100");
        }

        @Override
        public Enum<?> mode() {
            return scope;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "it's", "this", "that",
            "these", "those", "we", "i", "you", "he", "she", "they", "our", "my", "your", "his", "her", "their", "us", "me",
            "them", "will", "would", "not", "no", "so", "do", "does", "did", "have", "has", "had", "there", "what", "which",
            "who", "if", "than", "then", "just", "all", "can", "could", "about", "up", "out", "very");

    private final Scope scope;
    private final int minWords;
    private final double minShared;

    private QuoteConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.scope = settings.scope();
        this.minWords = settings.minWords();
        this.minShared = settings.minSharedPercent() / 100.0;
    }

    /** A run of quoted words: a marked quote, or a pull quote without quotation marks. */
    private record Passage(Block block, List<Word> words, Speaker speaker, boolean marked) {
        int start() {
            return words.get(0).start();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }

        String text() {
            return block.text().substring(start(), end());
        }
    }

    /** A word of a passage: folded for comparing, with where it is; {@code loose} when an ellipsis or a bracket stands before it. */
    private record Word(String folded, int start, int end, boolean gapBefore, boolean bracketed) {
    }

    @Override
    public List<Finding> run(Facts facts) {
        List<Passage> body = new ArrayList<>();
        List<Passage> display = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            if (!q.marked() || !q.block().kind().isAnalysed()) {
                continue;
            }
            Passage p = passage(q.block(), q.start(), q.end(), q.speaker(), true);
            if (p == null || p.words().size() < minWords) {
                continue;
            }
            if (q.block().kind().isDisplay()) {
                display.add(p);
            } else if (scope == Scope.DISPLAY || q.full() && q.speaker() != null) {
                // two quotes in the story are compared only as sentences one speaker is said to have said:
                // a few quoted words inside the writer's sentence are often bent to fit it
                body.add(p);
            }
        }
        if (scope == Scope.BODY) {
            return repeatedInBody(facts.article(), body);
        }
        display.addAll(unmarkedDisplay(facts));
        return againstTheStory(facts.article(), display, body, storySentences(facts));
    }

    /** Each full quote of the story against those before it: reported at the first that words it otherwise. */
    private List<Finding> repeatedInBody(Article article, List<Passage> body) {
        List<Finding> out = new ArrayList<>();
        for (int j = 1; j < body.size(); j++) {
            for (int i = 0; i < j; i++) {
                Finding f = compare(article, body.get(j), body.get(i), "body");
                if (f != null) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Quotes in display type the quote marks do not give: words in single quotation marks in the
     * headline and dek, and a pull quote the extraction found no quote in (its attribution left out).
     */
    private List<Passage> unmarkedDisplay(Facts facts) {
        List<Passage> out = new ArrayList<>();
        for (BlockText bt : facts.texts()) {
            Block block = bt.block();
            if (block.kind() == BlockKind.HEADLINE || block.kind() == BlockKind.DEK) {
                out.addAll(singleQuoted(block));
            }
            if (block.kind() == BlockKind.PULLQUOTE && facts.quotes().stream().noneMatch(q -> q.block() == block)) {
                Passage p = passage(block, 0, attributionStart(block.text()), null, false);
                if (p != null && p.words().size() >= minWords) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The sentences of the story's paragraphs and block quotes, as passages: what a pull quote repeats. */
    private static List<Passage> storySentences(Facts facts) {
        List<Passage> out = new ArrayList<>();
        for (BlockText bt : facts.texts()) {
            if (!bt.block().kind().isBody()) {
                continue;
            }
            for (BlockText.SentenceSpan s : bt.sentences()) {
                Passage p = passage(bt.block(), s.start(), s.end(), null, false);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Each quote in display type against the story's quotes, and one without quote marks against its sentences too. */
    private List<Finding> againstTheStory(Article article, List<Passage> display, List<Passage> quotes,
                                          List<Passage> sentences) {
        List<Finding> out = new ArrayList<>();
        for (Passage d : display) {
            List<Passage> against = new ArrayList<>(quotes);
            if (!d.marked()) {
                against.addAll(sentences);
            }
            Finding f = misquoted(article, d, against);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The display passage against the first passage of the story that words it otherwise; null when
     * none does, or when the story has it word for word anywhere.
     */
    private Finding misquoted(Article article, Passage d, List<Passage> against) {
        Finding first = null;
        for (Passage b : against) {
            if (same(d, b) && exact(d, b)) {
                return null;
            }
            if (first == null) {
                first = compare(article, d, b, "display");
            }
        }
        return first;
    }

    /** Headline style quotes in single marks: "Obama admits gun laws are his 'biggest frustration'". */
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\p{N}])['‘]([\\p{L}\\p{N}][^'‘’]*?)['’](?![\\p{L}\\p{N}])");

    private List<Passage> singleQuoted(Block b) {
        List<Passage> out = new ArrayList<>();
        Matcher m = SINGLE.matcher(b.text());
        while (m.find()) {
            Passage p = passage(b, m.start(1), m.end(1), null, true);
            if (p != null && p.words().size() >= minWords) {
                out.add(p);
            }
        }
        return out;
    }

    /** Where "— Tom Reed" or ", Reed said" ends an unmarked pull quote: those words are no part of it. */
    private static int attributionStart(String text) {
        Matcher m = Pattern.compile("\\s*(?:[—–]|--)\\s*[^—–]{1,80}$").matcher(text);
        return m.find() && m.start() > 0 ? m.start() : text.length();
    }

    private static Passage passage(Block b, int from, int to, Speaker speaker, boolean marked) {
        List<Word> words = new ArrayList<>();
        String text = b.text();
        Matcher m = WORD.matcher(text);
        m.region(from, Math.min(to, text.length()));
        int last = from;
        int depth = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            depth += count(between, '[') - count(between, ']');
            boolean gap = between.contains("...") || between.contains("…") || between.contains("[") || between.contains("]");
            words.add(new Word(fold(m.group()), m.start(), m.end(), gap, depth > 0));
            last = m.end();
        }
        return words.isEmpty() ? null : new Passage(b, words, speaker, marked);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String fold(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** One quote, by its content words, from one speaker (or one passage without a speaker). */
    private boolean same(Passage a, Passage b) {
        if (scope == Scope.BODY && (a.speaker() == null || b.speaker() == null)
                || a.speaker() != null && b.speaker() != null && !sameSpeaker(a.speaker(), b.speaker())) {
            return false;
        }
        Passage shorter = a.words().size() <= b.words().size() ? a : b;
        Passage longer = shorter == a ? b : a;
        if (shorter.words().size() < minWords) {
            return false;
        }
        Set<String> sc = content(shorter);
        Set<String> lc = content(longer);
        if (sc.size() < 2) {
            return false;
        }
        int shared = 0;
        for (String w : sc) {
            if (lc.contains(w)) {
                shared++;
            }
        }
        return shared >= 2 && shared >= minShared * sc.size();
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        if (a.person() != null && b.person() != null) {
            return a.person() == b.person();
        }
        return a.name().equalsIgnoreCase(b.name());
    }

    private static Set<String> content(Passage p) {
        Set<String> out = new HashSet<>();
        for (Word w : p.words()) {
            if (!STOP.contains(w.folded())) {
                out.add(w.folded());
            }
        }
        return out;
    }

    /** The shorter passage's words are a run of the longer's, word for word. */
    private static boolean exact(Passage a, Passage b) {
        return diff(a, b).isEmpty();
    }

    /**
     * Compares {@code here} (reported) with {@code there}; a finding when they are one quote in two
     * wordings, else null.
     */
    private Finding compare(Article article, Passage here, Passage there, String messageId) {
        if (!same(here, there)) {
            return null;
        }
        List<Gap> gaps = diff(here, there);
        if (gaps.isEmpty()) {
            return null;
        }
        int changed = 0;
        int shorter = Math.min(here.words().size(), there.words().size());
        int unmatched = 0;
        for (Gap g : gaps) {
            changed += Math.max(g.hereTo() - g.hereFrom(), g.thereTo() - g.thereFrom());
            unmatched += here.words().size() <= there.words().size() ? g.hereTo() - g.hereFrom() : g.thereTo() - g.thereFrom();
        }
        if (changed > 0.4 * shorter || shorter - unmatched < 0.8 * shorter) {
            return null; // more different than alike: two quotes on one theme, not one quote misquoted
        }
        List<String> parts = new ArrayList<>();
        for (Gap g : gaps) {
            parts.add(describe(here, there, g));
        }
        int[] span = span(here, gaps);
        Location tl = article.locate(there.block(), there.start(), there.end());
        Map<String, Object> values = new HashMap<>();
        values.put("quote", here.text());
        values.put("firstQuote", there.text());
        values.put("diff", String.join("; ", parts));
        values.put("firstLine", tl.line());
        values.put("firstColumn", tl.column());
        if (messageId.equals("display")) {
            values.put("where", place(here.block().kind()));
        }
        Related rel = related(article, there.block(), there.start(), there.end(), "the same quote in these words");
        return finding(article, here.block(), span[0], span[1], messageId, values, null, List.of(rel));
    }

    /** A difference: words {@code [hereFrom, hereTo)} of one passage stand where {@code [thereFrom, thereTo)} of the other do. */
    private record Gap(int hereFrom, int hereTo, int thereFrom, int thereTo) {
    }

    /**
     * The differences between two passages, aligned by their longest common run of words. Words of
     * the longer passage before the first and after the last shared word are not differences (a
     * quote cut short), nor are gaps an ellipsis or a bracket stands in.
     */
    private static List<Gap> diff(Passage here, Passage there) {
        List<Word> a = here.words();
        List<Word> b = there.words();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).folded().equals(b.get(j).folded()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).folded().equals(b.get(j).folded())) {
                pairs.add(new int[]{i, j});
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        List<Gap> gaps = new ArrayList<>();
        if (pairs.isEmpty()) {
            return List.of(new Gap(0, a.size(), 0, b.size()));
        }
        boolean hereShorter = a.size() <= b.size();
        int[] first = pairs.get(0);
        int[] last = pairs.get(pairs.size() - 1);
        // Before the first shared word: the longer passage's extra words are the quote cut short.
        int hereLead = hereShorter ? 0 : first[0];
        int thereLead = hereShorter ? first[1] : 0;
        boolean edges = here.marked() && there.marked(); // a pull quote of the writer's words may recast its first and last words
        if (edges && (first[0] - hereLead > 0 || first[1] - thereLead > 0)) {
            add(gaps, a, b, hereLead, first[0], thereLead, first[1]);
        }
        for (int k = 1; k < pairs.size(); k++) {
            int[] p = pairs.get(k - 1);
            int[] q = pairs.get(k);
            if (q[0] - p[0] > 1 || q[1] - p[1] > 1) {
                add(gaps, a, b, p[0] + 1, q[0], p[1] + 1, q[1]);
            }
        }
        int hereTail = hereShorter ? a.size() : last[0] + 1;
        int thereTail = hereShorter ? last[1] + 1 : b.size();
        if (edges && (hereTail - (last[0] + 1) > 0 || thereTail - (last[1] + 1) > 0)) {
            add(gaps, a, b, last[0] + 1, hereTail, last[1] + 1, thereTail);
        }
        return gaps;
    }

    /** Adds a gap unless an ellipsis or brackets account for it. */
    private static void add(List<Gap> gaps, List<Word> a, List<Word> b, int af, int at, int bf, int bt) {
        if (excused(a, af, at) && at == af || excused(b, bf, bt) && bt == bf || allBracketed(a, af, at)
                || allBracketed(b, bf, bt)) {
            return;
        }
        if (at == af && elided(a, af) || bt == bf && elided(b, bf)) {
            return; // "We will … rebuild": the words left out are marked as left out
        }
        gaps.add(new Gap(af, at, bf, bt));
    }

    private static boolean excused(List<Word> w, int from, int to) {
        return from < w.size() && w.get(from).gapBefore() && to == from;
    }

    private static boolean elided(List<Word> w, int at) {
        return at < w.size() && w.get(at).gapBefore();
    }

    private static boolean allBracketed(List<Word> w, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!w.get(i).bracketed()) {
                return false;
            }
        }
        return true;
    }

    /** "'slash' here, 'cut' there", "'the' left out here", "'very' added here". */
    private static String describe(Passage here, Passage there, Gap g) {
        String h = words(here, g.hereFrom(), g.hereTo());
        String t = words(there, g.thereFrom(), g.thereTo());
        if (h.isEmpty()) {
            return "'" + t + "' left out";
        }
        if (t.isEmpty()) {
            return "'" + h + "' added";
        }
        return "'" + h + "' for '" + t + "'";
    }

    private static String words(Passage p, int from, int to) {
        if (to <= from) {
            return "";
        }
        return p.block().text().substring(p.words().get(from).start(), p.words().get(to - 1).end());
    }

    /** Where the differences are in the reported passage: its differing words, or the word after a gap. */
    private static int[] span(Passage here, List<Gap> gaps) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        List<Word> w = here.words();
        for (Gap g : gaps) {
            int from = Math.min(g.hereFrom(), w.size() - 1);
            int to = g.hereTo() > g.hereFrom() ? g.hereTo() - 1 : Math.min(g.hereFrom(), w.size() - 1);
            start = Math.min(start, w.get(from).start());
            end = Math.max(end, w.get(to).end());
        }
        return new int[]{start, end};
    }
}
