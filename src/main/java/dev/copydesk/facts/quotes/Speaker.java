package dev.copydesk.facts.quotes;

import dev.copydesk.facts.people.Person;

/**
 * Who a quote is attributed to.
 *
 * @param text        the words that name the speaker as written ("Jay Carney", "a Foreign Office statement", "he")
 * @param person      the person it resolves to, or null for an organisation, a document or an unnamed source
 * @param attribution how the attribution was found
 */
public record Speaker(String text, Person person, Attribution attribution) {
    public String name() {
        return person != null ? person.name() : text;
    }

    Speaker as(Attribution a) {
        return new Speaker(text, person, a);
    }
}
