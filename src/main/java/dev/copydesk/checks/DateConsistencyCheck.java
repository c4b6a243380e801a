package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateKind;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.dates.Tense;
import dev.copydesk.facts.quotes.QuoteSpans;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates that cannot be right, by {@code mode}: a weekday that does not match its date
 * ({@code weekday}), a day the month does not have ({@code impossible}), an event whose tense
 * contradicts its date relative to publication ({@code tense}); and AP style: "yesterday",
 * "today", "tomorrow" in copy ({@code relative-words}), a weekday name for a date more than a
 * week from publication ({@code distant-weekday}). Checks that need the publication date stay
 * silent without one.
 */
final class DateConsistencyCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("date-consistency",
            "Dates that cannot be right (a weekday that is not the date's, a day the month lacks, a tense that "
                    + "contradicts the date) and AP date style (relative words, weekdays far from publication).",
            Settings.class,
            List.of(MessageSpec.of("weekday", "a written weekday that is not the date's",
                            "text", "weekday", "actual", "date", "suggestion", "published").inMode("weekday"),
                    MessageSpec.of("no-such-day", "a day the month does not have", "text", "date", "published")
                            .inMode("impossible"),
                    MessageSpec.of("not-leap", "February 29 outside a leap year", "text", "date", "published")
                            .inMode("impossible"),
                    MessageSpec.of("past-after", "a past-tense event dated after publication",
                            "text", "date", "published", "days").inMode("tense"),
                    MessageSpec.of("future-before", "a future-tense event dated before publication",
                            "text", "date", "published", "days").inMode("tense"),
                    MessageSpec.of("doubtful", "several past events after publication: the publication date is suspect",
                            "text", "published", "days").inMode("tense"),
                    MessageSpec.of("relative", "\"yesterday\", \"today\", \"tomorrow\" in copy",
                            "text", "word", "date", "published", "suggestion").inMode("relative-words"),
                    MessageSpec.of("distant", "a weekday written with a date far from publication",
                            "text", "weekday", "days", "date", "published", "suggestion").inMode("distant-weekday"),
                    MessageSpec.of("unknown", "no publication date to measure the story's dates against",
                            "text", "date", "days", "published").inMode("publication-date")),
            DateConsistencyCheck::new);

    /** Past-tense events dated after publication that make the publication date, not the events, suspect. */
    private static final int DOUBTFUL_PUBLICATION = 3;

    enum Mode { WEEKDAY, IMPOSSIBLE, TENSE, RELATIVE_WORDS, DISTANT_WEEKDAY, PUBLICATION_DATE }

    /** The parameters of {@code date-consistency}. */
    record Settings(
            @Param("which dates to report") Mode mode,
            @Param(value = "distant-weekday: a weekday name is fine for dates up to this many days from publication",
                    dflt = "7") int maxWeekdayDistance,
            @Param(value = "tense: severity when the year was inferred and the date is over a month away", dflt = "info")
            Severity unsureSeverity,
            @Param(value = "relative-words: the words to report", dflt = "[yesterday, today, tomorrow, tonight, last night]")
            List<String> words,
            @Param(value = "relative-words: report them inside quotation marks too", dflt = "false") boolean inQuotes)
            implements Modal {
        Settings {
            ParamException.require(maxWeekdayDistance >= 0, "maxWeekdayDistance", "must be 0 or more");
            words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Mode mode;
    private final Settings settings;
    private final Set<String> words;

    private DateConsistencyCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.settings = settings;
        this.mode = settings.mode();
        this.words = Set.copyOf(settings.words());
    }

    @Override
    public List<Finding> run(Facts facts) {
        Article a = facts.article();
        LocalDate pub = a.published();
        if (mode == Mode.PUBLICATION_DATE) {
            return unknownPublication(a, facts.dates());
        }
        if (mode == Mode.TENSE) {
            return pub == null ? List.of() : tense(a, facts.dates(), pub);
        }
        List<Finding> out = new ArrayList<>();
        QuoteSpans.Index quoted = new QuoteSpans.Index();
        for (DateMention d : facts.dates()) {
            Finding f = switch (mode) {
                case WEEKDAY -> weekday(a, d);
                case IMPOSSIBLE -> impossible(a, d);
                case TENSE, PUBLICATION_DATE -> null;
                case RELATIVE_WORDS -> relative(facts, d, pub, quoted);
                case DISTANT_WEEKDAY -> pub == null ? null : distant(a, d, pub);
            };
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Tense findings; many past events after publication make one finding about the publication date instead. */
    private List<Finding> tense(Article a, List<DateMention> dates, LocalDate pub) {
        List<Finding> out = new ArrayList<>();
        List<Finding> pastAfter = new ArrayList<>();
        for (DateMention d : dates) {
            Finding f = tense(a, d, pub);
            if (f != null) {
                out.add(f);
                if (d.tense() == Tense.PAST) {
                    pastAfter.add(f);
                }
            }
        }
        if (pastAfter.size() < DOUBTFUL_PUBLICATION) {
            return out;
        }
        Finding first = pastAfter.get(0);
        Map<String, Object> v = Map.of("text", first.text(), "published", pub.toString(), "days", pastAfter.size());
        out.removeAll(pastAfter);
        out.add(finding(first.span(), first.location(), "doubtful", v, null, List.of())
                .withSeverity(settings.unsureSeverity()));
        return out;
    }

    /**
     * One finding, not silence, when no publication date was found and the story has dates that
     * the tense, relative-word and weekday checks would have measured against it.
     */
    private List<Finding> unknownPublication(Article a, List<DateMention> dates) {
        if (a.published() != null) {
            return List.of();
        }
        List<DateMention> needing = dates.stream().filter(d -> d.block().kind().isBody()
                && (d.kind() == DateKind.RELATIVE || d.kind() == DateKind.WEEKDAY || d.yearInferred()
                || d.kind() == DateKind.DATE || d.kind() == DateKind.RANGE)).toList();
        if (needing.isEmpty()) {
            return List.of();
        }
        DateMention first = needing.get(0);
        Map<String, Object> v = values(first, null);
        v.put("days", needing.size());
        return List.of(finding(a, first.block(), first.start(), first.end(), "unknown", v, null, List.of()));
    }

    private Finding weekday(Article a, DateMention d) {
        if (d.weekday() == null || d.date() == null || d.weekdayStart() < 0 || d.date().getDayOfWeek() == d.weekday()) {
            return null;
        }
        DayOfWeek actual = d.date().getDayOfWeek();
        String written = d.text().substring(d.weekdayStart() - d.start(), d.weekdayEnd() - d.start());
        String suggestion = sameStyle(written, actual);
        String dateText = d.text().substring(d.weekdayEnd() - d.start()).replaceFirst("^,?\\s+", "");
        Map<String, Object> v = values(d, a.published());
        v.put("weekday", written);
        v.put("actual", name(actual));
        v.put("date", dateText + (d.yearInferred() ? " " + d.date().getYear() : ""));
        v.put("suggestion", suggestion);
        return finding(a, d.block(), d.weekdayStart(), d.weekdayEnd(), "weekday", v, suggestion, List.of());
    }

    private Finding impossible(Article a, DateMention d) {
        if (!d.impossible()) {
            return null;
        }
        Map<String, Object> v = values(d, a.published());
        boolean leap = d.value() != null && d.value().matches("\\d{4}-02-29.*");
        return finding(a, d.block(), d.start(), d.end(), leap ? "not-leap" : "no-such-day", v, null, List.of());
    }

    private Finding tense(Article a, DateMention d, LocalDate pub) {
        if (d.date() == null || !(d.kind() == DateKind.DATE || d.kind() == DateKind.RANGE || d.kind() == DateKind.WEEKDAY)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(pub, d.date());
        String id;
        if (d.tense() == Tense.PAST && days > 1) {
            id = "past-after";
        } else if (d.tense() == Tense.FUTURE && days < -1) {
            id = "future-before";
        } else {
            return null;
        }
        Map<String, Object> v = values(d, pub);
        v.put("days", Math.abs(days));
        boolean sure = !d.yearInferred() || Math.abs(days) <= 31;
        Finding f = finding(a, d.block(), d.start(), d.end(), id, v, null, List.of());
        return sure ? f : f.withSeverity(settings.unsureSeverity());
    }

    private Finding relative(Facts facts, DateMention d, LocalDate pub, QuoteSpans.Index quoted) {
        Article a = facts.article();
        if (d.kind() != DateKind.RELATIVE || !words.contains(d.text().toLowerCase(Locale.ROOT))
                || !d.block().kind().isBody() && d.block().kind() != dev.copydesk.article.BlockKind.CAPTION
                || (!settings.inQuotes() && quoted.inside(d.block().text(), d.start()))) {
            return null;
        }
        String word = d.text().toLowerCase(Locale.ROOT);
        if ((word.equals("today") || word.equals("tonight"))
                && (d.clauseTense() == Tense.PRESENT || d.afterNoun())) {
            return null; // "the world today", "gadget trends today": not a date but "nowadays"
        }
        Map<String, Object> v = values(d, pub);
        String suggestion = d.date() == null ? null : name(d.date().getDayOfWeek());
        v.put("word", d.text());
        v.put("suggestion", suggestion == null ? "the day of the week" : suggestion);
        return finding(a, d.block(), d.start(), d.end(), "relative", v, suggestion, List.of());
    }

    private Finding distant(Article a, DateMention d, LocalDate pub) {
        if (d.weekday() == null || d.date() == null || d.weekdayStart() < 0 || d.date().getDayOfWeek() != d.weekday()) {
            return null;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(pub, d.date()));
        if (days <= settings.maxWeekdayDistance()) {
            return null;
        }
        Map<String, Object> v = values(d, pub);
        String written = d.text().substring(d.weekdayStart() - d.start(), d.weekdayEnd() - d.start());
        String dateOnly = d.text().substring(d.weekdayEnd() - d.start()).replaceFirst("^,?\\s+", "");
        v.put("weekday", written);
        v.put("days", days);
        v.put("suggestion", dateOnly);
        return finding(a, d.block(), d.start(), d.end(), "distant", v, dateOnly, List.of());
    }

    /** The values every date message has: the text, its value, the publication date; each message adds its own. */
    private static Map<String, Object> values(DateMention d, LocalDate pub) {
        Map<String, Object> v = new HashMap<>();
        v.put("text", d.text());
        v.put("date", d.value() == null ? d.text() : d.value());
        v.put("published", pub == null ? "unknown" : pub.toString());
        return v;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The right weekday written the way the wrong one was: "Wed." → "Thu.", "Wednesday" → "Thursday". */
    private static String sameStyle(String written, DayOfWeek actual) {
        if (written.endsWith(".")) {
            String ap = switch (actual) {
                case TUESDAY -> "Tues.";
                case THURSDAY -> "Thurs.";
                default -> actual.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ".";
            };
            return ap;
        }
        return name(actual);
    }
}
