package dev.copydesk.facts.numbers;

import dev.copydesk.article.Block;
import dev.copydesk.facts.dates.DateKind;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Gender;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ages and years of birth the story gives people, at their mentions: "Smith, 45,",
 * "Smith (45)", "Smith, aged 45,", "the 45-year-old Smith", "Smith, a 45-year-old lawyer,",
 * "Smith, who is 45,", "Smith turned 46 on Friday", "Smith, who was born in 1979,". An age
 * belongs to the name it is written against, so "Smith, 45, and his son, Peter, 12," gives
 * Peter 12; "the 46-year-old" with no name is taken as the one person whose age the story gives.
 */
public final class AgeExtractor {
    private static final String AGE = "(\\d{1,3}|" + Numerals.WORDS + ")";
    private static final String YEAR_OLD = "[-\\s]years?[-\\s]old";

    /** Right after the name, in order of trust: the first that matches is taken. */
    private static final List<Form> AFTER = List.of(
            new Form(AgeForm.APPOSITIVE, Pattern.compile(",\\s*(\\d{1,3})(?=\\s*(?:,(?!\\d)|;|\\)|\\.(?:\\s|$)|$))")),
            new Form(AgeForm.PARENTHESES, Pattern.compile("\\s*\\((\\d{1,3})\\)")),
            new Form(AgeForm.AGED, Pattern.compile(",?\\s*(?:aged|age)\\s+(\\d{1,3})\\b(?!\\s*(?:%|percent|-|to\\b))")),
            new Form(AgeForm.YEAR_OLD, Pattern.compile("(?i),\\s*(?:a|an|the)\\s+" + AGE + YEAR_OLD + "\\b")),
            new Form(AgeForm.TURNED, Pattern.compile("(?i),?\\s*(?:who\\s+)?(?:turned|turns|will\\s+turn|is\\s+turning)\\s+"
                    + AGE + "\\b(?!\\s*(?:%|percent|degrees|points|times))")),
            new Form(AgeForm.TURNED, Pattern.compile("(?i)\\s+(?:celebrated|celebrates|marked|marks)\\s+(?:his|her|their)\\s+"
                    + "(\\d{1,3})(?:st|nd|rd|th)\\s+birthday")),
            new Form(AgeForm.PREDICATE, Pattern.compile("(?i),?\\s*(?:who\\s+)?(?:is|was)\\s+(?:now\\s+|just\\s+|only\\s+)?"
                    + AGE + "(?:" + YEAR_OLD + "|\\s+years\\s+of\\s+age)?(?=\\s*(?:[,.;)]|$)|\\s+(?:and|when|but)\\b)")));

    /** "45-year-old" right before the words that lead to the name ("the 45-year-old mayor, Tom Reed"). */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\d-])" + AGE + YEAR_OLD + "\\s+$");
    /** "the 46-year-old" standing for a person. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)\\bthe\\s+" + AGE + YEAR_OLD + "\\b(?!['’]s)");
    /** "a 46-year-old man": someone the story does not name. */
    private static final Pattern UNNAMED = Pattern.compile("(?i)\\b(?:a|an)\\s+" + AGE + YEAR_OLD + "\\b");
    /** "his son, 12," or "the driver (34)": an age given to someone the story may not name. */
    private static final Pattern BARE = Pattern.compile("(?<=\\p{L}),\\s*(\\d{1,3})\\s*(?=,)|(?<=\\p{L})\\s*\\((\\d{1,3})\\)");
    /** A birthday anywhere in a sentence: the change it explains belongs to the person the sentence is about. */
    private static final Pattern BIRTHDAY = Pattern.compile("(?i)\\b(?:he|she|who)\\s+(?:turned|turns|will\\s+turn|is\\s+turning)\\s+"
            + AGE + "\\b(?!\\s*(?:%|percent|degrees|points|times|to\\b))|\\b(?:his|her)\\s+(\\d{1,3})(?:st|nd|rd|th)\\s+birthday\\b");
    /** After the age: it was the person's age then, not now. */
    private static final Pattern THEN = Pattern.compile("(?i)^(?:" + YEAR_OLD + ")?\\s*,?\\s*(?:when|at\\s+the\\s+time|then"
            + "|in\\s+(?:19|20)\\d\\d)\\b");
    /** A score line's numbers ("Smith, 23, Jones 19 points"): a bare number after a name there is no age. */
    private static final Pattern STATS = Pattern.compile("(?i)\\b\\d+\\s+(points?|goals?|assists?|rebounds?|yards|runs|"
            + "saves|strokes|seconds|minutes|votes|seats|laps|shots|wickets|innings)\\b");

    /** After the name: "born in 1979", "who was born on March 3, 1979", "(born 1979)". */
    private static final Pattern BORN_AFTER = Pattern.compile("(?i)^(?:,?\\s*(?:who\\s+)?(?:was\\s+)?|\\s*\\()born\\b[^.;,()]{0,40}?$");
    private static final Pattern BORN_PRONOUN = Pattern.compile("(?i)(?:^|[.!?]\\s+|^[\"“]?)(he|she)\\s+was\\s+born\\b[^.;,]{0,40}?$");

    private record Form(AgeForm form, Pattern pattern) {
    }

    /** An age read at {@code [start, end)} of {@code block}. */
    private record Found(Person person, Mention mention, Block block, int start, int end, int years, AgeForm form,
                         boolean past) {
    }

    /** Every age at a person's mention, then the descriptions that stand for a person, in document order. */
    public List<Age> ages(AnnotatedArticle article, List<Person> people, List<Quote> quotes) {
        Map<Integer, AnnotatedBlock> blocks = byIndex(article);
        List<Found> found = new ArrayList<>();
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                AnnotatedBlock ab = blocks.get(m.block().index());
                if (ab != null) {
                    after(p, m, ab, found);
                    before(p, m, ab, found);
                }
            }
        }
        birthdays(article, people, found);
        descriptions(article, people, found);
        List<Age> out = new ArrayList<>();
        for (Found f : found) {
            out.add(new Age(f.person(), f.mention(), f.years(), f.block(), f.start(), f.end(), f.form(),
                    quoteAt(quotes, f.block(), f.start(), f.end()), f.past()));
        }
        out.sort(Comparator.<Age>comparingInt(a -> a.block().index()).thenComparingInt(Age::start));
        return dedupe(out);
    }

    private void after(Person p, Mention m, AnnotatedBlock ab, List<Found> out) {
        String text = ab.normalized();
        for (Form f : AFTER) {
            Matcher x = f.pattern().matcher(text);
            x.region(m.end(), text.length());
            if (!x.lookingAt()) {
                continue;
            }
            int years = years(x.group(1));
            boolean bare = f.form() == AgeForm.APPOSITIVE || f.form() == AgeForm.PARENTHESES;
            if (years < 0 || bare && statLine(ab, m.start())) {
                return;
            }
            boolean past = THEN.matcher(text.substring(x.end(1))).find();
            out.add(new Found(p, m, m.block(), x.start(1), x.end(1), years, f.form(), past && f.form() != AgeForm.TURNED));
            return;
        }
    }

    private void before(Person p, Mention m, AnnotatedBlock ab, List<Found> out) {
        String text = ab.normalized();
        Sentence s = sentenceAt(ab, m.start());
        if (s == null) {
            return;
        }
        // The words between the age and the name: title words and nouns, at most one comma, right before the name.
        List<Token> between = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.end() <= m.start()) {
                between.add(t);
            }
        }
        int k = between.size();
        int words = 0;
        while (k > 0 && words < 5) {
            Token t = between.get(k - 1);
            if (t.text().equalsIgnoreCase("old") || t.text().toLowerCase(Locale.ROOT).endsWith("-old")) {
                break;
            }
            boolean comma = t.text().equals(",");
            if (comma && k != between.size() || !comma && !nameLeading(t)) {
                return;
            }
            k--;
            words++;
        }
        if (k == 0) {
            return;
        }
        int ageEnd = between.get(k - 1).end();
        Matcher x = BEFORE.matcher(text);
        x.region(Math.max(s.start(), ageEnd - 40), Math.min(text.length(), ageEnd + 1));
        if (!x.find()) {
            return;
        }
        int years = years(x.group(1));
        if (years >= 0) {
            out.add(new Found(p, m, m.block(), x.start(1), x.end(1), years, AgeForm.YEAR_OLD, false));
        }
    }

    /** A word that may stand between an age and the name it belongs to: "mayor", "Springfield", "retired". */
    private static boolean nameLeading(Token t) {
        String tag = t.tag();
        if (t.text().endsWith("'s") || t.text().endsWith("’s")) {
            return false; // "the 45-year-old man's wife, Jane": the age is the man's
        }
        return tag.startsWith("NOUN") || tag.startsWith("ADJ") || tag.startsWith("PROPN") || tag.equals("NUM")
                && !t.text().matches("\\d+");
    }

    /** "turned 46", "his 46th birthday" away from a name: the person the sentence, or the one before it, is about. */
    private void birthdays(AnnotatedArticle article, List<Person> people, List<Found> out) {
        Set<String> taken = new HashSet<>();
        for (Found f : out) {
            taken.add(f.block().index() + ":" + f.start());
        }
        for (AnnotatedBlock ab : article.blocks()) {
            if (!containsIgnoreCase(ab.normalized(), "turn") && !containsIgnoreCase(ab.normalized(), "birthday")) {
                continue; // the pattern's words: most paragraphs have neither
            }
            Matcher x = BIRTHDAY.matcher(ab.normalized());
            while (x.find()) {
                int g = x.group(1) != null ? 1 : 2;
                int years = years(x.group(g));
                if (years < 0 || taken.contains(ab.block().index() + ":" + x.start(g))) {
                    continue;
                }
                Mention m = lastMentionBefore(people, ab.block(), x.start(), Gender.UNKNOWN);
                // the person the paragraph, or the one before it, is about: "their 19th birthday" pages later is no one's
                if (m != null && ab.block().index() - m.block().index() <= 1) {
                    out.add(new Found(personOf(people, m), m, ab.block(), x.start(g), x.end(g), years, AgeForm.TURNED, false));
                }
            }
        }
    }

    /**
     * "the 46-year-old" without a name: a person the story describes that way. When someone was given
     * that age (named or not, "a 46-year-old man", "his son, 12,"), it is them; else, when the story gives one person
     * an age, it is that person, which is what a reader takes it as.
     */
    private void descriptions(AnnotatedArticle article, List<Person> people, List<Found> out) {
        Set<Integer> stated = new HashSet<>();
        Set<Person> aged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> taken = new HashSet<>();
        for (Found f : out) {
            stated.add(f.years());
            taken.add(f.block().index() + ":" + f.start());
            if (f.form() != AgeForm.TURNED && !f.past()) {
                aged.add(f.person());
            }
        }
        if (aged.size() != 1) {
            return; // (the ages below matter only when the story gives one person an age)
        }
        for (AnnotatedBlock ab : article.blocks()) {
            Matcher u = UNNAMED.matcher(ab.normalized());
            while (u.find()) {
                stated.add(years(u.group(1)));
            }
            Matcher bare = BARE.matcher(ab.normalized());
            while (bare.find()) {
                stated.add(years(bare.group(bare.group(1) != null ? 1 : 2)));
            }
        }
        Person only = aged.iterator().next();
        List<Found> added = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            if (!ab.block().kind().isBody()) {
                continue;
            }
            if (!containsIgnoreCase(ab.normalized(), "year")) {
                continue; // "the 46-year-old" needs the word
            }
            Matcher x = DESCRIPTION.matcher(ab.normalized());
            while (x.find()) {
                int years = years(x.group(1));
                if (years < 0 || stated.contains(years) || taken.contains(ab.block().index() + ":" + x.start(1))
                        || startsName(people, ab.block(), x.end())) {
                    continue;
                }
                Mention before = lastMentionOf(only, ab.block(), x.start());
                if (before != null && firstAgeBefore(out, only, ab.block(), x.start())) {
                    added.add(new Found(only, before, ab.block(), x.start(1), x.end(1), years, AgeForm.DESCRIPTION, false));
                }
            }
        }
        out.addAll(added);
    }

    /** Whether {@code text} holds the lower-case ASCII {@code word} in any case, as a (?i) pattern finds it. */
    static boolean containsIgnoreCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A name follows the description within a few words: "the 46-year-old mayor, Tom Reed" (read at the name). */
    private static boolean startsName(List<Person> people, Block b, int from) {
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                if (m.block().index() == b.index() && m.start() >= from && m.start() - from < 40) {
                    String between = b.text().substring(from, m.start());
                    if (!between.matches("(?s).*[.;:!?].*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The person's age was stated before {@code at}: a description refers back, never forward. */
    private static boolean firstAgeBefore(List<Found> found, Person p, Block b, int at) {
        for (Found f : found) {
            if (f.person() == p && f.form() != AgeForm.TURNED && !f.past() && f.block().kind().isBody()
                    && (f.block().index() < b.index() || f.block().index() == b.index() && f.start() < at)) {
                return true;
            }
        }
        return false;
    }

    /** Years of birth written against a name, or in "He was born in 1979" after it. */
    public List<Birth> births(AnnotatedArticle article, List<Person> people, List<DateMention> dates) {
        List<Birth> out = new ArrayList<>();
        Map<Integer, AnnotatedBlock> blocks = byIndex(article);
        for (DateMention d : dates) {
            int year = yearOf(d);
            AnnotatedBlock ab = blocks.get(d.block().index());
            if (year < 0 || ab == null) {
                continue;
            }
            String lead = ab.normalized().substring(0, d.start());
            Mention m = mentionBefore(people, d.block(), lead);
            if (m == null) {
                Matcher pr = BORN_PRONOUN.matcher(lead);
                if (pr.find()) {
                    m = lastMentionBefore(people, d.block(), pr.start(1), Gender.ofPronoun(pr.group(1)));
                }
            }
            if (m != null) {
                LocalDate day = d.kind() == DateKind.DATE && d.value() != null && d.value().length() == 10 ? d.date() : null;
                out.add(new Birth(personOf(people, m), m, d, year, day));
            }
        }
        return out;
    }

    /** The mention right before "born …" that ends at {@code lead}'s end. */
    private static Mention mentionBefore(List<Person> people, Block b, String lead) {
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                if (m.block().index() == b.index() && m.end() <= lead.length()
                        && BORN_AFTER.matcher(lead.substring(m.end())).find()) {
                    return m;
                }
            }
        }
        return null;
    }

    private static int yearOf(DateMention d) {
        if (d.value() == null || d.yearInferred() || !d.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                || d.kind() == DateKind.RELATIVE) {
            return -1;
        }
        return Integer.parseInt(d.value().substring(0, 4));
    }

    /** The last mention before {@code at} (in the block, else in the blocks before), of a person the pronoun fits. */
    private static Mention lastMentionBefore(List<Person> people, Block b, int at, Gender g) {
        Mention best = null;
        for (Person p : people) {
            if (!p.gender().fits(g)) {
                continue;
            }
            for (Mention m : p.mentions()) {
                boolean earlier = m.block().index() < b.index() || m.block().index() == b.index() && m.end() <= at;
                if (earlier && m.block().kind().isAnalysed() && (best == null || later(m, best))) {
                    best = m;
                }
            }
        }
        return best;
    }

    private static Mention lastMentionOf(Person p, Block b, int at) {
        Mention best = null;
        for (Mention m : p.mentions()) {
            boolean earlier = m.block().index() < b.index() || m.block().index() == b.index() && m.end() <= at;
            if (earlier && (best == null || later(m, best))) {
                best = m;
            }
        }
        return best;
    }

    private static boolean later(Mention a, Mention b) {
        return a.block().index() != b.block().index() ? a.block().index() > b.block().index() : a.start() > b.start();
    }

    private static Person personOf(List<Person> people, Mention m) {
        for (Person p : people) {
            for (Mention x : p.mentions()) {
                if (x == m) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The sentence has the words of a score line ("Smith, 23 points"): the number is no age. */
    private static boolean statLine(AnnotatedBlock ab, int at) {
        Sentence s = sentenceAt(ab, at);
        return s != null && STATS.matcher(ab.normalized().substring(s.start(), s.end())).find();
    }

    private static Sentence sentenceAt(AnnotatedBlock ab, int at) {
        for (Sentence s : ab.sentences()) {
            if (s.start() <= at && at < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** The age in figures or words, or -1 when it is no plausible age. */
    private static int years(String text) {
        double v = Numerals.value(text);
        return Double.isNaN(v) || v < 1 || v > 120 || v != Math.rint(v) ? -1 : (int) v;
    }

    private static Quote quoteAt(List<Quote> quotes, Block b, int start, int end) {
        for (Quote q : quotes) {
            if (q.marked() && q.block().index() == b.index() && q.start() <= start && end <= q.end()) {
                return q;
            }
        }
        return null;
    }

    private static Map<Integer, AnnotatedBlock> byIndex(AnnotatedArticle article) {
        Map<Integer, AnnotatedBlock> m = new TreeMap<>();
        for (AnnotatedBlock ab : article.blocks()) {
            m.put(ab.block().index(), ab);
        }
        return m;
    }

    /** One age per place: a name's age read twice (at "Smith" and at "John Smith") is one statement. */
    private static List<Age> dedupe(List<Age> ages) {
        List<Age> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Age a : ages) {
            if (seen.add(a.block().index() + ":" + a.start())) {
                out.add(a);
            }
        }
        return out;
    }
}
