package dev.copydesk.report;

import java.util.Locale;

/** The report formats {@code --format} accepts; a new format is one constant and one {@link Reporter}. */
public enum OutputFormat {
    TEXT, JSON;

    public Reporter reporter(boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(color);
            case JSON -> new JsonReporter();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
