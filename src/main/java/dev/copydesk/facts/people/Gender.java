package dev.copydesk.facts.people;

/** A person's gender as the text shows it (courtesy title, usual gender of the given name), for "he"/"she". */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** The gender a pronoun refers to, or UNKNOWN for "they", "I", "we". */
    public static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** Whether a person of this gender can be the one a pronoun of {@code other} points at. */
    public boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
