package dev.copydesk.facts.people;

import java.util.List;

/**
 * One person in the story with every mention in reading order.
 *
 * @param name     the fullest form used in the body (the headline's when the body has none)
 * @param mentions every mention, headline and captions included, in document order
 * @param gender   as the text shows it: a courtesy title ("Mr.", "Ms.") or the usual gender of the given name
 * @param confirmed the context says person somewhere (a title, a courtesy title, a speech verb, a common given
 *                  name), not only a word that is a given name in some language ("Omega Metroids"); checks that
 *                  compare spellings or order rely on confirmed people only
 */
public record Person(String name, List<Mention> mentions, Gender gender, boolean confirmed) {
    public Person {
        mentions = List.copyOf(mentions);
    }
}
