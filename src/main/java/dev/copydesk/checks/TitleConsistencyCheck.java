package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.lexicon.Lexicon;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.QuoteCover;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleComparison;
import dev.copydesk.facts.titles.TitleKind;
import dev.copydesk.facts.titles.TitleSource;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One person given conflicting titles: two different offices (Defense Secretary / Secretary of
 * State), one office with a different scope (ambassador to Iraq / to Iran), "former" dropped
 * or added, or professions or playing positions of different fields. In {@code wording} mode it
 * reports instead different wordings of one role ("top diplomat" / "most senior diplomat"),
 * which are not errors but may be worth a look.
 * <p>
 * Rationale: the first title is the one the reader learnt; a later one that contradicts it is
 * either a fact error or a promotion the copy should explain.
 */
final class TitleConsistencyCheck extends RuleCheck {
    /** The title messages compare a later title with an earlier one and fill all of these (office-untitled has none). */
    private static final String[] PLACEHOLDERS = {"name", "title", "firstTitle", "firstLine", "firstColumn", "where"};

    static final CheckType<Settings> TYPE = new CheckType<>("title-consistency",
            "One person given conflicting titles in one story (mode conflict), one role worded two ways "
                    + "(mode wording), or a title in the headline, dek, a caption or a pull quote that conflicts with "
                    + "every office the story gives (mode display).",
            Settings.class,
            List.of(MessageSpec.of("role", "two different offices, or an organisation's leading office after the introduction "
                    + "gave a job there that is not one", PLACEHOLDERS).inMode("conflict", "display"),
                    MessageSpec.of("scope", "one office, somewhere else", PLACEHOLDERS).inMode("conflict", "display"),
                    MessageSpec.of("former-dropped", "an earlier title said 'former', this one does not",
                            PLACEHOLDERS).inMode("conflict", "display"),
                    MessageSpec.of("former-added", "this title says 'former', the earlier one did not",
                            PLACEHOLDERS).inMode("conflict", "display"),
                    MessageSpec.of("occupation", "two professions of different fields", PLACEHOLDERS)
                            .inMode("conflict", "display"),
                    MessageSpec.of("position", "two playing positions of different groups", PLACEHOLDERS)
                            .inMode("conflict", "display"),
                    MessageSpec.of("employer", "jobs at two universities", PLACEHOLDERS).inMode("conflict"),
                    MessageSpec.of("office-late", "a public office, or a calling's (bishop, coach), before or beside the "
                            + "name that the introduction, by a profession of another field, description, relation or degree, "
                            + "did not give", PLACEHOLDERS).inMode("conflict"),
                    MessageSpec.of("office-untitled", "a public office, or a calling's (bishop, coach), before the name "
                            + "at a later mention, when the introduction by full name gave no title",
                            "name", "title", "firstLine", "firstColumn", "where").inMode("conflict"),
                    MessageSpec.of("job-late", "a job in apposition at a later mention that the introduction, "
                            + "by a job of another kind, a description or a degree, did not give", PLACEHOLDERS).inMode("conflict"),
                    MessageSpec.of("wording", "one role with different rank words", PLACEHOLDERS).inMode("wording")),
            TitleConsistencyCheck::new);

    enum Mode { CONFLICT, WORDING, DISPLAY }

    /** The parameters of {@code title-consistency}. */
    record Settings(
            @Param(value = "conflict: contradicting titles; wording: one role worded two ways; display: display type "
                    + "against the story", dflt = "conflict")
            Mode mode,
            @Param(value = "groups of titles that name one job, added to lexicons/title-equivalents.txt",
                    dflt = "[]") List<List<String>> equivalent,
            @Param(value = "groups of jobs one person commonly holds at once, added to lexicons/title-compatible.txt",
                    dflt = "[]") List<List<String>> compatible,
            @Param(value = "compare titles in the headline (headlines abbreviate titles)", dflt = "false")
            boolean includeHeadline,
            @Param(value = "compare titles in photo captions", dflt = "true") boolean includeCaptions,
            @Param(value = "report 'former' dropped or added", dflt = "true") boolean checkFormer) implements Modal {
    }

    private final Settings settings;
    private final TitleComparison comparison;
    /** public-offices.txt and office-holder-words.txt say which offices a later mention may not bring in. */
    private final Lexicons lexicons;

    private TitleConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.settings = settings;
        this.comparison = TitleComparison.of(context.lexicons(), settings.equivalent(), settings.compatible(),
                settings.checkFormer());
        this.lexicons = context.lexicons();
    }

    /** A member of one of these holds a seat: "member of parliament", "a city council member". */
    private static final java.util.regex.Pattern LEGISLATURE = java.util.regex.Pattern.compile(
            "\\b(parliament|congress|senate|assembly|council|house|legislature|cabinet|government|bench|court)\\b");

    /** Words that say a person took an office: the office may be named by them rather than by its title. */
    private static final java.util.regex.Pattern ELECTED_WORDS = java.util.regex.Pattern.compile(
            "\\b(elected|appointed|nominated|sworn|seat|won|wins|re-elected|confirmed|named)\\b");

    /** Words between a name and its apposition that put the job at another time: "now", "later", "then". */
    private static final java.util.regex.Pattern TIME_CHANGE = java.util.regex.Pattern.compile(
            "\\b(now|later|since|eventually|then|today|currently|once|who became|who is now)\\b");

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](\\s|$)");

    /** One title at one mention: a mention may carry several ("Sgt. Ana Cruz, a police spokeswoman"). */
    private record Titled(Mention mention, Title title) {
    }

    @Override
    public List<Finding> run(Facts facts) {
        if (settings.mode() == Mode.DISPLAY) {
            return display(facts);
        }
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
            for (int i = 0; i < titled.size(); i++) {
                Finding f = null;
                boolean together = i > 0 && titled.get(i).mention() == titled.get(i - 1).mention();
                if (i > 0 && !(together && settings.mode() == Mode.CONFLICT)) { // two titles given together are both true at once
                    f = settings.mode() == Mode.CONFLICT
                            ? conflict(facts.article(), p, titled.subList(0, i), titled.get(i))
                            : wording(facts.article(), p, titled.subList(0, i), titled.get(i));
                }
                if (f == null && i > 0 && settings.mode() == Mode.CONFLICT) {
                    f = employer(facts.article(), p, titled.subList(0, i), titled.get(i));
                }
                if (f == null && settings.mode() == Mode.CONFLICT) {
                    f = lateOffice(facts.article(), p, quoted, titled.get(i));
                }
                if (f == null && settings.mode() == Mode.CONFLICT) {
                    f = lateJob(facts.article(), p, quoted, titled.get(i));
                }
                if (f == null && settings.mode() == Mode.CONFLICT) {
                    f = officeNeverIntroduced(facts, p, quoted, titled.get(i));
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * A title in the headline, dek, a caption or a pull quote that conflicts with every office the
     * body gives the person. Headlines abbreviate ("Defense chief" for "Defense Secretary"): a
     * descriptive word like "chief" is a role and conflicts with nothing; only two offices do.
     */
    private List<Finding> display(Facts facts) {
        List<Finding> out = new ArrayList<>();
        QuoteCover quoted = new QuoteCover(facts.quotes());
        for (Person p : facts.people()) {
            List<Titled> body = offices(quoted, p, true);
            if (body.isEmpty()) {
                continue;
            }
            for (Titled d : offices(quoted, p, false)) {
                Titled first = null;
                TitleComparison.Conflict reason = null;
                for (Titled b : body) {
                    TitleComparison.Conflict r = comparison.conflict(b.title(), d.title());
                    if (r == null) {
                        first = null;
                        break; // the body gives this office somewhere
                    }
                    if (first == null) {
                        first = b;
                        reason = r;
                    }
                }
                if (first != null) {
                    out.add(report(facts.article(), p, first, d, reason.id()));
                }
            }
        }
        return out;
    }

    /** The offices the writer gives the person in the body, or in display type. */
    private static List<Titled> offices(QuoteCover quoted, Person p, boolean inBody) {
        List<Titled> out = new ArrayList<>();
        for (Mention m : p.mentions()) {
            boolean here = inBody ? m.block().kind().isBody() : m.block().kind().isDisplay();
            if (!here || quoted.covers(m.block(), m.start(), m.end())) {
                continue;
            }
            for (Title t : m.titles()) {
                if (t.office()) {
                    out.add(new Titled(m, t));
                }
            }
        }
        return out;
    }

    private boolean counts(BlockKind kind) {
        return kind.isBody() || (kind == BlockKind.HEADLINE && settings.includeHeadline())
                || (kind == BlockKind.CAPTION && settings.includeCaptions());
    }

    private Finding conflict(Article article, Person p, List<Titled> earlier, Titled later) {
        Title t = later.title();
        if (!TitleComparison.comparable(t)) {
            return null;
        }
        Titled first = null;
        TitleComparison.Conflict reason = null;
        for (Titled e : earlier) {
            Title et = e.title();
            if (et.kind() != t.kind() || e.mention() == later.mention()) {
                continue; // a senator may be a lawyer: only titles of one kind exclude each other
            }
            TitleComparison.Conflict r = comparison.conflict(et, t);
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
        return report(article, p, first, later, reason.id());
    }

    /**
     * "Juan Perez, a trader at Tempus Inc." then "Tempus Chief Executive Perez"; "a professor at Columbia
     * University" then "a Princeton University geoscientist" or "an MIT biologist" after "a biologist at the
     * University of California": titles that exclude each other through the organisation they name. An earlier
     * title with the same head rules out the first comparison (the reader was given this job); an earlier title
     * at the same employer, the second.
     */
    private Finding employer(Article article, Person p, List<Titled> earlier, Titled later) {
        Title t = later.title();
        List<Titled> before = earlier.stream().filter(e -> e.mention() != later.mention()).toList();
        // the reader was already given this job, or a post at this university
        boolean jobGiven = before.stream().anyMatch(e -> comparison.canonical(e.title().head()).equals(comparison.canonical(t.head())));
        boolean employerGiven = before.stream().anyMatch(e -> comparison.sameEmployer(e.title(), t));
        for (Titled e : before) {
            TitleComparison.Conflict r = jobGiven ? null : comparison.atOneEmployer(e.title(), t);
            if (r == null && !employerGiven) {
                r = comparison.atTwoEmployers(e.title(), t);
            }
            if (r != null) {
                return report(article, p, e, later, r.id());
            }
        }
        return null;
    }

    /**
     * "Jamie Werner, a park ranger, …" then "Governor Werner" or "Werner, the state's governor,":
     * a public office, or the office of a calling ("Bishop Werner", "Coach Werner"), put before or
     * beside the name that the person was not introduced with, when the introduction gave them
     * something else (a profession of another field, a position, a description, a relation, a degree). A newsroom gives
     * the office at the first reference; one that appears only later is a different person's,
     * or the introduction left it out. Descriptions an office-holder is often given instead
     * ("a lawmaker", "the party's leader") do not count as an introduction.
     */
    private Finding lateOffice(Article article, Person p, QuoteCover quoted, Titled later) {
        Title t = later.title();
        boolean calling = t.field() != null; // a bishop, a coach, a colonel: the office of one field of work
        if (t.kind() != TitleKind.OFFICE || t.source() == TitleSource.COPULAR || t.former()
                || !(isPublicOffice(t) || calling)) {
            return null; // a captain or a principal is often the profession's own rank
        }
        // the reader was given an office, a word an office-holder is called by, or a job of the calling: nothing to report
        Titled introduced = introduction(p, quoted, later, e -> e.kind() == TitleKind.OFFICE || holdsOffice(e)
                || (calling && t.field().equals(e.field())), e -> true);
        if (introduced == null || introducedWith(introduced, t)) {
            return null;
        }
        return report(article, p, introduced, later, "office-late");
    }

    /**
     * "Zeev Sharon runs a hotel start-up …" then "Admiral Sharon": a public office, or a calling's office, before
     * the name at a later mention, when the introduction by full name, and every mention up to this one, gave no
     * title at all. A newsroom gives the office at the first reference; one that appears only later is someone
     * else's, or the introduction left it out.
     */
    private Finding officeNeverIntroduced(Facts facts, Person p, QuoteCover quoted, Titled later) {
        Title t = later.title();
        if (t.kind() != TitleKind.OFFICE || t.source() != TitleSource.PRENOMINAL || t.former()
                || !(isPublicOffice(t) || t.field() != null) || !titleWordsOnly(t)) {
            return null;
        }
        Article article = facts.article();
        Mention first = null;
        for (Mention m : p.mentions()) {
            if (m == later.mention()) {
                break;
            }
            if (!counts(m.block().kind()) || quoted.covers(m.block(), m.start(), m.end())) {
                continue;
            }
            if (!m.titles().isEmpty()) {
                return null; // some title was given: the other comparisons judge it
            }
            if (first == null) {
                first = m;
            }
        }
        if (first == null || first.form() != dev.copydesk.facts.people.MentionForm.FULL
                || someoneElseCalled(facts.people(), p, later.mention().surnameKey())) {
            return null; // with two people of that surname, the titled one may be the other
        }
        Mention m = later.mention();
        Map<String, Object> values = Map.of("name", p.name(), "title", t.text(),
                "firstLine", article.locate(first.block(), first.start(), first.end()).line(),
                "firstColumn", article.locate(first.block(), first.start(), first.end()).column(),
                "where", place(m.block().kind()));
        Related rel = related(article, first.block(), first.start(), first.end(), "introduced here with no title");
        return finding(article, m.block(), Math.min(t.start(), m.start()), Math.max(t.end(), m.end()), "office-untitled",
                values, null, List.of(rel));
    }

    private static boolean someoneElseCalled(List<Person> people, Person p, String surnameKey) {
        return people.stream().anyMatch(q -> q != p && q.mentions().stream().anyMatch(m -> surnameKey.equals(m.surnameKey())));
    }

    /** "Vice Admiral", "Governor": nothing but title words ("GNU General" before "Public License" is no office). */
    private boolean titleWordsOnly(Title t) {
        for (String w : t.text().split("[\\s.]+")) {
            if (!w.isEmpty() && !lexicons.isTitleWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** "senator", "foreign minister", "minister of foreign affairs": the office, or its head noun, is a public one. */
    private boolean isPublicOffice(Title t) {
        String head = comparison.canonical(t.head());
        if (lexicons.has(Lexicon.PUBLIC_OFFICES, head)) {
            return true;
        }
        int of = head.indexOf(" of ");
        String noun = of > 0 ? head.substring(0, of) : head;
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        return !last.equals("general") && lexicons.has(Lexicon.PUBLIC_OFFICES, last); // "general" ends "attorney general", not "general manager"
    }

    /**
     * "Ammar Askar, a developer, …" then, later, "Askar, a surgeon," or "Askar, the company's chief financial
     * officer,": a job given in apposition at a later mention, of another kind than every title the introduction
     * gave (two of one kind are compared by {@link #conflict}). A courtesy title or a listed description is no
     * introduction: after "Dr. Anthony Fauci, the nation's top infectious disease expert" the job often comes
     * later ("Fauci, director of the institute"); a profession no list knows ("a geophysicist") is one. A
     * newsroom gives the job at the first reference; one
     * the introduction did not mention is most often someone else's, or a slip. A title before the name is left
     * out: "Captain Kane" for a striker, "Professor Lin" for an economist are ranks in the person's own line of work.
     */
    private Finding lateJob(Article article, Person p, QuoteCover quoted, Titled later) {
        Title t = later.title();
        if (t.source() != TitleSource.APPOSITIVE || t.former()
                || (t.kind() != TitleKind.OFFICE && t.kind() != TitleKind.OCCUPATION)) {
            return null;
        }
        // two of a kind are compared by conflict(), and an introduction that pointed at this job leaves nothing to report
        Titled introduced = introduction(p, quoted, later,
                e -> e.kind() == t.kind() || (t.kind() == TitleKind.OFFICE && holdsOffice(e))
                        || (e.field() != null && e.field().equals(t.field())) || comparison.heldTogether(e, t),
                e -> e.kind() != TitleKind.RELATION && !lexicons.isHonorific(e.text()) && !describes(e));
        if (introduced == null || introducedWith(introduced, t) || changedSince(later)) {
            return null;
        }
        if (t.kind() == TitleKind.OCCUPATION && comparison.heldWithAProfession(introduced.title())) {
            return null; // "Sen. Bill Cassidy" then "Cassidy, a physician": a lawmaker's or envoy's profession is background
        }
        return report(article, p, introduced, later, "job-late");
    }

    /**
     * The first title the writer gave the person before {@code later} (in counted blocks, outside quotes) that is
     * not "former" and that {@code introduces} accepts; null when there is none, or when any earlier title
     * {@code rulesOut} the report.
     */
    private Titled introduction(Person p, QuoteCover quoted, Titled later, Predicate<Title> rulesOut,
                                Predicate<Title> introduces) {
        Titled introduced = null;
        for (Mention m : p.mentions()) {
            if (m == later.mention()) {
                break;
            }
            if (!counts(m.block().kind()) || quoted.covers(m.block(), m.start(), m.end())) {
                continue;
            }
            for (Title e : m.titles()) {
                if (rulesOut.test(e)) {
                    return null;
                }
                if (introduced == null && !e.former() && introduces.test(e)) {
                    introduced = new Titled(m, e);
                }
            }
        }
        return introduced;
    }

    /** A description that fits alongside any job (roles.txt: an expert, an activist, a resident). */
    private boolean describes(Title t) {
        return t.kind() == TitleKind.ROLE && lexicons.isRole(comparison.canonical(t.head()));
    }

    /** "Sarah Gille, now a physical oceanographer": the apposition itself says the job came later. */
    private static boolean changedSince(Titled later) {
        Mention m = later.mention();
        Title t = later.title();
        if (t.start() < m.end()) {
            return false;
        }
        String between = m.block().text().substring(m.end(), t.start()).toLowerCase(Locale.ROOT);
        return TIME_CHANGE.matcher(between).find();
    }

    /** "a lawmaker", "a member of parliament": words an office-holder is called by instead of the office. */
    private boolean holdsOffice(Title t) {
        String head = comparison.canonical(t.head());
        if (head.equals("member")) {
            return LEGISLATURE.matcher(t.text().toLowerCase(Locale.ROOT)).find();
        }
        return lexicons.has(Lexicon.OFFICE_HOLDER_WORDS, head);
    }

    /** The introduction's sentence names the office some other way: "a lawyer who was elected mayor", "won the seat". */
    private static boolean introducedWith(Titled introduced, Title office) {
        String text = introduced.mention().block().text();
        int from = Math.min(introduced.mention().start(), introduced.title().start());
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        int to = end.find(Math.max(introduced.mention().end(), introduced.title().end()) - 1) ? end.end() : text.length(); // "PhD." may end it
        // "a meteorologist named Edward Lorenz" is what he is called, not an appointment
        String sentence = text.substring(from, to).toLowerCase(Locale.ROOT)
                .replace("named " + introduced.mention().text().toLowerCase(Locale.ROOT), "");
        return sentence.contains(office.head().toLowerCase(Locale.ROOT)) || ELECTED_WORDS.matcher(sentence).find();
    }

    private Finding wording(Article article, Person p, List<Titled> earlier, Titled later) {
        Title t = later.title();
        for (Titled e : earlier) {
            Title et = e.title();
            if (!comparison.canonical(et.head()).equals(comparison.canonical(t.head()))) {
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
                "firstColumn", article.locate(first.mention().block(), ft.start(), ft.end()).column(),
                "where", place(m.block().kind()));
        Related rel = related(article, first.mention().block(), ft.start(), ft.end(),
                "first called '" + ft.text() + "' here");
        // "X was the …": a predicate stands apart from the name; the title alone is marked.
        boolean withName = settings.mode() == Mode.CONFLICT && t.source() != TitleSource.COPULAR;
        int start = withName ? Math.min(t.start(), m.start()) : t.start();
        int end = withName ? Math.max(t.end(), m.end()) : t.end();
        return finding(article, m.block(), start, end, messageId, values, null, List.of(rel));
    }
}
