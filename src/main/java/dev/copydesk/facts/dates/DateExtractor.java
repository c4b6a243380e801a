package dev.copydesk.facts.dates;

import dev.copydesk.Interruption;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule-based temporal tagger for news copy: absolute dates in AP, British and ISO forms,
 * ranges, weekdays, months, years and relative expressions, each normalised against the
 * publication date (year inference takes the year that puts the date nearest to publication,
 * so "Dec. 30" in a story of Jan. 2 is last year's).
 */
public final class DateExtractor {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String NUMBER = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|a few|a couple of|several|a dozen|half a)";

    private static final Pattern PATTERN = Pattern.compile(
            // ISO 2012-02-04
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)"
            // (Tuesday,) Feb. 4(-6)(, 2012)
            + "|(?<md>\\b(?:(?<mdW>" + WEEKDAY + "),?\\s+)?(?<mdM>" + MONTH + ")\\s+" + DAY.replace("(\\d", "(?<mdD>\\d")
            + "(?:\\s*[-–]\\s*(?<mdE>\\d{1,2})(?!\\d))?(?!\\d|:)(?:,?\\s+(?<mdY>\\d{4})\\b)?)"
            // (Tuesday,) 4 February (2012)
            + "|(?<dm>\\b(?:(?<dmW>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?" + DAY.replace("(\\d", "(?<dmD>\\d")
            + "\\s+(?:of\\s+)?(?<dmM>" + MONTH + ")(?:,?\\s+(?<dmY>\\d{4})\\b)?)"
            // March 2011
            + "|(?<my>\\b(?<myM>" + MONTH + "),?\\s+(?<myY>(?:1[89]|20|21)\\d{2})\\b)"
            // in 2011
            + "|(?<y>(?:\\b(?i:in|since|until|by|from|through|during|before|after|of|early|late|mid-|around|circa|about|between)\\s"
            + "|\\()(?<yY>(?:1[0-9]|20|21)\\d{2})\\b(?!-\\d)"
            + "(?!\\s*(?:%|percent|people|units|cars|votes|feet|miles|dollars|members)))"
            // in March, last March
            + "|(?<m>\\b(?<mPrep>(?i:in|since|until|by|from|through|during|last|next|this|early|late|mid-|of|before|after))\\s"
            + "(?<mM>January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d))"
            // (last|next|this) Tuesday
            + "|(?<w>\\b(?:(?<wRel>(?i:last|next|this))\\s+)?\\b(?<wW>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
            + "(?!,?\\s+" + MONTH + "\\s+\\d)(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")"
            + "(?!'s?\\s+(?:paper|edition|issue)))"
            // relative expressions
            + "|(?<rel>\\b(?i:yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening"
            + "|(?:last|next|this|earlier this|later this) (?:week|month|year)"
            + "|the (?:next|following|previous) (?:day|week|month|year)|the day (?:before|after)"
            + "|" + NUMBER + " (?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)) (?:ago|later|earlier|before|after))\\b)");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("a dozen", 12));
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", "—", "–", "--", ":");
    private static final Set<String> NOT_SIMPLE_PAST_BEFORE = Set.of("has", "have", "is", "are", "be", "been", "being",
            "will", "to");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "tomorrow");
    private static final Set<String> FUTURE_FRAMES = Set.of("scheduled", "expected", "due", "set", "slated", "going",
            "plans", "planned", "plan", "intends", "aims");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "went", "came", "took", "made", "met",
            "began", "fell", "rose", "won", "lost", "left", "held", "gave", "saw", "ran", "found", "became", "sent",
            "spent", "brought", "built", "broke", "fought", "led", "paid", "sold", "struck", "threw", "wrote", "flew",
            "hit", "quit", "shot", "killed", "died", "arrived", "happened", "occurred");
    private static final Set<String> ATTRIBUTION = Set.of("said", "told", "added", "reported", "stated", "noted",
            "wrote", "according", "announced", "confirmed");

    /** Every date expression in reading order; {@code pub} may be null (then relative ones stay unresolved). */
    public List<DateMention> extract(AnnotatedArticle article, LocalDate pub) {
        List<DateMention> out = new ArrayList<>();
        LocalDate anchor = pub;
        boolean anchorYearOnly = false; // the last time named was a year: "in 1942 … two years later"
        for (AnnotatedBlock ab : article.blocks()) {
            Matcher m = PATTERN.matcher(ab.normalized()).useTransparentBounds(true);
            for (Sentence sentence : ab.sentences()) {
                Interruption.check();
                if (!mayHoldDate(sentence)) {
                    continue; // most sentences name no time at all, and the big pattern is the costly part
                }
                m.region(sentence.start(), sentence.end());
                int contextYear = -1;
                while (m.find()) {
                    // "The last deadline, in 2011, was resolved on Aug. 2": the sentence's own year wins.
                    LocalDate reference = contextYear <= 0 ? pub
                            : pub != null ? pub.withYear(contextYear) : LocalDate.of(contextYear, 7, 1);
                    DateMention d = mentionOrNull(ab, m, reference, anchorYearOnly ? null : anchor, pub);
                    if (d != null && d.kind() == DateKind.RELATIVE && d.value() == null && anchorYearOnly) {
                        d = d.withValue(yearsFrom(d.text(), anchor.getYear())); // "The next year", "16 years later"
                    }
                    if (d == null) {
                        continue;
                    }
                    if (d.kind() == DateKind.YEAR) {
                        contextYear = Integer.parseInt(d.value());
                    } else if (d.date() != null && !d.yearInferred() && d.kind() != DateKind.RELATIVE
                            && d.kind() != DateKind.WEEKDAY) {
                        contextYear = d.date().getYear();
                    }
                    out.add(d);
                    if (d.date() != null && (d.kind() == DateKind.DATE || d.kind() == DateKind.RANGE)) {
                        anchor = d.date();
                        anchorYearOnly = false;
                    } else if (d.kind() == DateKind.YEAR && d.value() != null) {
                        anchor = LocalDate.of(Integer.parseInt(d.value()), 7, 1);
                        anchorYearOnly = true;
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern YEARS_FROM = Pattern.compile("(?i)^(?:the (next|following|previous) year|" + NUMBER
            + " (years?|decades?) (later|after|earlier|before))$");

    /** The year a relative expression names counted from a year the story gave, or null. */
    static String yearsFrom(String text, int year) {
        Matcher m = YEARS_FROM.matcher(text.strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return String.valueOf(m.group(1).equalsIgnoreCase("previous") ? year - 1 : year + 1);
        }
        String number = m.group(2).toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(number);
        if (n == null && !number.matches("\\d{1,4}")) {
            return null;
        }
        int count = (n != null ? n : Integer.parseInt(number)) * (m.group(3).toLowerCase(Locale.ROOT).startsWith("decade") ? 10 : 1);
        boolean back = m.group(4).equalsIgnoreCase("earlier") || m.group(4).equalsIgnoreCase("before");
        return String.valueOf(back ? year - count : year + count);
    }

    private static final Set<String> TRIGGERS = Set.of("yesterday", "today", "tomorrow", "tonight", "last", "next",
            "this", "earlier", "later", "ago", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "morning", "afternoon", "evening", "night", "previous", "following", "before", "after");
    private static final Set<String> CALENDAR = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** A sentence with a digit, a capitalised month or weekday, or a relative time word. */
    private static boolean mayHoldDate(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.isEmpty()) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isDigit(c) || TRIGGERS.contains(t.lower())
                    || (Character.isUpperCase(c) && w.length() >= 3 && CALENDAR.contains(t.lower().substring(0, 3)))) {
                return true;
            }
        }
        return false;
    }

    /** A malformed date ("2012-13-45") is not a date: it costs that one mention, never the article. */
    private DateMention mentionOrNull(AnnotatedBlock ab, Matcher m, LocalDate pub, LocalDate anchor, LocalDate published) {
        try {
            return mention(ab, m, pub, anchor, published);
        } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** @param pub the publication date, or a day of the year the sentence names; {@code published} is always the page's */
    private DateMention mention(AnnotatedBlock ab, Matcher m, LocalDate pub, LocalDate anchor, LocalDate published) {
        String group = m.group("iso") != null ? "iso" : m.group("md") != null ? "md" : m.group("dm") != null ? "dm"
                : m.group("my") != null ? "my" : m.group("y") != null ? "y" : m.group("m") != null ? "m"
                : m.group("w") != null ? "w" : "rel";
        int start = m.start(group);
        int end = m.end(group);
        if (group.equals("y")) {
            start = m.start("yY"); // "in 2011": the preposition only told us it is a year
        } else if (group.equals("m") && !isRelative(m.group("mPrep"))) {
            start = m.start("mM");
        }
        // The date's own clause speaks first ("approved the budget on June 12, Obi said, and service
        // will begin…" is past); the whole sentence only when the clause has no verb ("On June 12, …").
        Tense clause = tense(ab, start, end, true);
        Tense tense = clause != Tense.PRESENT ? clause : tense(ab, start, end, false);
        Builder b = new Builder(ab, start, end, tense);
        b.clauseTense = clause;
        switch (group) {
            case "iso" -> b.day(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                    Integer.parseInt(m.group("isoD")), pub);
            case "md" -> {
                b.weekday(m, "mdW");
                if (m.group("mdE") != null) {
                    b.kind = DateKind.RANGE;
                    b.rangeEnd = Integer.parseInt(m.group("mdE"));
                }
                b.day(year(m.group("mdY")), month(m.group("mdM")), Integer.parseInt(m.group("mdD")), pub);
            }
            case "dm" -> {
                b.weekday(m, "dmW");
                b.day(year(m.group("dmY")), month(m.group("dmM")), Integer.parseInt(m.group("dmD")), pub);
            }
            case "my" -> {
                b.kind = DateKind.MONTH;
                b.value = String.format(Locale.ROOT, "%04d-%02d", Integer.parseInt(m.group("myY")), month(m.group("myM")));
            }
            case "y" -> {
                b.kind = DateKind.YEAR;
                b.value = m.group("yY");
            }
            case "m" -> b.month(month(m.group("mM")), isRelative(m.group("mPrep")) ? m.group("mPrep") : null, pub);
            case "w" -> b.weekdayAlone(weekday(m.group("wW")), m.group("wRel"), published); // "Wednesday" is near publication, whatever year the sentence names
            default -> b.relative(m.group("rel").toLowerCase(Locale.ROOT), pub, anchor);
        }
        return b.build();
    }

    private static boolean isRelative(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("last") || w.equals("next") || w.equals("this");
    }

    private static int year(String y) {
        return y == null ? -1 : Integer.parseInt(y);
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (n.length() >= 3 ? n.substring(0, 3) : n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        return switch (n) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /** Tense of the clause around the date: the nearest verb form that shows one, attribution verbs aside. */
    static Tense tense(AnnotatedBlock ab, int start, int end, boolean clauseOnly) {
        int si = Sentence.indexAt(ab.sentences(), start);
        if (si >= 0) {
            Sentence s = ab.sentences().get(si);
            List<Token> tokens = s.tokens();
            int from = 0;
            int to = tokens.size();
            if (clauseOnly) {
                for (int i = 0; i < tokens.size(); i++) {
                    boolean boundary = CLAUSE_BOUNDARIES.contains(tokens.get(i).text());
                    if (boundary && tokens.get(i).end() <= start) {
                        from = i + 1;
                    } else if (boundary && tokens.get(i).start() >= end && to == tokens.size()) {
                        to = i;
                    }
                }
            }
            Tense best = Tense.PRESENT;
            int bestDistance = Integer.MAX_VALUE;
            // "officials said late Thursday": the date belongs to the attribution, which is past.
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.start() >= start) {
                    for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
                        if (ATTRIBUTION.contains(tokens.get(k).lower()) && tokens.get(k).isVerb()) {
                            return Tense.PAST;
                        }
                    }
                    break;
                }
            }
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                Tense found = tenseOf(tokens, i);
                if (found == null) {
                    continue;
                }
                int distance = t.end() <= start ? start - t.end() : Math.max(0, t.start() - end);
                if (distance < bestDistance) {
                    best = found;
                    bestDistance = distance;
                }
            }
            return best;
        }
        return Tense.PRESENT;
    }

    /** Whether the token before the one at {@code start}, in the same sentence, is tagged a noun. */
    static boolean afterNoun(AnnotatedBlock ab, int start) {
        int si = Sentence.indexAt(ab.sentences(), start);
        if (si < 0) {
            return false;
        }
        Token prev = null;
        for (Token t : ab.sentences().get(si).tokens()) {
            if (t.start() >= start) {
                return prev != null && prev.tag().startsWith("NOUN");
            }
            prev = t;
        }
        return false;
    }

    private static Tense tenseOf(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (ATTRIBUTION.contains(w)) {
            return null;
        }
        if (FUTURE.contains(w) && t.tag().startsWith("AUX")) {
            return Tense.FUTURE;
        }
        if (w.equals("would") && t.tag().startsWith("AUX")) {
            return Tense.FUTURE_IN_PAST;
        }
        if (FUTURE_FRAMES.contains(w) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
            return i > 0 && PAST.contains(tokens.get(i - 1).lower()) ? Tense.PAST : Tense.FUTURE;
        }
        if (PAST.contains(w) && (t.isVerb())) {
            return Tense.PAST;
        }
        if (t.tag().startsWith("VERB") && w.endsWith("ed") && w.length() > 4) {
            // "has resigned" and "is expected" are not simple past
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            if (NOT_SIMPLE_PAST_BEFORE.contains(prev)) {
                return null;
            }
            return Tense.PAST;
        }
        return null;
    }

    /** Collects the parts of one mention and resolves it. */
    private static final class Builder {
        final AnnotatedBlock ab;
        final int start;
        final int end;
        final Tense tense;
        Tense clauseTense = Tense.PRESENT;
        DateKind kind = DateKind.DATE;
        String value;
        LocalDate date;
        DayOfWeek weekday;
        int weekdayStart = -1;
        int weekdayEnd = -1;
        boolean impossible;
        boolean yearInferred;
        int rangeEnd = -1;

        Builder(AnnotatedBlock ab, int start, int end, Tense tense) {
            this.ab = ab;
            this.start = start;
            this.end = end;
            this.tense = tense;
        }

        void weekday(Matcher m, String group) {
            if (m.group(group) != null) {
                weekday = DateExtractor.weekday(m.group(group));
                weekdayStart = m.start(group);
                weekdayEnd = m.end(group);
            }
        }

        void day(int year, int month, int day, LocalDate pub) {
            if (month < 1 || month > 12 || day < 1) {
                value = null; // "2012-13-45", "Feb. 0": a code, a version number or a typo, no calendar date
                return;
            }
            if (day < 1 || day > 31) {
                impossible = day > 31 || day < 1;
                value = null;
                if (!impossible) {
                    return;
                }
            }
            int y = year;
            if (y < 0 && pub != null) {
                y = nearestYear(month, Math.min(day, 28), pub);
                yearInferred = true;
            }
            if (y < 0) {
                impossible = day > maxDay(2000, month) || day < 1; // Feb. 29 may exist: the year is unknown
                value = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
                return;
            }
            value = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
            if (day < 1 || day > maxDay(y, month)) {
                impossible = true;
                return;
            }
            date = LocalDate.of(y, month, day);
            if (rangeEnd > 0) {
                value += "/" + String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, rangeEnd);
            }
        }

        void month(int month, String rel, LocalDate pub) {
            kind = DateKind.MONTH;
            if (pub == null) {
                value = String.format(Locale.ROOT, "XXXX-%02d", month);
                return;
            }
            int y = pub.getYear();
            String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
            if (r.equals("last") || (r.isEmpty() && tense == Tense.PAST)) {
                y = month < pub.getMonthValue() ? y : y - 1;
            } else if (r.equals("next") || (r.isEmpty() && tense == Tense.FUTURE)) {
                y = month > pub.getMonthValue() ? y : y + 1;
            } else if (r.isEmpty()) {
                y = nearestYear(month, 15, pub);
            }
            value = String.format(Locale.ROOT, "%04d-%02d", y, month);
            yearInferred = true;
        }

        void weekdayAlone(DayOfWeek dow, String rel, LocalDate pub) {
            kind = DateKind.WEEKDAY;
            weekday = dow;
            if (pub == null) {
                return;
            }
            String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
            if (r.equals("next") || (r.isEmpty() && (tense == Tense.FUTURE || tense == Tense.FUTURE_IN_PAST))) {
                date = pub.with(r.equals("next") ? TemporalAdjusters.next(dow) : TemporalAdjusters.nextOrSame(dow));
            } else if (r.equals("last")) {
                date = pub.with(TemporalAdjusters.previous(dow));
            } else if (r.equals("this")) {
                date = pub.with(TemporalAdjusters.nextOrSame(dow));
            } else {
                date = pub.with(TemporalAdjusters.previousOrSame(dow));
            }
            value = date.toString();
        }

        void relative(String text, LocalDate pub, LocalDate anchor) {
            kind = DateKind.RELATIVE;
            String t = text.replaceAll("\\s+", " ");
            LocalDate base = t.contains("later") || t.contains("earlier") && !t.startsWith("earlier this")
                    || t.contains("before") || t.contains("after") || t.contains("following") || t.contains("previous")
                    || t.startsWith("the next") ? anchor : pub;
            if (base == null) {
                return;
            }
            switch (t) {
                case "today", "tonight", "this morning", "this afternoon", "this evening" -> date = base;
                case "yesterday", "last night" -> date = base.minusDays(1);
                case "tomorrow" -> date = base.plusDays(1);
                case "the next day", "the following day", "the day after" -> date = base.plusDays(1);
                case "the previous day", "the day before" -> date = base.minusDays(1);
                case "last week", "the previous week" -> value = week(base.minusWeeks(1));
                case "this week", "earlier this week", "later this week" -> value = week(base);
                case "next week", "the next week", "the following week" -> value = week(base.plusWeeks(1));
                case "last month" -> value = YearMonth.from(base).minusMonths(1).toString();
                case "this month", "earlier this month", "later this month" -> value = YearMonth.from(base).toString();
                case "next month", "the next month", "the following month" -> value = YearMonth.from(base).plusMonths(1).toString();
                case "the previous month" -> value = YearMonth.from(base).minusMonths(1).toString();
                case "the next year", "the following year" -> value = String.valueOf(base.getYear() + 1);
                case "the previous year" -> value = String.valueOf(base.getYear() - 1);
                case "last year" -> value = String.valueOf(base.getYear() - 1);
                case "this year", "earlier this year", "later this year" -> value = String.valueOf(base.getYear());
                case "next year" -> value = String.valueOf(base.getYear() + 1);
                default -> offset(t, base);
            }
            if (date != null) {
                value = date.toString();
            }
        }

        private void offset(String t, LocalDate base) {
            String[] w = t.split(" ");
            if (w.length < 3) {
                return;
            }
            String number = String.join(" ", java.util.Arrays.copyOf(w, w.length - 2));
            String unitWord = w[w.length - 2];
            Integer n = NUMBERS.get(number);
            if (n == null && !number.matches("\\d{1,6}")) {
                return; // "a few days ago", "4500000000 years ago": a time, but no day to name
            }
            long count = n != null ? n : Long.parseLong(number);
            if (unitWord.startsWith("decade")) {
                count *= 10;
            } else if (unitWord.startsWith("centur")) {
                count *= 100;
            }
            ChronoUnit unit = unitWord.startsWith("day") ? ChronoUnit.DAYS : unitWord.startsWith("week") ? ChronoUnit.WEEKS
                    : unitWord.startsWith("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
            if (unit == ChronoUnit.YEARS && count > 5000) {
                return;
            }
            String direction = w[w.length - 1];
            boolean back = direction.equals("ago") || direction.equals("earlier") || direction.equals("before");
            LocalDate d = back ? base.minus(count, unit) : base.plus(count, unit);
            if (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS) {
                date = d;
            } else if (unit == ChronoUnit.MONTHS) {
                value = YearMonth.from(d).toString();
            } else {
                value = String.valueOf(d.getYear());
            }
        }

        private static String week(LocalDate d) {
            return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        DateMention build() {
            String text = ab.block().text().substring(start, end);
            return new DateMention(ab.block(), start, end, text, kind, value, date, weekday, weekdayStart, weekdayEnd,
                    impossible, yearInferred, tense, clauseTense, afterNoun(ab, start));
        }
    }

    /** The year that puts month/day nearest to the publication date. */
    static int nearestYear(int month, int day, LocalDate pub) {
        int best = pub.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            long gap = Math.abs(ChronoUnit.DAYS.between(pub, LocalDate.of(y, month, Math.min(day, maxDay(y, month)))));
            if (gap < bestGap) {
                best = y;
                bestGap = gap;
            }
        }
        return best;
    }

    static int maxDay(int year, int month) {
        return YearMonth.of(year, month).lengthOfMonth();
    }
}
