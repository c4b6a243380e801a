package dev.copydesk.facts.people;

import dev.copydesk.article.Block;
import dev.copydesk.facts.titles.Title;
import java.util.List;

/**
 * One place where a person is named.
 *
 * @param block      the block it is in
 * @param start      char offset of the name in the block (title excluded)
 * @param end        char offset, exclusive
 * @param text       the name as written, possessive stripped ("Assad" for "Assad's")
 * @param parts      the name's parts, hyphenated particles kept with their word ("al-Ayoubi")
 * @param given      the given name(s), or null for a surname-only form
 * @param surname    the surname as written, particles included ("al-Ayoubi")
 * @param surnameKey the surname folded for matching: particles dropped, lower case ("ayoubi")
 * @param form       the shape of the mention
 * @param titles     the titles attached here, the one written closest to the name first ("Sgt." before
 *                   "a police spokeswoman" in "Sgt. Ana Cruz, a police spokeswoman"); empty when none
 */
public record Mention(Block block, int start, int end, String text, List<String> parts, String given,
                      String surname, String surnameKey, MentionForm form, List<Title> titles) {
    public Mention {
        parts = List.copyOf(parts);
        titles = List.copyOf(titles);
    }

    /** The main title attached here, or null. */
    public Title title() {
        return titles.isEmpty() ? null : titles.get(0);
    }
}
