package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Location;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.numbers.Bound;
import dev.copydesk.facts.numbers.Count;
import dev.copydesk.facts.numbers.CountKind;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same thing counted twice with numbers that cannot both be true: "12 people were killed"
 * in the lead and "the 21 dead" further down. Precision first: both statements must count the
 * same thing (what happened to whom, what was paid for, who got the votes) and plainly describe
 * the same event: no update or total in either sentence ("rose to", "later", "now"), no other set
 * ("another", "also", "including"), no different event, place or date, and either the same event
 * word, or neighbouring paragraphs, or the lead. A bound ("at least 12", "more than 20") conflicts
 * only with a number outside it; "about", "nearly" never conflict. Numbers inside quotes are the
 * speaker's and are left alone unless {@code inQuotes}. In {@code scope: display}, a count in the
 * headline, dek, a caption or a pull quote that no count of the body allows.
 * <p>
 * Rationale: a story that is updated in the lead but not further down, or a typo in one of two
 * figures, leaves the reader with two numbers for one fact.
 */
final class CountConsistencyCheck extends RuleCheck {

    static final CheckType<Settings> TYPE = new CheckType<>("count-consistency",
            "The same thing counted twice with values that cannot both be true, in plain statements of one event "
                    + "(scope body); a count in the headline, dek, a caption or a pull quote that no count of the story "
                    + "allows (scope display).",
            Settings.class,
            List.of(MessageSpec.of("two-counts", "a second value for one count",
                            "count", "what", "firstCount", "firstLine", "firstColumn").inMode("body"),
                    MessageSpec.of("display", "a count in display type the story does not allow",
                            "count", "what", "firstCount", "firstLine", "firstColumn", "where").inMode("display")),
            CountConsistencyCheck::new);

    /** The parameters of {@code count-consistency}. */
    record Settings(
            @Param(value = "body: counts in the story against each other; display: display type against the story",
                    dflt = "body") Scope scope,
            @Param(value = "compare numbers inside someone's direct quote (the speaker's words)", dflt = "false")
            boolean inQuotes,
            @Param(value = "paragraphs apart that still describe one event when no event word says so", dflt = "1")
            int nearby,
            @Param(value = "the kinds of count compared (killed, injured, missing, arrested, votes, jobs-cut, "
                    + "jobs-added, paid); empty for all", dflt = "[]") List<CountKind> kinds,
            @Param(value = "groups of nouns that count the same people or things", dflt = "[]")
            List<List<String>> sameNouns) implements Modal {
        Settings {
            ParamException.require(nearby >= 0, "nearby", "must be 0 or more");
        }

        @Override
        public Enum<?> mode() {
            return scope;
        }
    }

    /** Nouns that count the same people as no noun at all: "12 were killed", "12 people were killed". */
    private static final Set<String> PEOPLE = Set.of("", "people", "persons", "individuals", "victims", "others");

    private final Scope scope;
    private final boolean inQuotes;
    private final int nearby;
    private final Set<CountKind> kinds;
    private final Map<String, String> sameNouns = new HashMap<>();

    private CountConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.scope = settings.scope();
        this.inQuotes = settings.inQuotes();
        this.nearby = settings.nearby();
        this.kinds = settings.kinds().isEmpty() ? Set.of(CountKind.values()) : Set.copyOf(settings.kinds());
        for (List<String> group : settings.sameNouns()) {
            List<String> words = group.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).toList();
            words.forEach(w -> sameNouns.put(w, words.get(0)));
        }
    }

    @Override
    public List<Finding> run(Facts facts) {
        List<Count> body = new ArrayList<>();
        List<Count> display = new ArrayList<>();
        for (Count c : facts.numbers().counts()) {
            if (plain(c)) {
                (c.block().kind().isDisplay() ? display : body).add(c);
            }
        }
        Article article = facts.article();
        List<Finding> out = new ArrayList<>();
        if (scope == Scope.BODY) {
            Set<Count> reported = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int j = 1; j < body.size(); j++) {
                Count later = body.get(j);
                for (int i = 0; i < j; i++) {
                    Count first = body.get(i);
                    if (!reported.contains(first) && conflict(article, first, later, false)) {
                        out.add(report(article, later, first, "two-counts"));
                        reported.add(later);
                        break;
                    }
                }
            }
        } else {
            for (Count d : display) {
                Count against = null;
                boolean agrees = false;
                for (Count b : body) {
                    if (comparable(article, d, b, true)) {
                        if (overlap(d, b)) {
                            agrees = true;
                            break;
                        }
                        against = against == null ? b : against;
                    }
                }
                if (!agrees && against != null) {
                    out.add(report(article, d, against, "display"));
                }
            }
        }
        return out;
    }

    /** A plain statement of a number: exact or a bound, not an update, another set, or someone's words. */
    private boolean plain(Count c) {
        return kinds.contains(c.kind()) && c.bound() != Bound.APPROXIMATE && c.updates().isEmpty()
                && c.others().isEmpty() && (inQuotes || c.quote() == null) && c.block().kind().isAnalysed();
    }

    private boolean conflict(Article article, Count a, Count b, boolean display) {
        return comparable(article, a, b, display) && !overlap(a, b);
    }

    /** Two counts of one thing in one event. */
    private boolean comparable(Article article, Count a, Count b, boolean display) {
        if (a.kind() != b.kind() || !sameNoun(a, b) || !sameObject(a, b)
                || Double.isNaN(a.against()) != Double.isNaN(b.against())) {
            return false;
        }
        if (a.block() == b.block() && a.sentenceStart() == b.sentenceStart()) {
            return false; // two numbers in one sentence are two sets ("12 killed in the north, 21 in the south")
        }
        if (otherEvent(a, b) || otherPlace(a, b) || otherDay(article, a, b)) {
            return false;
        }
        boolean sharedEvent = !Collections.disjoint(a.events(), b.events());
        boolean oneSilent = a.events().isEmpty() || b.events().isEmpty();
        return sharedEvent || oneSilent && (display || close(article, a, b));
    }

    /** What was paid for, who got the votes, who cuts the jobs: for jobs, a side that does not say agrees with any. */
    private static boolean sameObject(Count a, Count b) {
        boolean jobs = a.kind() == CountKind.JOBS_CUT || a.kind() == CountKind.JOBS_ADDED;
        return a.object().equals(b.object()) || jobs && (a.object().isEmpty() || b.object().isEmpty());
    }

    private boolean sameNoun(Count a, Count b) {
        String na = canonical(a.noun());
        String nb = canonical(b.noun());
        if (a.kind() == CountKind.JOBS_CUT || a.kind() == CountKind.JOBS_ADDED) {
            return true; // jobs, positions, workers: the same jobs
        }
        return na.equals(nb) || PEOPLE.contains(na) && PEOPLE.contains(nb);
    }

    private String canonical(String noun) {
        String n = sameNouns.getOrDefault(noun, noun);
        return n.endsWith("s") && sameNouns.containsKey(n.substring(0, n.length() - 1))
                ? sameNouns.get(n.substring(0, n.length() - 1)) : n;
    }

    private static boolean otherEvent(Count a, Count b) {
        return !a.events().isEmpty() && !b.events().isEmpty() && Collections.disjoint(a.events(), b.events());
    }

    private static boolean otherPlace(Count a, Count b) {
        return !a.places().isEmpty() && !b.places().isEmpty() && Collections.disjoint(a.places(), b.places());
    }

    /**
     * The sentences date their events apart, or one dates it well before publication (an earlier
     * event). A price is the price of its thing: a date on one sentence ("paid $2.5 million for the
     * mill in 2004") makes no other purchase.
     */
    private static boolean otherDay(Article article, Count a, Count b) {
        Set<String> da = days(a);
        Set<String> db = days(b);
        if (!da.isEmpty() && !db.isEmpty()) {
            return Collections.disjoint(da, db);
        }
        if (a.kind() == CountKind.PAID) {
            return false;
        }
        LocalDate published = article.published();
        for (Count c : List.of(a, b)) {
            for (DateMention d : c.dates()) {
                if (d.value() != null && d.value().matches("\\d{4}.*")) {
                    int year = Integer.parseInt(d.value().substring(0, 4));
                    if (published == null ? true : year < published.getYear()
                            || d.date() != null && d.date().isBefore(published.minusDays(31))) {
                        return true; // "in 2002, militants killed more than 20": another event
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> days(Count c) {
        Set<String> out = new HashSet<>();
        for (DateMention d : c.dates()) {
            if (d.value() != null) {
                out.add(d.value());
            }
        }
        return out;
    }

    /** Neighbouring paragraphs, or one of them the lead. */
    private boolean close(Article article, Count a, Count b) {
        int pa = article.paragraphOf(a.block());
        int pb = article.paragraphOf(b.block());
        return pa == 1 || pb == 1 || pa > 0 && pb > 0 && Math.abs(pa - pb) <= nearby;
    }

    /** Whether both statements can be true: the ranges they allow meet. */
    private static boolean overlap(Count a, Count b) {
        if (!Double.isNaN(a.against())) {
            return a.value() == b.value() && a.against() == b.against();
        }
        double lo = Math.max(a.bound().low(a.value()), b.bound().low(b.value()));
        double hi = Math.min(a.bound().high(a.value()), b.bound().high(b.value()));
        return lo <= hi;
    }

    private Finding report(Article article, Count c, Count first, String messageId) {
        Location fl = article.locate(first.block(), first.start(), first.end());
        Map<String, Object> values = new HashMap<>();
        values.put("count", c.text());
        values.put("what", what(c));
        values.put("firstCount", first.text());
        values.put("firstLine", fl.line());
        values.put("firstColumn", fl.column());
        if (messageId.equals("display")) {
            values.put("where", place(c.block().kind()));
        }
        Related rel = related(article, first.block(), first.start(), first.end(), "'" + first.text() + "' " + what(first) + " here");
        return finding(article, c.block(), c.start(), c.end(), messageId, values, null, List.of(rel));
    }

    /** What is counted, in words: "killed", "people arrested", "paid for the house", "votes for Ana Ruiz". */
    private static String what(Count c) {
        return switch (c.kind()) {
            case PAID -> "paid for the " + c.object();
            case VOTES -> c.object().isEmpty() ? "in the vote" : "votes for " + c.object();
            case JOBS_CUT, JOBS_ADDED -> c.kind().label();
            default -> (c.noun().isEmpty() ? "" : c.noun() + " ") + c.kind().label();
        };
    }
}
