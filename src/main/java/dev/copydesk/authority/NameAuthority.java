package dev.copydesk.authority;

import dev.copydesk.checks.HouseName;
import dev.copydesk.facts.people.NameSplitter;
import dev.copydesk.facts.people.NameVariants;
import dev.copydesk.facts.people.PersonName;
import dev.copydesk.facts.people.Spellings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A name authority being built: per full-name spelling, the articles that print it, when, and
 * with what title; and the fingerprints of the articles already read. Only these aggregates are
 * kept, never an article, so memory grows with the number of people, not of articles. At the end
 * the spellings are grouped into people: a spelling joins the person whose dominant spelling it
 * is a variant of (the rules coreference uses within a story), when it is rarer.
 */
final class NameAuthority {
    /** A spelling printed at least this many times less often than the dominant one is taken as its variant. */
    static final int RARER = 2;

    private final Map<String, Spelling> spellings = new ConcurrentHashMap<>();
    private final Set<String> fingerprints = ConcurrentHashMap.newKeySet();
    private final List<HouseName> previous;
    private final NameSplitter splitter;
    private final Predicate<String> office;

    /**
     * @param previous     the entries of the house-names file being updated, or none
     * @param fingerprints the articles that file has counted
     * @param office       whether a title, as written, is an office
     */
    NameAuthority(List<HouseName> previous, Set<String> fingerprints, NameSplitter splitter, Predicate<String> office) {
        this.previous = List.copyOf(previous);
        this.fingerprints.addAll(fingerprints);
        this.splitter = splitter;
        this.office = office;
        for (HouseName h : previous) {
            restore(h);
        }
    }

    /** True the first time an article with this fingerprint is seen; false for one already counted. */
    boolean firstTime(String fingerprint) {
        return fingerprints.add(fingerprint);
    }

    void add(List<Sighting> sightings) {
        for (Sighting s : sightings) {
            spellings.computeIfAbsent(s.spelling(), k -> new Spelling(k, s.given(), s.surnameKey(), s.parts())).add(s);
        }
    }

    int spellingCount() {
        return spellings.size();
    }

    Set<String> fingerprints() {
        return Set.copyOf(fingerprints);
    }

    private void restore(HouseName h) {
        Map<String, Integer> counts = new LinkedHashMap<>(h.spellings());
        counts.putIfAbsent(Sighting.normalize(h.name()), 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean canonical = e.getKey().equalsIgnoreCase(Sighting.normalize(h.name()));
            String title = canonical ? h.title() : null;
            spelling(e.getKey()).restore(e.getValue(), h.lastSeen(), title, title != null && office.test(title),
                    canonical ? h.titleSeen() : null);
        }
    }

    private Spelling spelling(String text) {
        return spellings.computeIfAbsent(text, k -> {
            PersonName n = splitter.split(k);
            return new Spelling(k, n.given(), n.surnameKey(), n.parts().size());
        });
    }

    /** One person as the authority file lists them. */
    record Person(String name, List<String> variants, String title, LocalDate titleSeen, LocalDate lastSeen,
                  Map<String, Integer> spellings, boolean locked, int articles) {
    }

    /** The people, most printed first: previous entries keep their spellings, new spellings are grouped. */
    List<Person> people() {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> owner = new LinkedHashMap<>();
        for (HouseName h : previous) {
            Group g = new Group(h);
            groups.add(g);
            for (String s : h.spellings().keySet()) {
                owner.put(lower(s), g);
            }
            owner.put(lower(h.name()), g);
            h.variants().forEach(v -> owner.putIfAbsent(lower(v), g));
        }
        List<Spelling> byCount = new ArrayList<>(spellings.values());
        byCount.sort(Comparator.comparingInt(Spelling::articles).reversed().thenComparing(s -> s.text));
        for (Spelling s : byCount) {
            Group g = owner.get(lower(s.text));
            if (g == null) {
                g = groups.stream().filter(x -> x.takes(s)).findFirst().orElse(null);
            }
            if (g == null) {
                g = new Group(null);
                groups.add(g);
            }
            g.members.add(s);
            owner.put(lower(s.text), g);
        }
        return groups.stream().filter(g -> !g.members.isEmpty()).map(Group::person)
                .sorted(Comparator.comparingInt(Person::articles).reversed().thenComparing(Person::name)).toList();
    }

    /** The spellings of one person; the first member is the most printed. */
    private static final class Group {
        final HouseName previous;
        final List<Spelling> members = new ArrayList<>();

        Group(HouseName previous) {
            this.previous = previous;
        }

        Spelling dominant() {
            return members.stream().max(Comparator.comparingInt(Spelling::articles)
                    .thenComparing(s -> s.text, Comparator.reverseOrder())).orElseThrow();
        }

        /** A new spelling is this person's when it spells the dominant one otherwise and is printed rarer. */
        boolean takes(Spelling s) {
            if (members.isEmpty()) {
                return false;
            }
            Spelling d = dominant();
            return s.articles() * RARER <= d.articles() && spelledOtherwise(s, d);
        }

        Person person() {
            Spelling d = dominant();
            boolean locked = previous != null && previous.locked();
            String name = locked ? previous.name() : d.text;
            Set<String> variants = new LinkedHashSet<>();
            if (previous != null) {
                variants.add(previous.name());
                variants.addAll(previous.variants());
            }
            members.forEach(m -> variants.add(m.text));
            variants.removeIf(v -> v.equalsIgnoreCase(name));
            Spelling titled = members.stream().filter(m -> m.title() != null)
                    .max(Comparator.comparing(Spelling::office).thenComparing(Spelling::titleSeen,
                            Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
            LocalDate last = members.stream().map(Spelling::lastSeen).filter(x -> x != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            Map<String, Integer> counts = new LinkedHashMap<>();
            members.stream().sorted(Comparator.comparingInt(Spelling::articles).reversed().thenComparing(m -> m.text))
                    .forEach(m -> counts.put(m.text, m.articles()));
            int articles = members.stream().mapToInt(Spelling::articles).sum();
            return new Person(name, List.copyOf(variants), titled == null ? null : titled.title(),
                    titled == null ? null : titled.titleSeen(), last, counts, locked, articles);
        }
    }

    /**
     * One name spelled two ways: as many words, and either the same surname with a given name
     * that differs by accents or one letter (five letters or more, same first letter), or the same
     * given name with a surname that is a spelling variant ({@link NameVariants#variant}).
     */
    static boolean spelledOtherwise(Spelling a, Spelling b) {
        if (a.parts != b.parts || a.given == null || b.given == null || a.text.equalsIgnoreCase(b.text)) {
            return false;
        }
        if (Spellings.fold(a.surnameKey).equals(Spellings.fold(b.surnameKey))) {
            String ga = Spellings.fold(a.given.split(" ")[0]);
            String gb = Spellings.fold(b.given.split(" ")[0]);
            return ga.equals(gb) || Math.min(ga.length(), gb.length()) >= 5 && ga.charAt(0) == gb.charAt(0)
                    && Spellings.distance(ga, gb) == 1;
        }
        return NameVariants.sameGiven(a.given, b.given) && NameVariants.variant(a.surnameKey, b.surnameKey);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
