package dev.copydesk.report;

import dev.copydesk.rules.Severity;
import java.util.Locale;

/** The report formats {@code --format} accepts; a new format is one constant and one {@link Reporter}. */
public enum OutputFormat {
    TEXT, COMPACT, JSON, SARIF, GITHUB, JUNIT, HTML;

    /**
     * @param color     colour the text report
     * @param threshold the {@code --fail-on} level, for formats that mark failures (JUnit); null for never
     */
    public Reporter reporter(boolean color, Severity threshold) {
        return switch (this) {
            case TEXT -> new TextReporter(color, true);
            case COMPACT -> new TextReporter(color, false);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case GITHUB -> new GithubReporter();
            case JUNIT -> new JunitReporter(threshold);
            case HTML -> new HtmlReporter();
        };
    }

    /** Whether the report shows the article itself, so the run must keep what it read. */
    public boolean showsArticle() {
        return this == HTML;
    }

    /** The format for a {@code --format} word, or null. */
    public static OutputFormat parse(String word) {
        for (OutputFormat f : values()) {
            if (f.toString().equals(word.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
