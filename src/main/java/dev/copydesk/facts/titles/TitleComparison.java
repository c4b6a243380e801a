package dev.copydesk.facts.titles;

import dev.copydesk.facts.lexicon.Lexicon;
import dev.copydesk.facts.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two titles of one person contradict each other: two different offices (Defense
 * Secretary / Secretary of State), one office with a different scope (ambassador to Iraq / to
 * Iran), "former" dropped or added, or professions or playing positions of different fields.
 * Titles that name one job (spokesman / spokesperson) and jobs one person commonly holds at once
 * (chairman and chief executive) are told in groups.
 */
public final class TitleComparison {
    /** How two titles conflict. */
    public enum Conflict {
        /** Two different jobs. */
        ROLE("role"),
        /** The same job, somewhere else. */
        SCOPE("scope"),
        /** The earlier title said "former", this one does not. */
        FORMER_DROPPED("former-dropped"),
        /** This title says "former", the earlier one did not. */
        FORMER_ADDED("former-added"),
        /** Two professions of different fields (a surgeon, then a pharmacist). */
        OCCUPATION("occupation"),
        /** Two playing positions of different groups. */
        POSITION("position"),
        /** Jobs at two universities. */
        EMPLOYER("employer");

        private final String id;

        Conflict(String id) {
            this.id = id;
        }

        /** The message id the title checks report it under. */
        public String id() {
            return id;
        }
    }

    /** Words that make a lesser office of the one they precede ("vice president" is not "president"). */
    private static final Set<String> LESSER = Set.of("vice", "deputy", "assistant", "associate", "under",
            "lieutenant", "acting", "interim", "sub", "junior", "co", "brigadier", "major", "rear");

    private final Map<String, String> canonical = new HashMap<>();
    private final List<Set<String>> compatible = new ArrayList<>();
    private final boolean checkFormer;

    /**
     * @param equivalent  groups of title heads that name one job; the first of a group stands for all
     * @param compatible  groups of jobs one person may hold at once
     * @param checkFormer whether "former" dropped or added is a conflict
     */
    public TitleComparison(List<List<String>> equivalent, List<List<String>> compatible, boolean checkFormer) {
        for (List<String> group : equivalent) {
            List<String> words = lower(group);
            for (String w : words) {
                canonical.put(w, words.get(0));
            }
        }
        for (List<String> group : compatible) {
            this.compatible.add(new HashSet<>(lower(group)));
        }
        this.checkFormer = checkFormer;
    }

    /**
     * The comparison the lexicons describe ({@code title-equivalents.txt}, {@code title-compatible.txt}),
     * with a rule's own groups added.
     */
    public static TitleComparison of(Lexicons lex, List<List<String>> equivalent,
                                     List<List<String>> compatible, boolean checkFormer) {
        List<List<String>> eq = new ArrayList<>(lex.groups(Lexicon.TITLE_EQUIVALENTS));
        eq.addAll(equivalent);
        List<List<String>> comp = new ArrayList<>(lex.groups(Lexicon.TITLE_COMPATIBLE));
        comp.addAll(compatible);
        return new TitleComparison(eq, comp, checkFormer);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).toList();
    }

    /** Offices, professions and playing positions can exclude each other; descriptive roles fit anything. */
    public static boolean comparable(Title t) {
        return t.kind() == TitleKind.OFFICE || t.kind() == TitleKind.OCCUPATION || t.kind() == TitleKind.POSITION;
    }

    /**
     * How {@code later} contradicts {@code earlier}, two comparable titles of one kind (a senator may be a
     * lawyer: titles of different kinds never exclude each other), or null when it does not.
     */
    public Conflict conflict(Title earlier, Title later) {
        if (earlier.kind() == TitleKind.OCCUPATION || earlier.kind() == TitleKind.POSITION) {
            // "a surgeon" and "a pharmacist": professions of different fields; "doctor" and
            // "surgeon" are one field. A former profession is history, not a contradiction.
            boolean differ = earlier.field() != null && later.field() != null && !earlier.field().equals(later.field());
            if (!differ || earlier.former() || later.former()) {
                return null;
            }
            return earlier.kind() == TitleKind.OCCUPATION ? Conflict.OCCUPATION : Conflict.POSITION;
        }
        if (!earlier.former() && !later.former() && !acting(earlier) && !acting(later) && twoChiefOfficers(earlier, later)) {
            return Conflict.ROLE; // "president and chief operating officer", then "chief executive"
        }
        if (!sameOffice(earlier, later)) {
            if (chairsCommitteeOf(earlier, later) || chairsCommitteeOf(later, earlier)) {
                return null; // "Sen. Joe Manchin" chairs "the Senate Energy and Natural Resources Committee"
            }
            // "former chief prosecutor" and "President": people change jobs; only one office said two ways conflicts
            return earlier.former() || later.former() ? null : Conflict.ROLE;
        }
        if (!earlier.specifiers().isEmpty() && !later.specifiers().isEmpty()
                && Collections.disjoint(earlier.specifiers(), later.specifiers())) {
            return Conflict.SCOPE;
        }
        String was = department(earlier);
        String is = department(later);
        if (was != null && is != null && !was.equals(is)) {
            return Conflict.SCOPE; // "Defense Secretary Robert Gates", then "Army Secretary Gates"
        }
        if (checkFormer && earlier.former() != later.former()) {
            return earlier.former() ? Conflict.FORMER_DROPPED : Conflict.FORMER_ADDED;
        }
        return null;
    }

    /**
     * The chief executive, operating, financial … officers of a company are different people: a title
     * naming one and a title naming another conflict, even when another job in either (a president's)
     * fits both.
     */
    private boolean twoChiefOfficers(Title a, Title b) {
        Set<String> chiefsA = chiefOfficers(a);
        Set<String> chiefsB = chiefOfficers(b);
        return !chiefsA.isEmpty() && !chiefsB.isEmpty() && Collections.disjoint(chiefsA, chiefsB);
    }

    /** "interim chief executive", "acting CFO": a post held for now, often beside one's own. */
    private static boolean acting(Title t) {
        String text = t.text().toLowerCase(Locale.ROOT);
        return text.contains("interim") || text.contains("acting");
    }

    private Set<String> chiefOfficers(Title t) {
        Set<String> out = new HashSet<>();
        for (String h : t.heads()) {
            String c = canonical(h);
            if (c.equals("chief executive") || c.startsWith("chief ") && c.endsWith(" officer")) {
                out.add(c.equals("chief executive officer") ? "chief executive" : c);
            }
        }
        return out;
    }

    /** Departments a secretary or minister heads: "of defense" in the office's name, or the word before it. */
    private static final Set<String> DEPARTMENTS = Set.of("defense", "defence", "army", "navy", "air force", "state",
            "treasury", "commerce", "labor", "labour", "energy", "education", "interior", "agriculture", "transportation",
            "transport", "health", "homeland security", "veterans affairs", "justice", "housing", "foreign affairs",
            "foreign", "home", "finance", "culture", "environment", "trade");
    /** Department words that also name a party ("Labor Health Minister"): read only from the office's own name. */
    private static final Set<String> PARTY_WORDS = Set.of("labor", "labour");

    /** The one department a title names, or null when it names none or several ("Finance and Trade Minister"). */
    private String department(Title t) {
        Set<String> found = new HashSet<>();
        for (String h : t.heads()) {
            String c = canonical(h);
            int of = c.indexOf(" of ");
            if (of > 0 && DEPARTMENTS.contains(c.substring(of + 4))) {
                found.add(sameDepartment(c.substring(of + 4)));
            }
        }
        for (String w : t.specifiers()) {
            if (DEPARTMENTS.contains(w) && !PARTY_WORDS.contains(w)) {
                found.add(sameDepartment(w));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static String sameDepartment(String d) {
        return d.equals("defence") ? "defense" : d.equals("foreign") ? "foreign affairs" : d.equals("labour") ? "labor" : d;
    }

    /** Offices that lead an organisation (or a department of one): a story names who holds them. */
    private static final Set<String> LEADING = Set.of("chief executive", "president", "chairman", "director",
            "executive director", "general manager", "chief operating officer", "chief financial officer",
            "chief technology officer", "dean", "chancellor", "provost", "publisher", "editor-in-chief", "editor in chief");

    /**
     * "Juan Perez, a trader at Tempus Inc." then "Tempus Chief Executive Perez": an office that leads the
     * organisation, given after the introduction gave a job there that is not an office. Two offices are
     * {@link #conflict}'s to compare. The other way round ("Nadella, Microsoft's chief executive" then "a
     * Microsoft engineer for three decades") is often a career told in brief.
     */
    public Conflict atOneEmployer(Title earlier, Title later) {
        if (earlier.former() || later.former() || Collections.disjoint(earlier.employer(), later.employer())
                || !leads(later) || leads(earlier)) {
            return null;
        }
        return earlier.kind() == TitleKind.OCCUPATION || earlier.kind() == TitleKind.ROLE ? Conflict.ROLE : null;
    }

    /**
     * "a professor at Columbia University" and "a Princeton University geoscientist"; "a structural biologist at
     * the University of California" and "an MIT biologist": posts at two universities, or one trade at two
     * named employers. A former post, and one held beside a job elsewhere (visiting, adjunct, emeritus, a
     * fellowship), are not compared.
     */
    public Conflict atTwoEmployers(Title a, Title b) {
        if (a.former() || b.former() || a.secondPost() || b.secondPost() || a.employer().isEmpty() || b.employer().isEmpty()
                || sameOrganisation(a, b)) {
            return null;
        }
        boolean universities = a.academic() && b.academic();
        // one trade at two employers only where one is a university: "Trump's lawyer", "a Democratic lawyer",
        // "a Fed economist" name a client, a party or a short name, not another employer
        boolean oneTrade = (a.academic() || b.academic()) && a.kind() == TitleKind.OCCUPATION
                && b.kind() == TitleKind.OCCUPATION && a.field() != null && a.field().equals(b.field());
        return universities || oneTrade ? Conflict.EMPLOYER : null;
    }

    /** Both titles name an employer, and it is the same one. */
    public boolean sameEmployer(Title a, Title b) {
        return !a.employer().isEmpty() && !b.employer().isEmpty() && sameOrganisation(a, b);
    }

    /** The two employers share a word, or one is the other's initials ("MIT", "UCLA" for "University of California, Los Angeles"). */
    private static boolean sameOrganisation(Title a, Title b) {
        return !Collections.disjoint(a.employer(), b.employer()) || abbreviates(a.text(), b.text()) || abbreviates(b.text(), a.text());
    }

    private static boolean abbreviates(String shortText, String longText) {
        String initials = initials(longText);
        for (String w : shortText.split("[\\s,]+")) {
            String letters = w.replaceAll("['’]s$", "").replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))
                    && initials.contains(letters)) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of the capitalised words: "UCLA" for "University of California, Los Angeles". */
    private static String initials(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split("[\\s,]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0)) && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
                out.append(letters.charAt(0));
            }
        }
        return out.toString();
    }

    private boolean leads(Title t) {
        return t.kind() == TitleKind.OFFICE && LEADING.contains(canonical(t.head()));
    }

    /** Seats in a legislature, whose holders chair its committees. */
    private static final Set<String> LEGISLATORS = Set.of("senator", "state senator", "representative", "congressman",
            "congresswoman", "member of congress", "member of parliament", "mp", "councilman", "councilwoman",
            "council member", "councillor", "assemblyman", "assemblywoman", "assembly member", "lawmaker", "legislator");
    private static final Set<String> CHAIRS = Set.of("chairman", "chairwoman", "chair", "chairperson", "vice chairman",
            "vice chair", "co-chair", "ranking member");
    private static final java.util.regex.Pattern COMMITTEE = java.util.regex.Pattern.compile(
            "(?i)\\b(committee|subcommittee|caucus|select panel)\\b");

    /**
     * A legislator's seat or an envoy's post, whose holders the press also calls by their profession
     * ("Sen. Bill Cassidy", then "Cassidy, a physician").
     */
    public boolean heldWithAProfession(Title t) {
        String head = canonical(t.head());
        return LEGISLATORS.contains(head) || head.equals("ambassador") || head.equals("delegate");
    }

    /** {@code chair} is the chair of a committee, {@code seat} a legislator's seat: one person holds both. */
    private boolean chairsCommitteeOf(Title chair, Title seat) {
        return CHAIRS.contains(canonical(chair.head())) && COMMITTEE.matcher(chair.text()).find()
                && seat.heads().stream().anyMatch(h -> LEGISLATORS.contains(canonical(h)));
    }

    /** The head that stands for {@code head}'s group of equivalent titles. */
    public String canonical(String head) {
        return canonical.getOrDefault(head, head);
    }

    /** Two titles whose heads one person commonly holds at once (title-compatible.txt): "Captain" and "pilot". */
    public boolean heldTogether(Title a, Title b) {
        for (String ha : a.heads()) {
            for (String hb : b.heads()) {
                if (compatibleHeads(canonical(ha), canonical(hb))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean compatibleHeads(String ca, String cb) {
        for (Set<String> group : compatible) {
            if (group.contains(ca) && group.contains(cb)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameOffice(Title a, Title b) {
        for (String ha : a.heads()) {
            for (String hb : b.heads()) {
                String ca = canonical(ha);
                String cb = canonical(hb);
                if (ca.equals(cb) || shortForm(ha, hb) || shortForm(hb, ha) || shortForm(ca, cb) || shortForm(cb, ca)
                        || compatibleHeads(ca, cb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code shorter} is {@code longer} cut down ("secretary" for "secretary of the treasury",
     * "speaker" for "house speaker"), but not when the longer one is a lesser office
     * ("vice president", "deputy director", "lieutenant general").
     */
    private static boolean shortForm(String shorter, String longer) {
        if (shorter.length() >= longer.length()) {
            return false;
        }
        Set<String> longWords = new HashSet<>(List.of(longer.split(" "))); // "minister of state of …" repeats words
        Set<String> shortWords = new HashSet<>(List.of(shorter.split(" ")));
        if (!longWords.containsAll(shortWords)) {
            return false;
        }
        for (String w : longWords) {
            if (LESSER.contains(w) && !shortWords.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
