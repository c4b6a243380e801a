package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.MentionForm;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.people.Spellings;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person's name spelled two ways (Gettleman/Gettelman, al-Assad/al-Asad, Khaled/Khalid).
 * The spelling that comes with a full name (unless a surname spelt the other way outvotes it),
 * then the one used more often, then the first, is taken as established; every mention of the other spelling is reported with it as the suggestion.
 * <p>
 * Rationale: surnames within one edit of each other, starting with the same letter, in the same
 * story, are almost always a typo; two people who share a surname but not a given name are not.
 */
final class NameConsistencyCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("name-consistency",
            "A surname (or given name) spelled two ways in one story; suggests the established spelling: the one "
                    + "written with a full name (unless the surname is spelt the other way three times, or twice "
                    + "before it), then the one used more often.",
            Settings.class,
            List.of(MessageSpec.of("variant", "a mention spelled differently from the established spelling",
                    "variant", "established", "name", "count", "firstLine", "firstColumn", "where")),
            NameConsistencyCheck::new);

    /**
     * The parameters of {@code name-consistency}.
     */
    record Settings(
            @Param(value = "surnames shorter than this are not compared (Li, Lu, Kim are too often different people)",
                    dflt = "4") int minLength,
            @Param(value = "edits allowed between two spellings of one surname", dflt = "1") int maxDistance,
            @Param(value = "from this length on, longNameMaxDistance edits are allowed", dflt = "9") int longNameLength,
            @Param(value = "edits allowed between two spellings of a long surname", dflt = "2") int longNameMaxDistance,
            @Param(value = "also compare given names: of people who share a surname (Khaled / Khalid al-Ayoubi), and a given name the story uses alone (Eloise / Eliose)",
                    dflt = "true") boolean givenNames,
            @Param(value = "which misspellings to report: all, those in the story (body), or those in the headline, "
                    + "dek, captions and pull quotes against the story's spelling (display)", dflt = "all")
            Where variantsIn) {
        Settings {
            ParamException.require(minLength >= 1, "minLength", "must be at least 1");
            ParamException.require(maxDistance >= 0, "maxDistance", "must be 0 or more");
            ParamException.require(longNameMaxDistance >= 0, "longNameMaxDistance", "must be 0 or more");
        }
    }

    /** Which misspelt mentions a rule reports: all, those in the story, or those in display type. */
    enum Where { ALL, BODY, DISPLAY }

    private final Settings settings;
    private final dev.copydesk.facts.lexicon.Lexicons lexicons;

    private NameConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.settings = settings;
        this.lexicons = context.lexicons();
    }

    /** Whether a misspelt mention in this block is this rule's to report. */
    private boolean reports(Mention m) {
        boolean display = m.block().kind().isDisplay();
        return settings.variantsIn() == Where.ALL || (settings.variantsIn() == Where.DISPLAY) == display;
    }

    @Override
    public List<Finding> run(Facts facts) {
        Spelt spelt = spellings(facts);
        List<Finding> out = new ArrayList<>();
        if (settings.givenNames()) {
            out.addAll(givenNameVariants(facts, spelt.loose()));
        }
        for (List<Mention> spelling : spelt.all()) {
            spelling.sort(java.util.Comparator.comparingInt((Mention m) -> m.block().index()).thenComparingInt(Mention::start));
        }
        out.addAll(surnameVariants(facts.article(), spelt));
        return out;
    }

    /**
     * The story's surname spellings, each a list of mentions.
     *
     * @param all     every spelling: one per surname a person is written with, then those of lone surnames
     *                no person has
     * @param persons the spellings of confirmed people, which alone can be established
     * @param loose   the spellings of lone surnames no person has
     */
    private record Spelt(List<List<Mention>> all, Set<List<Mention>> persons, java.util.Collection<List<Mention>> loose) {
    }

    /** A surname's key, told apart when the particle is joined to it: "DeBlasio" and "de Blasio" are two spellings. */
    private static String spelling(Mention m) {
        String last = m.surname().substring(m.surname().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.indexOf('-') < 0 && !last.equals(m.surnameKey()) && last.endsWith(m.surnameKey())
                ? m.surnameKey() + "+" : m.surnameKey();
    }

    /**
     * One list per spelling: a person the extraction grouped with a misspelt surname ("Petrenkov"
     * for Mikhail Petrenko) has two spellings to compare, like two people. A lone surname the
     * extraction left unattached counts for a person's spelling it matches, else for a loose one.
     */
    private static Spelt spellings(Facts facts) {
        List<List<Mention>> all = new ArrayList<>();
        Set<List<Mention>> persons = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Person p : facts.people()) {
            Map<String, List<Mention>> spellings = new LinkedHashMap<>();
            for (Mention m : p.mentions()) {
                if (m.form() != MentionForm.GIVEN) {
                    spellings.computeIfAbsent(spelling(m), k -> new ArrayList<>()).add(m);
                }
            }
            all.addAll(spellings.values());
            if (p.confirmed()) {
                persons.addAll(spellings.values());
            }
        }
        Map<String, List<Mention>> bySpelling = new LinkedHashMap<>();
        for (List<Mention> spelling : all) {
            bySpelling.putIfAbsent(spelling(spelling.get(0)), spelling);
        }
        Map<String, List<Mention>> loose = new LinkedHashMap<>();
        for (Mention m : facts.unattached()) {
            List<Mention> same = bySpelling.get(spelling(m));
            if (same != null) {
                same.add(m);
            } else {
                loose.computeIfAbsent(spelling(m), k -> new ArrayList<>()).add(m);
            }
        }
        all.addAll(loose.values());
        return new Spelt(all, persons, loose.values());
    }

    /**
     * Pairs of spellings close enough to be one surname, the established one a person's: every
     * mention of the other is reported, and a spelling reported once is compared no further.
     */
    private List<Finding> surnameVariants(Article article, Spelt spelt) {
        List<List<Mention>> all = spelt.all();
        List<Finding> out = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        SpellingBuckets buckets = new SpellingBuckets(all, Math.max(settings.maxDistance(), settings.longNameMaxDistance()));
        for (int i = 0; i < all.size(); i++) {
            for (int j : buckets.near(i)) {
                if (i == j || reported.contains(j) || reported.contains(i)) {
                    continue;
                }
                List<Mention> a = all.get(i);
                List<Mention> b = all.get(j);
                // The established spelling is a person's: two loose capitalised words ("Polynesia",
                // "Founded") are no names to misspell.
                if (!(spelt.persons().contains(a) || oftenWrittenAlone(spelt, a, b)) || !established(a, b)) {
                    continue;
                }
                List<Finding> f = compare(article, a, b);
                if (!f.isEmpty()) {
                    out.addAll(f);
                    reported.add(j);
                }
            }
        }
        return out;
    }

    /**
     * "Pujara" three times and "Pujera" once, in a story that never gives his full name (sports copy calls
     * famous players by surname alone): a surname written alone three times or more, against one written
     * once, both six letters or more, is a person's spelling to compare with.
     */
    private static boolean oftenWrittenAlone(Spelt spelt, List<Mention> a, List<Mention> b) {
        return spelt.loose().contains(a) && spelt.loose().contains(b) && a.size() >= 3 && b.size() == 1
                && a.get(0).surnameKey().length() >= 6 && b.get(0).surnameKey().length() >= 6 && !compound(b.get(0))
                && !opensSentence(b.get(0));
    }

    /** "Modern vaccines are cheaper" beside Moderna: a capital that only opens a sentence says no name. */
    private static boolean opensSentence(Mention m) {
        String before = m.block().text().substring(0, m.start()).stripTrailing();
        return before.isEmpty() || ".!?\"“”:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** "Kwanza-reform": a word made up on a name, not the name. */
    private static boolean compound(Mention m) {
        String text = m.block().text();
        return m.text().contains("-") || m.end() < text.length() && text.charAt(m.end()) == '-';
    }

    /**
     * "Eloise Parry … Eloise … Eliose": a story that calls someone by their given name can
     * misspell it. A capitalised word nobody else owns, one edit from the given name of a person
     * the story calls by that name alone, and itself no given name (Elise, Mark), is reported.
     */
    private List<Finding> givenNameVariants(Facts facts, java.util.Collection<List<Mention>> loose) {
        List<Finding> out = new ArrayList<>();
        Set<List<Mention>> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Person p : facts.people()) {
            List<Mention> byGiven = new ArrayList<>();
            String given = null;
            for (Mention m : p.mentions()) {
                if (m.form() == MentionForm.FULL && m.given() != null && given == null) {
                    given = m.given().split(" ")[0];
                    byGiven.add(m);
                } else if (m.form() == MentionForm.GIVEN) {
                    byGiven.add(m);
                }
            }
            if (given == null || byGiven.size() < 2 || !p.confirmed()) {
                continue; // the story never calls them by the given name alone
            }
            String fg = Spellings.fold(given);
            for (List<Mention> spelling : loose) {
                Mention v = spelling.get(0);
                if (v.parts().size() != 1 || reported.contains(spelling)) {
                    continue;
                }
                String word = v.parts().get(0);
                String fv = Spellings.fold(word);
                if (fg.length() >= 5 && fv.length() >= 4 && fg.charAt(0) == fv.charAt(0) && !fg.equals(fv)
                        && Spellings.distance(fg, fv) == 1 && !derived(fg, fv) && !derived(fv, fg)
                        && !lexicons.isGivenName(word)) {
                    out.addAll(report(facts.article(), byGiven, spelling, given, word));
                    reported.add(spelling); // one report, even when two people share the given name
                }
            }
        }
        return out;
    }

    /**
     * The spellings that {@link #compare} can find close to one another: their folded surnames
     * start with the same letter and differ in length by at most the edit limit (equal ones
     * included). Comparing only these keeps a list of thousands of names from being compared
     * pair by pair, with the same findings in the same order.
     */
    private static final class SpellingBuckets {
        private final Map<String, List<Integer>> byInitialAndLength = new java.util.HashMap<>();
        private final String[] folded;
        private final int limit;

        SpellingBuckets(List<List<Mention>> spellings, int limit) {
            this.limit = Math.max(0, limit);
            folded = new String[spellings.size()];
            for (int i = 0; i < spellings.size(); i++) {
                folded[i] = Spellings.fold(fullest(spellings.get(i)).surnameKey());
                byInitialAndLength.computeIfAbsent(bucket(folded[i], folded[i].length()), k -> new ArrayList<>()).add(i);
            }
        }

        /** The indices that may pair with {@code i}, in increasing order. */
        List<Integer> near(int i) {
            List<Integer> out = new ArrayList<>();
            int length = folded[i].length();
            for (int n = Math.max(0, length - limit); n <= length + limit; n++) {
                out.addAll(byInitialAndLength.getOrDefault(bucket(folded[i], n), List.of()));
            }
            out.sort(null);
            return out;
        }

        private static String bucket(String folded, int length) {
            return (folded.isEmpty() ? "" : folded.substring(0, 1)) + "/" + length;
        }
    }

    /** True when spelling {@code a} is the established one relative to {@code b}. */
    private static boolean established(List<Mention> a, List<Mention> b) {
        boolean fullA = a.stream().anyMatch(m -> givenOf(m) != null);
        boolean fullB = b.stream().anyMatch(m -> givenOf(m) != null);
        if (fullA != fullB) {
            // the spelling the person was introduced with wins over a lone surname, unless the
            // story spells the surname the other way three times or more and the full name once,
            // or twice and before the full name: then the full name is the odd one out
            List<Mention> full = fullA ? a : b;
            List<Mention> other = fullA ? b : a;
            boolean outvoted = full.size() == 1 && (other.size() >= 3 || other.size() == 2 && before(other.get(0), full.get(0)));
            return fullA != outvoted;
        }
        if (a.size() != b.size()) {
            return a.size() > b.size();
        }
        Mention fa = a.get(0);
        Mention fb = b.get(0);
        return fa.block().index() != fb.block().index() ? fa.block().index() < fb.block().index() : fa.start() < fb.start();
    }

    private List<Finding> compare(Article article, List<Mention> established, List<Mention> variant) {
        Mention e = fullest(established);
        Mention v = fullest(variant);
        String ek = e.surnameKey();
        String vk = v.surnameKey();
        if (!e.surname().equals(v.surname()) && sameSurnameJoined(e.surname(), v.surname()) && givenFits(established, givenOf(v))) {
            return report(article, established, variant, e.surname(), v.surname()); // "de Blasio" / "DeBlasio", not "Blasio"
        }
        if (!ek.equals(vk)) {
            if (!similar(ek, vk, namedPerson(e), oneSomeone(v)) || !givenFits(established, givenOf(v))) {
                return List.of();
            }
            return report(article, established, variant, surfaceKey(e), surfaceKey(v));
        }
        // Same surname, given names split them into two people: a misspelt given name, or two relatives?
        if (!settings.givenNames() || givenOf(e) == null || givenOf(v) == null) {
            return List.of();
        }
        String[] egs = givenOf(e).split(" ");
        String[] vgs = givenOf(v).split(" ");
        String eg = egs[0];
        String vg = vgs[0];
        if (egs.length > 1 && vgs.length == 1 && !eg.equals(vg) && !lexicons.isGivenName(vg)) {
            eg = egs[egs.length - 1]; // "Joel Eriksson Ek" and "Erikson Ek": the first of two surnames, misspelt ("Maria Lopez" is someone else)
        }
        String fe = Spellings.fold(eg);
        String fv = Spellings.fold(vg);
        boolean accentOnly = fe.equals(fv) && !eg.equals(vg);
        boolean typo = Math.min(fe.length(), fv.length()) >= 5 && Spellings.distance(fe, fv) == 1
                && fe.charAt(0) == fv.charAt(0);
        // Catherine / Katherine, Stephen / Steven: one given name spelled two ways, not two relatives
        boolean soundsAlike = Math.min(fe.length(), fv.length()) >= 3 && Spellings.soundKey(eg).equals(Spellings.soundKey(vg));
        if (!accentOnly && !typo && !soundsAlike) {
            return List.of();
        }
        return report(article, established, variant, eg, vg);
    }

    /**
     * "Mr. Landers", "Brad Landers": a courtesy title or a given name makes the name one person's, never a
     * family's; so does a speech verb before it ("writes Beyers"), a singular one after it ("Beyers says"), or any
     * after a spelling that is no plural ("Vindmann said"). "Walgreens is" stays a company named for its founder.
     */
    private boolean oneSomeone(Mention m) {
        return m.form() == MentionForm.HONORIFIC_SURNAME || givenOf(m) != null || saidOfOne(m);
    }

    private boolean saidOfOne(Mention m) {
        String text = m.block().text();
        java.util.regex.Matcher before = WORD_BEFORE.matcher(text.substring(0, m.start()));
        if (before.find() && lexicons.isSpeechVerb(before.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        java.util.regex.Matcher after = WORD_AFTER.matcher(text.substring(m.end()));
        if (!after.lookingAt()) {
            return false;
        }
        String w = after.group(1).toLowerCase(Locale.ROOT);
        // "Beyers says" is one person; "Clintons said" may be a family, "Vindmann said" is not
        return lexicons.isSpeechVerb(w) && (w.endsWith("s") || !m.text().endsWith("s"));
    }

    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\s+$");
    private static final java.util.regex.Pattern WORD_AFTER = java.util.regex.Pattern.compile("\\s+(\\p{L}+)");

    /** "Mike Glass", "Mr. Glass": a common given name or a courtesy title; "Omega Metroids" is no one's name. */
    private boolean namedPerson(Mention m) {
        return m.form() == MentionForm.HONORIFIC_SURNAME
                || givenOf(m) != null && lexicons.isCommonGivenName(givenOf(m).split(" ")[0].replace(".", ""));
    }

    /**
     * Whether surname keys {@code a} (established) and {@code b} (variant) are one name misspelt. {@code aSomeone}:
     * the established spelling was written with a common given name or a courtesy title ({@link #namedPerson});
     * {@code bSomeone}: the variant with any given name or a courtesy title ({@link #oneSomeone}). A spelling that
     * is the other's plural ("the Clintons") is a family unless the longer one is someone's.
     */
    private boolean similar(String a, String b, boolean aSomeone, boolean bSomeone) {
        String fa = Spellings.fold(a);
        String fb = Spellings.fold(b);
        if (fa.equals(fb)) {
            return true; // accents only: José / Jose
        }
        int shortest = Math.min(fa.length(), fb.length());
        if (shortest < settings.minLength() || fa.charAt(0) != fb.charAt(0)) {
            return false;
        }
        if (derived(fa, fb) && !bSomeone || derived(fb, fa) && !aSomeone) {
            return false; // "the Clintons" is a family, "Polynesian" a word made from "Polynesia"; "Mike Glass" is one man
        }
        int limit = shortest >= settings.longNameLength() ? settings.longNameMaxDistance() : settings.maxDistance();
        return Spellings.distance(fa, fb) <= limit || Spellings.spoken(fa).equals(Spellings.spoken(fb));
    }

    /**
     * One surname with its particle written apart in one spelling and joined in the other: the same
     * letters once the space goes, a joinable particle, and a capital after it in the joined one
     * ("DeBlasio"), so that "Alford" is never "al Ford".
     */
    private static boolean sameSurnameJoined(String a, String b) {
        String apart = a.contains(" ") ? a : b;
        String joined = apart == a ? b : a;
        int space = apart.indexOf(' ');
        if (space < 0 || joined.contains(" ") || !apart.replace(" ", "").equalsIgnoreCase(joined)) {
            return false;
        }
        String particle = apart.substring(0, space).toLowerCase(Locale.ROOT);
        return Spellings.JOINABLE_PARTICLES.contains(particle) && joined.length() > space
                && Character.isUpperCase(joined.charAt(space));
    }

    /** {@code longer} is {@code base} with an ending that makes another word: plural, demonym, -ism/-ist. */
    private static boolean derived(String base, String longer) {
        if (!longer.startsWith(base.substring(0, Math.max(0, base.length() - 1)))) {
            return false;
        }
        for (String ending : new String[]{"s", "es", "n", "an", "ian", "ese", "ism", "ist", "ists", "ite", "ites"}) {
            if (longer.equals(base + ending) || base.endsWith("a") && longer.equals(base + "n")
                    || base.endsWith("m") && longer.equals(base.substring(0, base.length() - 1) + "t")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The variant's given name fits one the established spelling is written with ("Forrest Joens" for Michael
     * Forrest Jones, whom the story also calls Forrest Jones); no given name on either side fits anything.
     */
    private static boolean givenFits(List<Mention> established, String given) {
        List<String> givens = established.stream().map(NameConsistencyCheck::givenOf).filter(g -> g != null).toList();
        return givens.isEmpty() || givens.stream().anyMatch(g -> givenCompatible(g, given));
    }

    private static boolean givenCompatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String fa = Spellings.fold(a.split(" ")[0]);
        String fb = Spellings.fold(b.split(" ")[0]);
        return fa.equals(fb) || (fa.length() <= 2 || fb.length() <= 2) && fa.charAt(0) == fb.charAt(0);
    }

    private List<Finding> report(Article article, List<Mention> established, List<Mention> variant,
                                 String right, String wrong) {
        Mention first = established.get(0);
        if (settings.variantsIn() == Where.DISPLAY) {
            // against the story: the spelling the body uses
            first = established.stream().filter(m -> !m.block().kind().isDisplay()).findFirst().orElse(null);
            if (first == null) {
                return List.of();
            }
        }
        Mention named = fullest(established);
        List<Finding> out = new ArrayList<>();
        for (Mention m : variant) {
            int at = m.text().indexOf(wrong);
            if (at < 0 || !reports(m)) {
                continue;
            }
            Map<String, Object> values = Map.of("variant", wrong, "established", right, "name", named.text(),
                    "count", established.size(), "firstLine", where(article, first).line(),
                    "firstColumn", where(article, first).column(), "where", place(m.block().kind()));
            Related rel = related(article, first.block(), first.start(), first.end(),
                    "spelled '" + right + "' here and in " + (established.size() - 1) + " other mention(s)");
            out.add(finding(article, m.block(), m.start() + at, m.start() + at + wrong.length(), "variant", values,
                    right, List.of(rel)));
        }
        return out;
    }

    private static boolean before(Mention a, Mention b) {
        return a.block().index() != b.block().index() ? a.block().index() < b.block().index() : a.start() < b.start();
    }

    /** The given name written at this mention: none for a lone surname, even one that is also a given name ("Claude"). */
    private static String givenOf(Mention m) {
        return m.form() == MentionForm.FULL ? m.given() : null;
    }

    private static Mention fullest(List<Mention> mentions) {
        Mention best = mentions.get(0);
        for (Mention m : mentions) {
            if (m.parts().size() > best.parts().size()) {
                best = m;
            }
        }
        return best;
    }

    /** The surname as written without its particle: "Assad" for "al-Assad". */
    private static String surfaceKey(Mention m) {
        String s = m.surname();
        String[] words = s.split(" ");
        String last = words[words.length - 1];
        int cut = last.length() - m.surnameKey().length();
        return cut > 0 && cut <= last.length() ? last.substring(cut) : last;
    }
}
