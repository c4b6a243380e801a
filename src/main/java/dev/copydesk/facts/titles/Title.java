package dev.copydesk.facts.titles;

import java.util.List;
import java.util.Set;

/**
 * A title or role attached to one mention, parsed into what the consistency check compares.
 *
 * @param text        the title as written
 * @param start       char offset in the block
 * @param end         char offset in the block, exclusive
 * @param source      how it is attached
 * @param heads       canonical title heads found ("ambassador", "secretary of defense"); the main one first
 * @param kind        what the main head is: an office, an occupation, a playing position, a role, a credential
 * @param field       the field of an occupation or of a calling's office ("medicine", "clergy"), or a position's group ("forward"); or null
 * @param former      "former" or "ex-" qualifies it
 * @param specifiers  words that say which office: "iraq" in "ambassador to Iraq", "white house" words
 * @param rankWords   seniority words ("top", "most senior") that make wording variants, not conflicts
 * @param employer    the proper words of the organisation the title names, lower case ("tempus" in "trader at
 *                    Tempus Inc.", "tufts" in "the Tufts center's director")
 * @param academic    the title names a university by that word ("at Columbia University")
 * @param secondPost  a post one holds beside a job elsewhere: visiting, adjunct, emeritus, a fellowship, a membership
 */
public record Title(String text, int start, int end, TitleSource source, List<String> heads, TitleKind kind,
                    String field, boolean former, Set<String> specifiers, Set<String> rankWords,
                    Set<String> employer, boolean academic, boolean secondPost) {
    public Title {
        heads = List.copyOf(heads);
        specifiers = Set.copyOf(specifiers);
        rankWords = Set.copyOf(rankWords);
        employer = Set.copyOf(employer);
    }

    /** Whether the main head is a specific office (offices.txt) rather than a descriptive role. */
    public boolean office() {
        return kind == TitleKind.OFFICE;
    }

    /** The main head. */
    public String head() {
        return heads.get(0);
    }
}
