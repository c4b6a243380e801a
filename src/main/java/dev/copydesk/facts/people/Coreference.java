package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Candidate.Evidence;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleComparison;
import dev.copydesk.facts.titles.TitleKind;
import dev.copydesk.facts.titles.TitleSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Groups candidate mentions into people. Full names in the story say who is in it; a surname
 * alone goes to the person with that surname named most recently, or to the one whose title or
 * courtesy title fits ("Senator Voss" is Sen. Clara Voss, not her son Daniel Voss); a given name
 * alone goes to the one person who has it ("Fiona" for Fiona Parry); a spelling one letter away
 * from a person's surname is that person, misspelt ("Petrenkov" for Mikhail Petrenko). Two full
 * names with different given names are never merged.
 */
final class Coreference {
    private static final Set<String> MONTH_NAMES = Set.of("may", "june", "april", "august", "march", "january");
    private static final Set<String> MALE_COURTESY = Set.of("mr", "mr.", "sir", "lord", "father", "fr.", "monsignor", "msgr.");
    private static final Set<String> FEMALE_COURTESY = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "sister");

    private final Lexicons lex;

    Coreference(Lexicons lex) {
        this.lex = lex;
    }

    private static final class Group {
        final List<Candidate> members = new ArrayList<>();
        final String key;
        String given;
        int order; // when it was first named, among all the people
        int firstAt = Integer.MAX_VALUE; // the number of its first candidate
        /* What the mentions assigned so far say: a surname alone is matched without rereading every candidate. */
        final Set<String> titleHeads = new HashSet<>();
        boolean titled;
        int courtesyAt = Integer.MAX_VALUE;
        Gender courtesy = Gender.UNKNOWN;

        Group(String key, String given) {
            this.key = key;
            this.given = given;
        }

        /** Records candidate number {@code index} as one of this person's mentions. */
        void own(Candidate c, int index, Map<Candidate, Group> owner) {
            owner.put(c, this);
            firstAt = Math.min(firstAt, index);
            if (c.title() != null) {
                titled = true;
                titleHeads.addAll(c.title().heads());
            }
            Gender g = courtesyGender(c.courtesy());
            if (g != Gender.UNKNOWN && index < courtesyAt) {
                courtesyAt = index;
                courtesy = g;
            }
        }
    }

    /**
     * The people found so far, in the order they were first named, with their surname keys and
     * given names indexed: a list of thousands of names must not compare each with all before it.
     * A lookup returns what a scan of {@link #all} in order would (buckets may hold people whose
     * given name has since grown; each test is made again on the current one).
     */
    private static final class Groups {
        final List<Group> all = new ArrayList<>();
        private final Map<String, List<Group>> byKey = new HashMap<>();
        private final Map<String, List<Group>> byKeyInitial = new HashMap<>();
        private final Map<String, List<Group>> byFoldedGiven = new HashMap<>();
        private final Map<String, List<Group>> byFirstGiven = new HashMap<>();
        private final Map<String, List<Group>> byGivenPrefix = new HashMap<>();

        void add(Group g) {
            g.order = all.size();
            all.add(g);
            put(byKey, g.key, g);
            put(byKeyInitial, initial(g.key), g);
            givenChanged(g);
        }

        /** Files the group under its (new) given name. */
        void givenChanged(Group g) {
            if (g.given == null) {
                return;
            }
            put(byFoldedGiven, Spellings.fold(g.given.split(" ")[0]), g);
            String lower = g.given.toLowerCase(Locale.ROOT);
            put(byFirstGiven, lower.split(" ")[0], g);
            for (int sp = lower.indexOf(' '); sp >= 0; sp = lower.indexOf(' ', sp + 1)) {
                put(byGivenPrefix, lower.substring(0, sp), g);
            }
        }

        /** People with this surname key, in the order named. */
        List<Group> withKey(String key) {
            return byKey.getOrDefault(key, List.of());
        }

        Group firstWithKey(String key, Predicate<Group> test) {
            return first(withKey(key), test);
        }

        /** Candidates for {@link NameVariants#sameGiven}: the same first given name, folded. */
        Group firstWithFoldedGiven(String given, Predicate<Group> test) {
            return first(byFoldedGiven.getOrDefault(Spellings.fold(given.split(" ")[0]), List.of()), test);
        }

        /** Candidates for {@link NameVariants#variant} of {@code key}: the same first letter, folded. */
        Group firstWithKeyInitial(String key, Predicate<Group> test) {
            return first(byKeyInitial.getOrDefault(initial(key), List.of()), test);
        }

        /** Candidates whose lower-cased given names start with the words {@code words} and a space. */
        Group firstWithGivenPrefix(String words, Predicate<Group> test) {
            return first(byGivenPrefix.getOrDefault(words, List.of()), test);
        }

        /** Every person whose lower-cased first given name may be {@code word} and passes {@code test}, in the order named. */
        List<Group> withFirstGiven(String word, Predicate<Group> test) {
            return byFirstGiven.getOrDefault(word, List.of()).stream().distinct().filter(test)
                    .sorted(Comparator.comparingInt((Group g) -> g.order)).toList();
        }

        private static String initial(String key) {
            String folded = Spellings.fold(key);
            return folded.isEmpty() ? "" : folded.substring(0, 1);
        }

        private static void put(Map<String, List<Group>> index, String k, Group g) {
            index.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
        }

        /** The earliest named of {@code bucket} that passes {@code test}, or null. */
        private static Group first(List<Group> bucket, Predicate<Group> test) {
            Group best = null;
            for (Group g : bucket) {
                if ((best == null || g.order < best.order) && test.test(g)) {
                    best = g;
                }
            }
            return best;
        }
    }

    People group(List<Candidate> candidates) {
        Groups groups = new Groups();
        Map<Candidate, Group> owner = new IdentityHashMap<>();
        List<Candidate> forms = new ArrayList<>(candidates);
        groupFullNames(forms, groups, owner);
        List<Mention> loose = attachShortForms(forms, groups, owner);
        for (Candidate c : forms) {
            Group g = owner.get(c);
            if (g != null) {
                g.members.add(c);
            }
        }
        return people(groups.all, loose);
    }

    /** Full names define who is in the story; headline case ("Student Dies After…") only joins them. */
    private void groupFullNames(List<Candidate> candidates, Groups groups, Map<Candidate, Group> owner) {
        // the story's spelling first, then captions and pull quotes, then the headline and dek: a caption
        // above the story ("Dana Witford at the mill") must not set the spelling the story is measured by
        for (int pass = 0; pass < 3; pass++) {
            boolean headline = pass == 2;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.given() == null || pass(c) != pass) {
                    continue;
                }
                Group g = groups.firstWithKey(c.surnameKey(), x -> NameVariants.compatibleGiven(x.given, c.given()));
                if (g == null && !headline) {
                    g = groups.firstWithFoldedGiven(c.given(), x -> NameVariants.sameGiven(x.given, c.given())
                            && NameVariants.variant(x.key, c.surnameKey())); // "Mikhail Petrenkov" after "Mikhail Petrenko"
                }
                if (g == null && !headline) {
                    String whole = c.text().toLowerCase(Locale.ROOT);
                    Group byGiven = groups.firstWithGivenPrefix(whole, x -> x.given != null
                            && x.given.toLowerCase(Locale.ROOT).startsWith(whole + " "));
                    if (byGiven != null) {
                        // "Te Kaurinui" for Te Kaurinui Robert Parata: the given names alone
                        candidates.set(i, c.as(MentionForm.GIVEN));
                        byGiven.own(candidates.get(i), i, owner);
                        continue;
                    }
                }
                if (g == null && headline) {
                    continue;
                }
                if (g == null) {
                    g = new Group(c.surnameKey(), c.given());
                    groups.add(g);
                } else if (g.key.equals(c.surnameKey()) && c.given().length() > g.given.length()) {
                    g.given = c.given();
                    groups.givenChanged(g);
                }
                g.own(c, i, owner);
            }
        }
    }

    /** 0 for the story, 1 for captions and pull quotes, 2 for the headline and dek. */
    private static int pass(Candidate c) {
        return c.inHeadline() ? 2 : c.block().kind().isDisplay() ? 1 : 0;
    }

    /** Surnames, titled and courtesy-titled surnames, lone given names; returns the ones too weak to be anyone. */
    private List<Mention> attachShortForms(List<Candidate> candidates, Groups groups, Map<Candidate, Group> owner) {
        List<Mention> loose = new ArrayList<>();
        Map<String, Group> lastNamed = new HashMap<>(); // surname key → the person named most recently before i
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0 && owner.get(candidates.get(i - 1)) != null) {
                Group previous = owner.get(candidates.get(i - 1));
                lastNamed.put(previous.key, previous);
            }
            Candidate c = candidates.get(i);
            if (c.loose()) {
                Group named = namedInFull(groups, c);
                if (named != null) {
                    named.own(c, i, owner); // "Josh Earnest told reporters. … Earnest added that …"
                } else {
                    loose.add(c.mention());
                }
                continue;
            }
            if (c.given() != null) {
                if (c.inHeadline() && !owner.containsKey(c)) {
                    loose.add(c.mention()); // a name in display type that is no one in the story: a spelling to compare
                }
                continue;
            }
            Group g = bySurname(groups, lastNamed, c);
            if (g == null) {
                g = byFirstOfTwoSurnames(groups, c);
            }
            if (g == null && c.thingWord()) {
                continue; // "Park" with no Linda Park in the story is a park
            }
            if (g == null) {
                g = byGivenName(groups, c);
                if (g != null) {
                    candidates.set(i, c = c.as(MentionForm.GIVEN));
                }
            }
            String key = c.surnameKey();
            if (g == null && c.proper() && key.length() >= 5) {
                g = groups.firstWithKeyInitial(key, x -> x.given != null && NameVariants.variant(x.key, key));
            }
            if (g == null) {
                if (MONTH_NAMES.contains(c.surnameKey()) || c.inHeadline()) {
                    if (c.inHeadline() && !MONTH_NAMES.contains(c.surnameKey())) {
                        loose.add(c.mention());
                    }
                    continue;
                }
                g = new Group(c.surnameKey(), null);
                groups.add(g);
            }
            g.own(c, i, owner);
        }
        return loose;
    }

    /**
     * "Salinas" for Guadalupe Salinas Hernández: Spanish and Portuguese names carry two surnames, and
     * copy calls the person by the first. The word must stand before the last part of exactly one
     * full name that opens with a given name ("Federal Flag Code" is no one), and be no given name
     * itself ("Sarah Jessica Parker" is not "Jessica").
     */
    private Group byFirstOfTwoSurnames(Groups groups, Candidate c) {
        if (c.given() != null || c.run().parts().size() != 1 || lex.isGivenName(c.run().parts().get(0))) {
            return null;
        }
        String word = c.run().parts().get(0);
        Group found = null;
        for (Group g : groups.all) {
            if (g.given == null) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(g.given.split(" ")));
            parts.add(g.key);
            if (Spellings.isFirstOfTwoSurnames(parts, word) && lex.isGivenName(parts.get(0))) {
                if (found != null) {
                    return null; // two such people: the story must say which
                }
                found = g;
            }
        }
        return found;
    }

    /**
     * The group a surname alone belongs to: among people with that surname, one whose title or
     * courtesy title fits the mention's; otherwise the one named most recently.
     */
    private Group bySurname(Groups groups, Map<String, Group> lastNamed, Candidate c) {
        List<Group> same = groups.withKey(c.surnameKey());
        if (same.isEmpty()) {
            return null;
        }
        if (same.size() > 1) {
            Gender wanted = courtesyGender(c.courtesy());
            List<Group> holding = same.stream().filter(g -> heldTitle(g, c.title()) && wanted.fits(gender(g))).toList();
            if (holding.size() == 1) {
                return holding.get(0); // "Lee, leader of the Democratic Party": the Lee given that role before
            }
            List<Group> fitting = same.stream().filter(g -> titleFits(g, c.title()) && wanted.fits(gender(g))).toList();
            if (fitting.size() == 1) {
                return fitting.get(0);
            }
        }
        return lastNamed.getOrDefault(c.surnameKey(), same.get(0));
    }

    /**
     * A capitalised word at the start of a sentence that the tagger took for something else
     * ("Earnest added", "Young said", "Hicks said"), with a speech verb or another sign of a person beside it,
     * is the one person the story names in full with that surname: usually introduced before, and when the
     * full name only comes later, the surname was used first (first-reference reports it).
     */
    private static Group namedInFull(Groups groups, Candidate c) {
        if (c.evidence() != Evidence.MEDIUM && c.evidence() != Evidence.STRONG || c.given() != null) {
            return null;
        }
        List<Group> same = groups.withKey(c.surnameKey()).stream().filter(g -> g.given != null).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    /** A given name alone ("Fiona") is the one person with that given name, when no one has it as a surname. */
    private static Group byGivenName(Groups groups, Candidate c) {
        if (!c.proper() || c.run().parts().size() != 1 || c.run().titleTokens() > 0
                || c.title() != null && TitleComparison.comparable(c.title())) {
            return null; // "King William" is a king, not William Hobson; "engineer Claude" is a surname ("her daughter, Sarah" is not)
        }
        String word = c.run().parts().get(0).toLowerCase(Locale.ROOT);
        List<Group> having = groups.withFirstGiven(word, g -> g.given != null
                && g.given.toLowerCase(Locale.ROOT).split(" ")[0].equals(word));
        return having.size() == 1 ? having.get(0) : null;
    }

    /**
     * A titled surname ("Senator Voss") fits a person who has held that title, or who has no title yet. A role
     * that fits anyone ("Ashton, a Democrat,") tells no one apart.
     */
    private static boolean titleFits(Group g, Title title) {
        return title == null || !TitleComparison.comparable(title) || !g.titled || heldTitle(g, title);
    }

    private static boolean heldTitle(Group g, Title title) {
        return title != null && title.heads().stream().anyMatch(g.titleHeads::contains);
    }

    /** The courtesy title of its first mention that has one, else its given name's. */
    private Gender gender(Group g) {
        return g.courtesy != Gender.UNKNOWN ? g.courtesy : givenGender(g.given, g.key);
    }

    private Gender givenGender(String given, String surnameKey) {
        if (given == null) {
            return Gender.UNKNOWN;
        }
        String first = given.split(" ")[0].replace(".", "");
        if (lex.surnameFirstOrigin(surnameKey) != null && !lex.isCommonGivenName(first)) {
            return Gender.UNKNOWN; // "Yoon Suk Yeol": a syllable of an East Asian name tells nothing of gender
        }
        return lex.isMaleName(first) ? Gender.MALE : lex.isFemaleName(first) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    static Gender courtesyGender(String courtesy) {
        if (courtesy == null) {
            return Gender.UNKNOWN;
        }
        return MALE_COURTESY.contains(courtesy) ? Gender.MALE : FEMALE_COURTESY.contains(courtesy) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private People people(List<Group> groups, List<Mention> loose) {
        List<Person> people = new ArrayList<>();
        List<Mention> unattached = new ArrayList<>(loose);
        for (Group g : groups) {
            if (g.members.isEmpty()) {
                continue;
            }
            g.members.sort(Comparator.comparingInt((Candidate m) -> m.block().index()).thenComparingInt(m -> m.run().start()));
            // A surname never given a full name counts only with evidence a company could not have.
            Evidence best = g.members.stream().filter(c -> g.given != null || !c.companyLike()).map(Candidate::evidence)
                    .max(Comparator.naturalOrder()).orElse(Evidence.NONE);
            // ... and needs a title or courtesy title: "Uber said" and "Alibaba said" are companies talking.
            Evidence needed = g.given == null ? Evidence.STRONG : Evidence.MEDIUM;
            if (best.compareTo(needed) >= 0) {
                people.add(person(g));
            } else if (best == Evidence.MEDIUM || g.members.stream().anyMatch(Coreference::midSentenceName)) {
                unattached.addAll(person(g).mentions());
            }
        }
        people.sort(Comparator.comparingInt((Person p) -> p.mentions().get(0).block().index())
                .thenComparingInt(p -> p.mentions().get(0).start()));
        return new People(people, unattached);
    }

    /** A lone capitalised proper noun inside a sentence: too weak for a person, enough to compare spellings. */
    private static boolean midSentenceName(Candidate c) {
        return c.given() == null && c.form() == MentionForm.SURNAME && c.proper() && !c.inHeadline();
    }

    private Person person(Group g) {
        List<Mention> mentions = new ArrayList<>();
        Candidate fullest = null;
        Gender gender = Gender.UNKNOWN;
        for (Candidate c : g.members) {
            mentions.add(c.mention());
            boolean body = c.block().kind().isBody();
            boolean canonical = c.surnameKey().equals(g.key);
            if (fullest == null
                    || canonical && (body && !fullest.block().kind().isBody()
                    || body == fullest.block().kind().isBody() && c.run().parts().size() > fullest.run().parts().size())) {
                fullest = c;
            }
            if (gender == Gender.UNKNOWN) {
                gender = courtesyGender(c.courtesy());
            }
        }
        if (gender == Gender.UNKNOWN) {
            gender = givenGender(g.given, g.key);
        }
        fullest = fullNameOutsideBody(g, fullest);
        boolean confirmed = g.members.stream().anyMatch(Candidate::confirming) && fullNamesArePersonal(g)
                || calledByGivenName(g) || namedAgain(g);
        return new Person(fullest.text(), mentions, gender, confirmed);
    }

    /**
     * "her mother, Fiona," in the body and "Fiona Parry issued a plea …" in a subhead: a body that gives only the
     * given name is named by the full name written elsewhere on the page.
     */
    private static Candidate fullNameOutsideBody(Group g, Candidate fullest) {
        if (fullest.form() != MentionForm.GIVEN) {
            return fullest;
        }
        for (Candidate c : g.members) {
            if (c.form() == MentionForm.FULL && c.run().parts().size() > 1 && fullest.text().equals(c.given())) {
                return c;
            }
        }
        return fullest;
    }

    /**
     * "Clifford Wolf … Clifford": a story that calls someone by the given name alone, a given name
     * from the lists, treats them as a person; no one shortens "Dark Samus" to "Dark".
     */
    private boolean calledByGivenName(Group g) {
        boolean givenAlone = g.members.stream().anyMatch(c -> c.form() == MentionForm.GIVEN && c.block().kind().isBody());
        return givenAlone && g.members.stream().anyMatch(c -> c.form() == MentionForm.FULL && c.given() != null
                && lex.isGivenName(c.given().split(" ")[0].replace(".", "")));
    }

    /**
     * "Abel Tasman … Abel Tasman", "Wiseman … Frederick Wiseman": a full name starting with a given
     * name from the lists, written again in full or with the surname alone, is how a story names a
     * person; things are rarely named that way twice.
     */
    private boolean namedAgain(Group g) {
        int full = 0;
        int surname = 0;
        for (Candidate c : g.members) {
            if (!c.block().kind().isBody()) {
                continue;
            }
            boolean canonical = c.surnameKey().equals(g.key);
            if (canonical && c.form() == MentionForm.FULL && c.given() != null
                    && lex.isGivenName(c.given().split(" ")[0].replace(".", ""))) {
                full++;
            } else if (c.form() == MentionForm.SURNAME) {
                surname++; // "Zellwegger" for Renee Zellweger is a second reference too, misspelt
            }
        }
        return full >= 2 || full == 1 && surname >= 1;
    }

    /**
     * "Dark Samus", "Taranaki Māori", "Represent Mozilla": when every full form of a name starts
     * with a word that is no given name and nothing around it says person, the lone word that a
     * verb made a speaker is not someone the story must introduce.
     */
    private boolean fullNamesArePersonal(Group g) {
        boolean anyFull = false;
        for (Candidate c : g.members) {
            if (c.run().honorific() || c.run().titleTokens() > 0 && c.title() != null && c.title().kind() == TitleKind.OFFICE) {
                return true; // "Prime Minister Shamir", "Mr. Shamir" say person; "Cook Strait" does not
            }
            if (c.title() != null && c.title().source() == TitleSource.PRENOMINAL && Character.isLowerCase(c.title().text().charAt(0))
                    && (c.title().kind() == TitleKind.OFFICE || c.title().kind() == TitleKind.OCCUPATION)) {
                return true; // "talent manager Braun", "singer Brooke": a job in lower case before the name
            }
            if (c.form() != MentionForm.FULL) {
                continue;
            }
            anyFull = true;
            String first = c.given() == null ? "" : c.given().split(" ")[0].replace(".", "");
            if (c.confirming() || lex.isGivenName(first) || first.length() == 1 || c.titles().size() > 0) {
                return true; // "C. Eugene Steuerle": an initial is a given name too
            }
        }
        return !anyFull;
    }
}
