package dev.copydesk.article;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date forms found in article metadata (ISO 8601, compact, RFC 1123). */
final class PublicationDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");

    private PublicationDates() {
    }

    /** The calendar date in the value, or null when it holds none. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1900 && date.getYear() <= 2200 ? date : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
