package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Location;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.numbers.Age;
import dev.copydesk.facts.numbers.AgeForm;
import dev.copydesk.facts.numbers.Birth;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person given two ages ("Smith, 45," and later "the 46-year-old Smith"), or an age that a
 * year of birth and the publication date contradict by more than {@code birthYearSlack} years.
 * A change the text explains ("turned 46 on Friday", "his 46th birthday") is no conflict; an age
 * at an earlier time ("was seven years old when…") is not compared; ages inside someone's direct
 * quote are that speaker's words and are left alone unless {@code inQuotes}. In {@code scope:
 * display}, an age in the headline, dek, a caption or a pull quote that the body does not give.
 * <p>
 * Rationale: the most frequent age (the first on a tie) is the one the reader learnt; a different
 * one is a typo or a stale number, and a year of birth pins the age down.
 */
final class AgeConsistencyCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("age-consistency",
            "One person given two ages, or an age that the year of birth and the publication date contradict "
                    + "(scope body); an age in the headline, dek, a caption or a pull quote that the story does not "
                    + "give (scope display).",
            Settings.class,
            List.of(MessageSpec.of("two-ages", "a second age for one person",
                            "name", "age", "firstAge", "firstLine", "firstColumn").inMode("body"),
                    MessageSpec.of("birth-year", "an age the year of birth contradicts",
                            "name", "age", "born", "expected", "published").inMode("body"),
                    MessageSpec.of("display", "an age in display type the story does not give",
                            "name", "age", "firstAge", "firstLine", "firstColumn", "where").inMode("display")),
            AgeConsistencyCheck::new);

    /** The parameters of {@code age-consistency}. */
    record Settings(
            @Param(value = "body: ages in the story against each other; display: display type against the story",
                    dflt = "body") Scope scope,
            @Param(value = "compare ages inside someone's direct quote (the speaker's words)", dflt = "false")
            boolean inQuotes,
            @Param(value = "years an age may differ from what the year of birth gives", dflt = "1")
            int birthYearSlack) implements Modal {
        Settings {
            ParamException.require(birthYearSlack >= 0, "birthYearSlack", "must be 0 or more");
        }

        @Override
        public Enum<?> mode() {
            return scope;
        }
    }

    private final Scope scope;
    private final boolean inQuotes;
    private final int slack;

    private AgeConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.scope = settings.scope();
        this.inQuotes = settings.inQuotes();
        this.slack = settings.birthYearSlack();
    }

    @Override
    public List<Finding> run(Facts facts) {
        Map<Person, List<Age>> byPerson = new LinkedHashMap<>();
        for (Age a : facts.numbers().ages()) {
            byPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
        }
        Set<String> sharedSurnames = sharedSurnames(facts.people());
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Person, List<Age>> e : byPerson.entrySet()) {
            Person p = e.getKey();
            List<Age> body = new ArrayList<>();
            List<Age> display = new ArrayList<>();
            Set<Integer> turned = new HashSet<>();
            for (Age a : e.getValue()) {
                if (a.form() == AgeForm.TURNED) {
                    turned.add(a.years());
                } else if (usable(a, sharedSurnames)) {
                    (a.block().kind().isDisplay() ? display : body).add(a);
                }
            }
            if (body.isEmpty()) {
                continue;
            }
            Age established = established(body);
            if (scope == Scope.BODY) {
                for (Age a : body) {
                    if (a.years() != established.years() && !explained(a.years(), established.years(), turned)) {
                        out.add(twoAges(facts.article(), p, a, established));
                    }
                }
                births(facts, p, body, turned, out);
            } else {
                Set<Integer> told = new HashSet<>();
                body.forEach(a -> told.add(a.years()));
                for (Age d : display) {
                    if (!told.contains(d.years()) && !explained(d.years(), established.years(), turned)) {
                        out.add(displayed(facts.article(), p, d, established));
                    }
                }
            }
        }
        return out;
    }

    /** An age to compare: the person's now, in the writer's words, at a mention that names one person only. */
    private boolean usable(Age a, Set<String> sharedSurnames) {
        if (a.past() || a.quote() != null && !inQuotes || !a.block().kind().isAnalysed()) {
            return false;
        }
        Mention m = a.mention();
        // "Parata, 75," where the story names two Paratas: which one is the reader's guess, and ours
        return m.given() != null || !sharedSurnames.contains(m.surnameKey());
    }

    /** Surname keys that more than one person in the story carries. */
    private static Set<String> sharedSurnames(List<Person> people) {
        Map<String, Integer> count = new HashMap<>();
        for (Person p : people) {
            Set<String> keys = new HashSet<>();
            for (Mention m : p.mentions()) {
                if (m.given() != null) {
                    keys.add(m.surnameKey());
                }
            }
            keys.forEach(k -> count.merge(k, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        count.forEach((k, n) -> {
            if (n > 1) {
                out.add(k);
            }
        });
        return out;
    }

    /** The age given most often; the first on a tie. */
    private static Age established(List<Age> ages) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Age a : ages) {
            count.merge(a.years(), 1, Integer::sum);
        }
        Age best = ages.get(0);
        for (Age a : ages) {
            if (count.get(a.years()) > count.get(best.years())) {
                best = a;
            }
        }
        return best;
    }

    /** The story says the person had a birthday between the two ages ("turned 46"). */
    private static boolean explained(int a, int b, Set<Integer> turned) {
        for (int n : turned) {
            if ((a == n || a == n - 1) && (b == n || b == n - 1)) {
                return true;
            }
        }
        return false;
    }

    private void births(Facts facts, Person p, List<Age> body, Set<Integer> turned, List<Finding> out) {
        LocalDate published = facts.article().published();
        if (published == null) {
            return;
        }
        for (Birth b : facts.numbers().births()) {
            if (b.person() != p) {
                continue;
            }
            int expected = b.day() != null ? Period.between(b.day(), published).getYears() : published.getYear() - b.year();
            for (Age a : body) {
                if (Math.abs(a.years() - expected) > slack && !turned.contains(a.years())) {
                    out.add(birthYear(facts.article(), p, a, b, expected));
                    return; // one finding per year of birth: the ages themselves are compared above
                }
            }
        }
    }

    private Finding twoAges(Article article, Person p, Age a, Age first) {
        Map<String, Object> values = againstFirst(article, p, a, first);
        Related rel = related(article, first.block(), first.start(), first.end(),
                p.name() + " is " + first.years() + " here");
        return finding(article, a.block(), a.start(), a.end(), "two-ages", values, String.valueOf(first.years()),
                List.of(rel));
    }

    private Finding displayed(Article article, Person p, Age d, Age first) {
        Map<String, Object> values = againstFirst(article, p, d, first);
        values.put("where", place(d.block().kind()));
        Related rel = related(article, first.block(), first.start(), first.end(),
                "the story gives " + p.name() + "'s age as " + first.years() + " here");
        return finding(article, d.block(), d.start(), d.end(), "display", values, String.valueOf(first.years()),
                List.of(rel));
    }

    private Finding birthYear(Article article, Person p, Age a, Birth b, int expected) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", p.name());
        values.put("age", a.years());
        values.put("born", b.date().text());
        values.put("expected", expected);
        values.put("published", article.published());
        Related rel = related(article, b.block(), b.date().start(), b.date().end(), p.name() + " was born " + b.date().text());
        return finding(article, a.block(), a.start(), a.end(), "birth-year", values, null, List.of(rel));
    }

    /** The placeholders of an age told against the age first established: who, both ages, where the first is. */
    private static Map<String, Object> againstFirst(Article article, Person p, Age a, Age first) {
        Location fl = article.locate(first.block(), first.start(), first.end());
        Map<String, Object> v = new HashMap<>();
        v.put("name", p.name());
        v.put("age", a.years());
        v.put("firstAge", first.years());
        v.put("firstLine", fl.line());
        v.put("firstColumn", fl.column());
        return v;
    }
}
