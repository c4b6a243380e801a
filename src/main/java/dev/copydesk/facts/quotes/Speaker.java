package dev.copydesk.facts.quotes;

import dev.copydesk.facts.people.Person;

/**
 * Who a quote is attributed to.
 *
 * @param text   the words that name the speaker as written ("Jay Carney", "a Foreign Office statement", "he")
 * @param person the person it resolves to, or null for an organisation, a document or an unnamed source
 * @param how    how the attribution was found: "said X", "X said", "according to X", "pronoun", "adjacent sentence",
 *               "running quote", "colon"
 */
public record Speaker(String text, Person person, String how) {
    public String name() {
        return person != null ? person.name() : text;
    }
}
