package dev.copydesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms found in article metadata: ISO 8601, compact {@code 20191119}, RFC 1123,
 * "November 19, 2019", "19 Nov 2019", epoch seconds or milliseconds. Placeholders are not dates:
 * years before 1900 ({@code 0001-01-01}) and the Unix epoch.
 */
final class PublicationDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})$");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    /** Java's {@code Date.toString()}: "Fri Mar 13 21:30:09 EST 2015". */
    private static final Pattern JAVA_DATE = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+[A-Z]{2,5}\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final LocalDate EPOCH_DAY = LocalDate.of(1970, 1, 1);

    private PublicationDates() {
    }

    /** The calendar date in the value, or null when it holds none (or only a placeholder). */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = EPOCH.matcher(v);
        if (m.find()) {
            long n = Long.parseLong(v);
            LocalDate d = Instant.ofEpochMilli(v.length() == 13 ? n : n * 1000).atZone(ZoneOffset.UTC).toLocalDate();
            return plausible(d);
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(v);
        if (m.find()) {
            return of(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = JAVA_DATE.matcher(v);
        if (m.find()) {
            return of(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.find()) {
            return of(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        try {
            return plausible(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    }

    /** The date of year, month and day as written, or null when it is no date or a placeholder. */
    static LocalDate of(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2200 && !date.equals(EPOCH_DAY) ? date : null;
    }
}
