package dev.copydesk.rules;

import java.util.Locale;

/** How much a finding matters; the order is the order of {@code --fail-on}. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity for a rule-file word, or null when the word is not one. */
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
