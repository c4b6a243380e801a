package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.QuoteCover;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleKind;
import dev.copydesk.facts.titles.TitleSource;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person given conflicting titles: two different offices (Defense Secretary / Secretary of
 * State), one office with a different scope (ambassador to Iraq / to Iran), or "former" dropped
 * or added. In {@code wording} mode it reports instead different wordings of one role ("top
 * diplomat" / "most senior diplomat"), which are not errors but may be worth a look.
 * <p>
 * Rationale: the first title is the one the reader learnt; a later one that contradicts it is
 * either a fact error or a promotion the copy should explain.
 */
final class TitleConsistencyCheck extends RuleCheck {
    static final Set<String> PARAMS = Set.of("mode", "equivalent", "compatible", "includeHeadline",
            "includeCaptions", "checkFormer");
    static final Set<String> PLACEHOLDERS = Set.of("name", "title", "firstTitle", "firstLine", "firstColumn");
    static final Set<String> MESSAGE_IDS = Set.of("role", "scope", "former-dropped", "former-added", "occupation",
            "position", "wording");

    private enum Mode { CONFLICT, WORDING }

    private final Mode mode;
    private final Map<String, String> canonical = new HashMap<>();
    private final List<Set<String>> compatible = new ArrayList<>();
    private final boolean includeHeadline;
    private final boolean includeCaptions;
    private final boolean checkFormer;

    TitleConsistencyCheck(Rule rule) {
        super(rule);
        YamlNode m = rule.param("mode");
        String modeText = m == null ? "conflict" : m.text();
        if (!modeText.equals("conflict") && !modeText.equals("wording")) {
            throw RuleFileException.at(m, "mode must be 'conflict' or 'wording', not '" + modeText + "'");
        }
        this.mode = modeText.equals("conflict") ? Mode.CONFLICT : Mode.WORDING;
        YamlNode eq = rule.param("equivalent");
        if (eq != null) {
            for (YamlNode group : eq.list()) {
                List<String> words = lower(group.texts());
                for (String w : words) {
                    canonical.put(w, words.get(0));
                }
            }
        }
        YamlNode comp = rule.param("compatible");
        if (comp != null) {
            for (YamlNode group : comp.list()) {
                compatible.add(new HashSet<>(lower(group.texts())));
            }
        }
        this.includeHeadline = boolParam(rule, "includeHeadline", false);
        this.includeCaptions = boolParam(rule, "includeCaptions", true);
        this.checkFormer = boolParam(rule, "checkFormer", true);
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT).strip());
        }
        return out;
    }

    /** One title at one mention: a mention may carry several ("Sgt. Ana Cruz, a police spokeswoman"). */
    private record Titled(Mention mention, Title title) {
    }

    @Override
    public List<Finding> run(Facts facts) {
        List<Finding> out = new ArrayList<>();
        QuoteCover quoted = new QuoteCover(facts.quotes());
        for (Person p : facts.people()) {
            List<Titled> titled = new ArrayList<>();
            for (Mention m : p.mentions()) {
                if (!counts(m.block().kind()) || quoted.covers(m.block(), m.start(), m.end())) {
                    continue; // a title in someone's quote is their wording, not the writer's
                }
                for (Title t : m.titles()) {
                    if (t.kind() != TitleKind.CREDENTIAL && t.kind() != TitleKind.RELATION) {
                        titled.add(new Titled(m, t));
                    }
                }
            }
            for (int i = 1; i < titled.size(); i++) {
                if (titled.get(i).mention() == titled.get(i - 1).mention() && mode == Mode.CONFLICT) {
                    continue; // two titles given together are both true at once
                }
                Finding f = mode == Mode.CONFLICT
                        ? conflict(facts.article(), p, titled.subList(0, i), titled.get(i))
                        : wording(facts.article(), p, titled.subList(0, i), titled.get(i));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private boolean counts(BlockKind kind) {
        return kind.isBody() || (kind == BlockKind.HEADLINE && includeHeadline)
                || (kind == BlockKind.CAPTION && includeCaptions);
    }

    private Finding conflict(Article article, Person p, List<Titled> earlier, Titled later) {
        Title t = later.title();
        if (!comparable(t)) {
            return null;
        }
        Titled first = null;
        String reason = null;
        for (Titled e : earlier) {
            Title et = e.title();
            if (et.kind() != t.kind() || e.mention() == later.mention()) {
                continue; // a senator may be a lawyer: only titles of one kind exclude each other
            }
            String r = reason(et, t);
            if (r == null) {
                return null; // agrees with something the reader was already told
            }
            if (first == null) {
                first = e;
                reason = r;
            }
        }
        if (first == null) {
            return null;
        }
        return report(article, p, first, later, reason);
    }

    /** Offices, professions and playing positions can exclude each other; descriptive roles fit anything. */
    private static boolean comparable(Title t) {
        return t.kind() == TitleKind.OFFICE || t.kind() == TitleKind.OCCUPATION || t.kind() == TitleKind.POSITION;
    }

    /** Why two titles of one kind conflict, or null when they do not. */
    private String reason(Title a, Title b) {
        if (a.kind() == TitleKind.OCCUPATION || a.kind() == TitleKind.POSITION) {
            // "a surgeon" and "a pharmacist": professions of different fields; "doctor" and
            // "surgeon" are one field. A former profession is history, not a contradiction.
            boolean differ = a.field() != null && b.field() != null && !a.field().equals(b.field());
            return differ && !a.former() && !b.former() ? (a.kind() == TitleKind.OCCUPATION ? "occupation" : "position") : null;
        }
        if (!sameOffice(a, b)) {
            // "former chief prosecutor" and "President": people change jobs; only one office said two ways conflicts
            return a.former() || b.former() ? null : "role";
        }
        if (!a.specifiers().isEmpty() && !b.specifiers().isEmpty()
                && Collections.disjoint(a.specifiers(), b.specifiers())) {
            return "scope";
        }
        if (checkFormer && a.former() != b.former()) {
            return a.former() ? "former-dropped" : "former-added";
        }
        return null;
    }

    private boolean sameOffice(Title a, Title b) {
        for (String ha : a.heads()) {
            for (String hb : b.heads()) {
                String ca = canonical.getOrDefault(ha, ha);
                String cb = canonical.getOrDefault(hb, hb);
                if (ca.equals(cb) || shortForm(ha, hb) || shortForm(hb, ha) || shortForm(ca, cb) || shortForm(cb, ca)) {
                    return true;
                }
                for (Set<String> group : compatible) {
                    if (group.contains(ca) && group.contains(cb)) {
                        return true;
                    }
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
        Set<String> longWords = Set.of(longer.split(" "));
        Set<String> shortWords = Set.of(shorter.split(" "));
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

    private static final Set<String> LESSER = Set.of("vice", "deputy", "assistant", "associate", "under",
            "lieutenant", "acting", "interim", "sub", "junior", "co", "brigadier", "major", "rear");

    private Finding wording(Article article, Person p, List<Titled> earlier, Titled later) {
        Title t = later.title();
        for (Titled e : earlier) {
            Title et = e.title();
            if (!canonical.getOrDefault(et.head(), et.head()).equals(canonical.getOrDefault(t.head(), t.head()))) {
                continue;
            }
            if (et.rankWords().equals(t.rankWords()) || normalized(et).equals(normalized(t))) {
                return null; // same wording as something already said
            }
            return report(article, p, e, later, "wording");
        }
        return null;
    }

    private static String normalized(Title t) {
        return t.text().toLowerCase(Locale.ROOT).replaceAll("^(the|a|an) ", "");
    }

    /** A conflict marks the title with the name it is given to: "Secretary of State Esper", "Fares, the ambassador to Iran". */
    private Finding report(Article article, Person p, Titled first, Titled later, String messageId) {
        Title t = later.title();
        Title ft = first.title();
        Mention m = later.mention();
        Map<String, Object> values = Map.of("name", p.name(), "title", t.text(), "firstTitle", ft.text(),
                "firstLine", article.locate(first.mention().block(), ft.start(), ft.end()).line(),
                "firstColumn", article.locate(first.mention().block(), ft.start(), ft.end()).column());
        Related rel = related(article, first.mention().block(), ft.start(), ft.end(),
                "first called '" + ft.text() + "' here");
        // "X was the …": a predicate stands apart from the name; the title alone is marked.
        boolean withName = mode == Mode.CONFLICT && t.source() != TitleSource.COPULAR;
        int start = withName ? Math.min(t.start(), m.start()) : t.start();
        int end = withName ? Math.max(t.end(), m.end()) : t.end();
        return finding(article, m.block(), start, end, messageId, values, null, List.of(rel));
    }
}
