package dev.copydesk.facts.people;

import java.util.List;

/**
 * One person in the story with every mention in reading order.
 *
 * @param name     the fullest form used in the body (the headline's when the body has none)
 * @param mentions every mention, headline and captions included, in document order
 * @param gender   as the text shows it: a courtesy title ("Mr.", "Ms.") or the usual gender of the given name
 */
public record Person(String name, List<Mention> mentions, Gender gender) {
    public Person {
        mentions = List.copyOf(mentions);
    }
}
