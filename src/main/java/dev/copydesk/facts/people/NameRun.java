package dev.copydesk.facts.people;

import java.util.List;

/**
 * A candidate name found in one sentence, before it is known to be a person.
 *
 * @param firstToken   index of the first name token in the sentence (after stripped titles)
 * @param endToken     index just past the last name token
 * @param runStart     index of the first token of the whole capitalised run, titles included
 * @param start        char offset of the name in the block
 * @param end          char offset of the name, exclusive, possessive excluded
 * @param parts        name parts ("Khaled", "al-Ayoubi")
 * @param honorific    a courtesy title was stripped ("Mr.")
 * @param titleTokens  number of capitalised title tokens stripped from the front ("President")
 * @param courtesy     the courtesy title stripped ("mr."), lower case, or null
 */
record NameRun(int firstToken, int endToken, int runStart, int start, int end, List<String> parts,
               boolean honorific, int titleTokens, String courtesy) {
    NameRun {
        parts = List.copyOf(parts);
    }
}
