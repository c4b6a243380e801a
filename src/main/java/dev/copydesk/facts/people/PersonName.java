package dev.copydesk.facts.people;

import java.util.List;

/**
 * A person's name split the way the people extraction splits names in copy.
 *
 * @param parts      the words, hyphenated particles kept with their word ("Bashar", "al-Assad")
 * @param given      the given name(s), or null for a surname alone
 * @param surname    the surname as written, particles included ("al-Assad", "van der Berg")
 * @param surnameKey the surname folded for matching: particles dropped, lower case ("assad")
 */
public record PersonName(List<String> parts, String given, String surname, String surnameKey) {
    public PersonName {
        parts = List.copyOf(parts);
    }

    /** The name as written, parts joined by spaces. */
    public String text() {
        return String.join(" ", parts);
    }
}
