package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.MentionForm;
import dev.copydesk.facts.people.NameSplitter;
import dev.copydesk.facts.people.NameVariants;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.people.PersonName;
import dev.copydesk.facts.quotes.QuoteCover;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleComparison;
import dev.copydesk.facts.titles.TitleReader;
import dev.copydesk.nlp.TextNormalizer;
import dev.copydesk.rules.Category;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom's own spelling of the people it writes about (a name authority): a name written
 * as one of its listed variants, or a full name whose surname is one edit from a house name's
 * with the same given name, gets the house spelling as the suggestion; a title that contradicts
 * the house's current title for the person is reported like a title conflict.
 * <p>
 * Rationale: a story that spells a name the same wrong way throughout passes the in-story name
 * check; only the house's record of the name catches it. People are the ones the facts found,
 * read with the same name splitting, so someone who only shares a surname with a house name (a
 * different given name), or a common word, is never matched. Names are names inside quotation
 * marks too: the spelling is the writer's.
 */
final class HouseNamesCheck extends RuleCheck {
    private static final String[] SPELLING = {"text", "suggestion", "name"};

    static final CheckType<Settings> TYPE = new CheckType<>("house-names",
            "A person's name spelled otherwise than the house spells it (a listed variant, or a full name one edit "
                    + "away), and a title that contradicts the house's current title for the person.",
            Settings.class,
            List.of(MessageSpec.of("variant", "a name written as one of its listed variants", SPELLING),
                    MessageSpec.of("near-miss", "a full name whose surname is one edit from a house name's, same given "
                            + "name, never written the house way in the story", SPELLING),
                    MessageSpec.of("title", "a title that contradicts the house's current title",
                            "name", "title", "houseTitle", "titleSeen", "reason").under(Category.TITLE)),
            HouseNamesCheck::new);

    /** The parameters of {@code house-names}. */
    record Settings(
            @Param("the house's names") List<HouseName> names,
            @Param(value = "also report a full name whose surname is one edit from a house name's (five letters or "
                    + "more, same first letter, same given name)", dflt = "true") boolean nearMisses,
            @Param(value = "compare titles with the house's current title", dflt = "true") boolean titles) {
        Settings {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (!seen.add(lower(names.get(i).name()))) {
                    throw new ParamException("names", "list '" + names.get(i).name() + "' twice", i, "name");
                }
            }
            for (int i = 0; i < names.size(); i++) {
                List<String> variants = names.get(i).variants();
                for (int j = 0; j < variants.size(); j++) {
                    if (seen.contains(lower(variants.get(j)))) {
                        throw new ParamException("names", "give '" + variants.get(j) + "' as a variant of '"
                                + names.get(i).name() + "', but it is a house name of its own", i, "variants", j);
                    }
                }
            }
        }
    }

    /**
     * A house name read the way names in copy are read.
     *
     * @param core          the surname as printed without its particle ("Ayoubi" for "al-Ayoubi")
     * @param fullVariants  the listed variants that are full names, lower case
     * @param listedCores   the surnames of all listed variants, lower case, the house's own excepted
     * @param surnamesAlone the listed variants that are a surname alone, lower case
     * @param listedGivens  the given names of listed variants, lower case, the house's own excepted
     */
    private record Entry(HouseName source, PersonName name, String core, Set<String> fullVariants,
                         Set<String> listedCores, Set<String> surnamesAlone, Set<String> listedGivens, Title title) {
        String firstGiven() {
            return name.given() == null ? "" : name.given().split(" ")[0];
        }
    }

    private final Settings settings;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byFullVariant = new HashMap<>();
    private final Map<String, List<Entry>> byGiven = new HashMap<>();
    private final Map<String, List<Entry>> bySurnameVariant = new HashMap<>();
    private final TitleComparison comparison;

    private HouseNamesCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.settings = settings;
        NameSplitter splitter = new NameSplitter(context.lexicons());
        TitleReader titles = new TitleReader(context.lexicons());
        this.comparison = TitleComparison.of(context.lexicons(), List.of(), List.of(), true);
        for (HouseName h : settings.names()) {
            index(entry(h, splitter, titles));
        }
    }

    private static Entry entry(HouseName h, NameSplitter splitter, TitleReader titles) {
        PersonName name = splitter.split(norm(h.name()));
        String core = core(name.surname(), name.surnameKey());
        Set<String> fullVariants = new HashSet<>();
        Set<String> cores = new LinkedHashSet<>();
        Set<String> alone = new LinkedHashSet<>();
        Set<String> givens = new LinkedHashSet<>();
        for (String v : h.variants()) {
            PersonName pv = splitter.split(norm(v));
            String vc = lower(core(pv.surname(), pv.surnameKey()));
            cores.add(vc);
            if (pv.given() == null) {
                alone.add(vc);
            } else {
                fullVariants.add(lower(pv.text()));
                givens.add(lower(pv.given().split(" ")[0]));
            }
        }
        cores.remove(lower(core));
        alone.remove(lower(core));
        givens.remove(name.given() == null ? "" : lower(name.given().split(" ")[0]));
        Title title = h.title() == null ? null : titles.read(h.title());
        return new Entry(h, name, core, fullVariants, cores, alone, givens, title);
    }

    private void index(Entry e) {
        byName.put(lower(e.name().text()), e);
        e.fullVariants().forEach(v -> byFullVariant.put(v, e));
        byGiven.computeIfAbsent(lower(e.firstGiven()), k -> new ArrayList<>()).add(e);
        e.listedGivens().forEach(g -> byGiven.computeIfAbsent(g, k -> new ArrayList<>()).add(e));
        e.surnamesAlone().forEach(c -> bySurnameVariant.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
    }

    @Override
    public List<Finding> run(Facts facts) {
        List<Finding> out = new ArrayList<>();
        QuoteCover quoted = new QuoteCover(facts.quotes());
        for (Person p : facts.people()) {
            Entry e = identify(p);
            if (e != null) {
                spellings(facts.article(), p, e, out);
                if (settings.titles()) {
                    titles(facts, quoted, p, e, out);
                }
            } else if (p.mentions().stream().noneMatch(m -> m.form() == MentionForm.FULL)) {
                surnamesAlone(facts.article(), p.mentions(), out);
            }
        }
        surnamesAlone(facts.article(), facts.unattached(), out);
        return out;
    }

    /** The house name a person is, from the full names the story gives them; null when none. */
    private Entry identify(Person p) {
        List<Mention> full = p.mentions().stream().filter(m -> m.form() == MentionForm.FULL).toList();
        for (Mention m : full) {
            Entry e = byName.get(lower(norm(m.text())));
            if (e != null) {
                return e; // written the house way somewhere
            }
        }
        for (Mention m : full) {
            Entry e = byFullVariant.get(lower(norm(m.text())));
            if (e != null) {
                return e;
            }
        }
        for (Mention m : full) {
            // The given name and the surname are each the house's or a listed variant's: "Muammar Gaddafi".
            Entry e = only(byGiven.getOrDefault(lower(firstGiven(m)), List.of()).stream()
                    .filter(x -> knownCore(x, core(m))).toList());
            if (e != null) {
                return e;
            }
        }
        if (!settings.nearMisses()) {
            return null;
        }
        for (Mention m : full) {
            Entry e = only(byGiven.getOrDefault(lower(firstGiven(m)), List.of()).stream()
                    .filter(x -> NameVariants.sameGiven(x.name().given(), m.given())
                            && NameVariants.variant(x.name().surnameKey(), m.surnameKey())).toList());
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static boolean knownCore(Entry e, String core) {
        return lower(core).equals(lower(e.core())) || e.listedCores().contains(lower(core));
    }

    private static Entry only(List<Entry> entries) {
        return entries.size() == 1 ? entries.get(0) : null;
    }

    /** Where a mention departs from the house spelling, what to write instead, and whether the house listed it. */
    private record Departure(int start, int end, String suggestion, boolean listed) {
    }

    /** Every mention of a house person spelled otherwise than the house spells it. */
    private void spellings(Article a, Person p, Entry e, List<Finding> out) {
        // A story that also spells the name the house way has an inconsistency name-variant reports;
        // only the house's listed variants are this rule's business then.
        boolean houseSpellingUsed = p.mentions().stream()
                .anyMatch(m -> m.form() != MentionForm.GIVEN && lower(core(m)).equals(lower(e.core())));
        for (Mention m : p.mentions()) {
            Departure d = m.form() == MentionForm.GIVEN ? null
                    : m.form() == MentionForm.FULL ? fullName(m, e) : surname(m, e);
            if (d == null || !d.listed() && (houseSpellingUsed || !settings.nearMisses())) {
                continue;
            }
            out.add(finding(a, m.block(), d.start(), d.end(), d.listed() ? "variant" : "near-miss",
                    Map.of("text", m.block().text().substring(d.start(), d.end()), "suggestion", d.suggestion(),
                            "name", e.name().text()), d.suggestion(), List.of()));
        }
    }

    /**
     * A full name: written as a listed variant (the whole name is reported), or with a surname or a
     * given name that is not the house's (that part is). Middle names, initials and particles the
     * story adds or drops ("Bashar Assad" for Bashar al-Assad) are left alone unless listed.
     */
    private Departure fullName(Mention m, Entry e) {
        String text = norm(m.text());
        if (lower(text).equals(lower(e.name().text()))) {
            return null;
        }
        boolean surnameOk = lower(core(m)).equals(lower(e.core()));
        boolean givenOk = NameVariants.compatibleGiven(m.given(), e.name().given());
        boolean listedName = e.fullVariants().contains(lower(text));
        boolean givenDiffers = !givenOk || listedName && !lower(firstGiven(m)).equals(lower(e.firstGiven()));
        if (!surnameOk && givenDiffers) {
            boolean listed = listedName
                    || e.listedCores().contains(lower(core(m))) && e.listedGivens().contains(lower(firstGiven(m)));
            return new Departure(m.start(), m.end(), e.name().text(), listed);
        }
        if (!surnameOk) {
            Departure d = corePart(m, e);
            return d == null ? null : new Departure(d.start(), d.end(), d.suggestion(), d.listed() || listedName);
        }
        if (givenDiffers) {
            int len = firstGiven(m).length();
            return new Departure(m.start(), m.start() + len, e.firstGiven(),
                    listedName || e.listedGivens().contains(lower(firstGiven(m))));
        }
        return listedName ? new Departure(m.start(), m.end(), e.name().text(), true) : null;
    }

    /** A surname alone (or after a title): reported when it is not the house's. */
    private Departure surname(Mention m, Entry e) {
        if (lower(core(m)).equals(lower(e.core()))) {
            return null;
        }
        boolean listed = e.listedCores().contains(lower(core(m)));
        if (!listed && !NameVariants.variant(e.name().surnameKey(), m.surnameKey())) {
            return null; // coreference joined something that is no spelling of this name
        }
        return corePart(m, e);
    }

    private static Departure corePart(Mention m, Entry e) {
        String core = core(m);
        int at = m.text().lastIndexOf(core);
        if (at < 0) {
            return null;
        }
        return new Departure(m.start() + at, m.start() + at + core.length(), e.core(), e.listedCores().contains(lower(core)));
    }

    /** Someone the story names only by surname, written as a surname the house lists on its own as a variant. */
    private void surnamesAlone(Article a, List<Mention> mentions, List<Finding> out) {
        for (Mention m : mentions) {
            if (m.form() == MentionForm.GIVEN) {
                continue;
            }
            Entry e = only(bySurnameVariant.getOrDefault(lower(core(m)), List.of()));
            if (e == null || byCore(core(m))) {
                continue;
            }
            Departure d = corePart(m, e);
            if (d != null) {
                out.add(finding(a, m.block(), d.start(), d.end(), "variant", Map.of("text",
                        m.block().text().substring(d.start(), d.end()), "suggestion", d.suggestion(), "name",
                        e.name().text()), d.suggestion(), List.of()));
            }
        }
    }

    /** Some house name has this surname: then it is no one's misspelling. */
    private boolean byCore(String core) {
        return byName.values().stream().anyMatch(x -> lower(x.core()).equals(lower(core)));
    }

    /**
     * Titles in the body and captions that contradict the house's current title, unless the story
     * was published before the house saw that title (it was right then).
     */
    private void titles(Facts facts, QuoteCover quoted, Person p, Entry e, List<Finding> out) {
        Article a = facts.article();
        Title house = e.title();
        LocalDate seen = e.source().titleSeen();
        if (house == null || !TitleComparison.comparable(house)
                || a.published() != null && seen != null && a.published().isBefore(seen)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Mention m : p.mentions()) {
            if (!(m.block().kind().isBody() || m.block().kind() == BlockKind.CAPTION) || quoted.covers(m.block(), m.start(), m.end())) {
                continue; // a title in someone's quote is their wording, not the writer's
            }
            for (Title t : m.titles()) {
                // a senator may be a lawyer: only titles of one kind exclude each other
                TitleComparison.Conflict c = t.kind() == house.kind() ? comparison.conflict(house, t) : null;
                if (c == null || !reported.add(lower(t.text()))) {
                    continue;
                }
                Map<String, Object> v = Map.of("name", e.name().text(), "title", t.text(), "houseTitle",
                        e.source().title(), "titleSeen", seen == null ? "an unknown date" : seen.toString(),
                        "reason", reason(c));
                out.add(finding(a, m.block(), t.start(), t.end(), "title", v, null, List.of()));
            }
        }
    }

    private static String reason(TitleComparison.Conflict c) {
        return switch (c) {
            case ROLE -> "two different jobs";
            case SCOPE -> "the same job, somewhere else";
            case FORMER_DROPPED -> "'former' was dropped";
            case FORMER_ADDED -> "'former' was added";
            case OCCUPATION -> "two professions of different fields";
            case POSITION -> "two different playing positions";
            case EMPLOYER -> "two different universities";
        };
    }

    private static String firstGiven(Mention m) {
        return m.given() == null ? "" : m.given().split(" ")[0];
    }

    /** The surname as written without its particle: "Assad" for "al-Assad". */
    private static String core(Mention m) {
        return core(m.surname(), m.surnameKey());
    }

    private static String core(String surname, String key) {
        String[] words = surname.split(" ");
        String last = words[words.length - 1];
        int cut = last.length() - key.length();
        return cut > 0 && cut <= last.length() ? last.substring(cut) : last;
    }

    /** Straight apostrophes and hyphens, single spaces: how names are compared. */
    private static String norm(String s) {
        return TextNormalizer.normalize(s.strip()).replaceAll("\\s+", " ");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
