package dev.copydesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that only stamp the page: "Feb. 21, 2019", "Posted on Tuesday 15 October 2019 at 09:11 by
 * Bradley M. Kuhn.", "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET". They are
 * credits, not copy: their dates are the page's, not the story's.
 */
final class TimestampLines {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s+(?:[A-Z]{2,4}))?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\\.?\\b");
    private static final Pattern BY_NAMES = Pattern.compile("(?i:\\bby)\\s+\\p{Lu}.*$");
    private static final Set<String> STAMP_WORDS = Set.of("published", "updated", "posted", "first", "last", "modified",
            "originally", "on", "at", "am", "pm", "et", "est", "edt", "gmt", "bst", "utc", "pst", "pdt", "cet", "cest",
            "ist", "aest", "aedt", "and", "|", "-", "—", "–", "·", "•", "/");

    private TimestampLines() {
    }

    static boolean isTimestamp(String text) {
        if (text.length() > 160 || !DATE.matcher(text).find()) {
            return false;
        }
        String rest = DATE.matcher(text).replaceAll(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = WEEKDAY.matcher(rest).replaceAll(" ");
        rest = BY_NAMES.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("\\([^)]{0,40}\\)", " ").replaceAll("[,:;.]", " ");
        int words = 0;
        for (String w : rest.strip().split("\\s+")) {
            if (w.isEmpty() || STAMP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false; // a lower-case word: a sentence about the date, not a stamp
            }
            words++;
        }
        return words <= 2; // an outlet's name before the stamp: "CNNMoney (New York)"
    }
}
