package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Candidate.Evidence;
import dev.copydesk.facts.titles.Title;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

        Group(String key, String given) {
            this.key = key;
            this.given = given;
        }
    }

    People group(List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
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
        return people(groups, loose);
    }

    /** Full names define who is in the story; headline case ("Student Dies After…") only joins them. */
    private void groupFullNames(List<Candidate> candidates, List<Group> groups, Map<Candidate, Group> owner) {
        // the story's spelling first, then captions and pull quotes, then the headline and dek: a caption
        // above the story ("Dana Witford at the mill") must not set the spelling the story is measured by
        for (int pass = 0; pass < 3; pass++) {
            boolean headline = pass == 2;
            for (Candidate c : candidates) {
                if (c.given() == null || pass(c) != pass) {
                    continue;
                }
                Group g = groups.stream()
                        .filter(x -> x.key.equals(c.surnameKey()) && NameVariants.compatibleGiven(x.given, c.given()))
                        .findFirst().orElse(null);
                if (g == null && !headline) {
                    g = groups.stream()
                            .filter(x -> NameVariants.sameGiven(x.given, c.given()) && NameVariants.variant(x.key, c.surnameKey()))
                            .findFirst().orElse(null); // "Mikhail Petrenkov" after "Mikhail Petrenko"
                }
                if (g == null && !headline) {
                    String whole = c.text().toLowerCase(Locale.ROOT);
                    Group byGiven = groups.stream().filter(x -> x.given != null
                            && x.given.toLowerCase(Locale.ROOT).startsWith(whole + " ")).findFirst().orElse(null);
                    if (byGiven != null) {
                        // "Te Kaurinui" for Te Kaurinui Robert Parata: the given names alone
                        int at = candidates.indexOf(c);
                        candidates.set(at, c.as(MentionForm.GIVEN));
                        owner.put(candidates.get(at), byGiven);
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
                }
                owner.put(c, g);
            }
        }
    }

    /** 0 for the story, 1 for captions and pull quotes, 2 for the headline and dek. */
    private static int pass(Candidate c) {
        return c.inHeadline() ? 2 : c.block().kind().isDisplay() ? 1 : 0;
    }

    /** Surnames, titled and courtesy-titled surnames, lone given names; returns the ones too weak to be anyone. */
    private List<Mention> attachShortForms(List<Candidate> candidates, List<Group> groups, Map<Candidate, Group> owner) {
        List<Mention> loose = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.loose()) {
                loose.add(c.mention());
                continue;
            }
            if (c.given() != null) {
                if (c.inHeadline() && !owner.containsKey(c)) {
                    loose.add(c.mention()); // a name in display type that is no one in the story: a spelling to compare
                }
                continue;
            }
            Group g = bySurname(candidates, owner, groups, i, c);
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
                g = groups.stream().filter(x -> x.given != null && NameVariants.variant(x.key, key)).findFirst().orElse(null);
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
            owner.put(c, g);
        }
        return loose;
    }

    /**
     * The group a surname alone belongs to: among people with that surname, one whose title or
     * courtesy title fits the mention's; otherwise the one named most recently.
     */
    private Group bySurname(List<Candidate> all, Map<Candidate, Group> owner, List<Group> groups, int at, Candidate c) {
        List<Group> same = groups.stream().filter(x -> x.key.equals(c.surnameKey())).toList();
        if (same.isEmpty()) {
            return null;
        }
        if (same.size() > 1) {
            Gender wanted = courtesyGender(c.courtesy());
            List<Group> fitting = same.stream().filter(g -> titleFits(g, all, owner, c.title())
                    && wanted.fits(gender(g, all, owner))).toList();
            if (fitting.size() == 1) {
                return fitting.get(0);
            }
        }
        for (int k = at - 1; k >= 0; k--) {
            Group g = owner.get(all.get(k));
            if (g != null && g.key.equals(c.surnameKey())) {
                return g;
            }
        }
        return same.get(0);
    }

    /** A given name alone ("Fiona") is the one person with that given name, when no one has it as a surname. */
    private static Group byGivenName(List<Group> groups, Candidate c) {
        if (!c.proper() || c.run().parts().size() != 1 || c.run().titleTokens() > 0) {
            return null; // "King William" is a king, not William Hobson
        }
        String word = c.run().parts().get(0).toLowerCase(Locale.ROOT);
        List<Group> having = groups.stream().filter(g -> g.given != null
                && g.given.toLowerCase(Locale.ROOT).split(" ")[0].equals(word)).toList();
        return having.size() == 1 ? having.get(0) : null;
    }

    /** A titled surname ("Senator Voss") fits a person who has held that title, or who has no title yet. */
    private boolean titleFits(Group g, List<Candidate> all, Map<Candidate, Group> owner, Title title) {
        if (title == null) {
            return true;
        }
        boolean anyTitle = false;
        for (Candidate m : all) {
            if (owner.get(m) != g || m.title() == null) {
                continue;
            }
            anyTitle = true;
            if (m.title().heads().stream().anyMatch(h -> title.heads().contains(h))) {
                return true;
            }
        }
        return !anyTitle;
    }

    private Gender gender(Group g, List<Candidate> all, Map<Candidate, Group> owner) {
        for (Candidate m : all) {
            if (owner.get(m) == g) {
                Gender c = courtesyGender(m.courtesy());
                if (c != Gender.UNKNOWN) {
                    return c;
                }
            }
        }
        return givenGender(g.given, g.key);
    }

    private Gender givenGender(String given, String surnameKey) {
        if (given == null) {
            return Gender.UNKNOWN;
        }
        String first = given.split(" ")[0].replace(".", "");
        if (lex.surnameFirstOrigin(surnameKey) != null && !lex.isCommonGivenName(first)) {
            return Gender.UNKNOWN; // "Yoon Suk Yeol": a syllable of an East Asian name tells nothing of gender
        }
        String g = lex.gender(first);
        return "m".equals(g) ? Gender.MALE : "f".equals(g) ? Gender.FEMALE : Gender.UNKNOWN;
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
        boolean confirmed = g.members.stream().anyMatch(Candidate::confirming) && fullNamesArePersonal(g);
        return new Person(fullest.text(), mentions, gender, confirmed);
    }

    /**
     * "Dark Samus", "Taranaki Māori", "Represent Mozilla": when every full form of a name starts
     * with a word that is no given name and nothing around it says person, the lone word that a
     * verb made a speaker is not someone the story must introduce.
     */
    private boolean fullNamesArePersonal(Group g) {
        boolean anyFull = false;
        for (Candidate c : g.members) {
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
