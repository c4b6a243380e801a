package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.MentionForm;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.people.Spellings;
import dev.copydesk.facts.quotes.QuoteSpans;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.Rule;
import java.util.List;
import java.util.Map;

/**
 * A surname used alone in the body before the person's full name appears there. A headline or a
 * caption does not introduce anyone: the reader of the body may not have read them.
 * <p>
 * Rationale: the first reference in the body carries the full name (AP, Reuters, Guardian style);
 * "Mr. X" or a bare surname first leaves the reader guessing who X is.
 */
final class FirstReferenceCheck extends RuleCheck {
    /** Both messages are a short first reference against the full name, and fill all of these. */
    private static final String[] PLACEHOLDERS = {"surname", "name", "fullLine", "fullColumn"};

    static final CheckType<Settings> TYPE = new CheckType<>("first-reference",
            "A surname (or \"Mr. X\") used in the body before the person's full name is given there.",
            Settings.class,
            List.of(MessageSpec.of("later", "the full name comes later in the body", PLACEHOLDERS),
                    MessageSpec.of("never", "only the headline or a caption gives the full name", PLACEHOLDERS)),
            FirstReferenceCheck::new);

    /** The parameters of {@code first-reference}. */
    record Settings(
            @Param(value = "a courtesy title and surname (\"Mr. Ayoubi\") before the full name counts too", dflt = "true")
            boolean honorificIsShort) {
    }

    private final boolean honorificIsShort;

    private FirstReferenceCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.honorificIsShort = settings.honorificIsShort();
    }

    @Override
    public List<Finding> run(Facts facts) {
        Article article = facts.article();
        java.util.ArrayList<Finding> out = new java.util.ArrayList<>();
        QuoteSpans.Index quoted = new QuoteSpans.Index();
        for (Person p : facts.people()) {
            if (!p.confirmed()) {
                continue; // "Dark Samus", "Omega Metroids": capitalised pairs with nothing that says person
            }
            Mention first = null;
            Mention fullInBody = null;
            Mention fullElsewhere = null;
            for (Mention m : p.mentions()) {
                boolean body = m.block().kind().isBody();
                if (body && first == null) {
                    first = m;
                }
                // A full name inside quotation marks is the speaker's wording (or a nickname, "Gucci
                // Grace"), not the writer introducing the person.
                if (m.form() == MentionForm.FULL && !quoted.inside(m.block().text(), m.start())) {
                    if (body && fullInBody == null) {
                        fullInBody = m;
                    } else if (!body && fullElsewhere == null) {
                        fullElsewhere = m;
                    }
                }
            }
            if (first == null || !isShort(first)) {
                continue;
            }
            Mention full = fullInBody != null ? fullInBody : fullElsewhere;
            boolean sameSurname = full != null && (full.surnameKey().equals(first.surnameKey()) || Spellings.isFirstOfTwoSurnames(full.parts(), first.surnameKey()));
            if (full == null || !sameSurname && !outnumbers(p, first, full)) {
                continue; // never given a full name anywhere; or a misspelt lone surname, which name-variant reports
            }
            // "Hicks … Vanessa Hiccks … Hicks … Hicks": the full name is the misspelt one (name-variant says so),
            // and the reader still meets the surname first. Suggest the full name in the surname's spelling.
            String suggestion = sameSurname ? full.text() : full.given() + " " + first.text();
            Map<String, Object> values = Map.of("surname", first.text(), "name", full.text(),
                    "fullLine", where(article, full).line(), "fullColumn", where(article, full).column());
            String id = fullInBody != null ? "later" : "never";
            String note = fullInBody != null ? "full name first given here"
                    : "full name only in the " + full.block().kind().name().toLowerCase(java.util.Locale.ROOT);
            out.add(finding(article, first.block(), first.start(), first.end(), id, values, suggestion,
                    List.of(related(article, full.block(), full.start(), full.end(), note))));
        }
        return out;
    }

    /** The lone surname's spelling is written more often than the full name's: the full name is the odd one out. */
    private static boolean outnumbers(Person p, Mention lone, Mention full) {
        long loneSpelling = p.mentions().stream().filter(m -> m.surnameKey().equals(lone.surnameKey())).count();
        long fullSpelling = p.mentions().stream().filter(m -> m.surnameKey().equals(full.surnameKey())).count();
        return full.given() != null && loneSpelling > fullSpelling;
    }

    private boolean isShort(Mention m) {
        return m.form() == MentionForm.SURNAME || m.form() == MentionForm.TITLE_SURNAME
                || (honorificIsShort && m.form() == MentionForm.HONORIFIC_SURNAME);
    }
}
