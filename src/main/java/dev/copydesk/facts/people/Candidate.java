package dev.copydesk.facts.people;

import dev.copydesk.article.Block;
import dev.copydesk.facts.titles.Title;
import java.util.List;

/**
 * A name run in context, before it is known whose it is.
 *
 * @param block      where it is
 * @param run        the run and its parts
 * @param titles     the titles attached here, main one first
 * @param evidence   how sure the context makes us that this is a person
 * @param given      given name(s), or null for a surname alone
 * @param surname    surname as written
 * @param surnameKey surname folded for matching
 * @param form       the mention's shape
 * @param text       the name as written
 * @param proper     the tagger or the text's own usage says this is a proper noun (not a capitalised word at a sentence start)
 * @param loose      too weak to be a person; kept only to compare spellings with
 * @param courtesy   the courtesy title before it ("mr.", "ms."), lower case, or null
 * @param companyLike a lone word whose only sign of a person is a role in apposition ("Mojang, the developer")
 * @param thingWord  a lone word that names things ("Park", "Field"): someone's surname only if the story named them in full
 * @param confirming its context says person by itself (a title, a courtesy title, a speech verb, an age, a common
 *                   given name), not only by a given name from the many-language list
 */
record Candidate(Block block, NameRun run, List<Title> titles, Evidence evidence, String given, String surname,
                 String surnameKey, MentionForm form, String text, boolean proper, boolean loose, String courtesy,
                 boolean companyLike, boolean thingWord, boolean confirming) {

    /** How sure the context makes us that a run is a person. */
    enum Evidence { NONE, MEDIUM, STRONG }

    /** This candidate under another surname key ("blasio" for "DeBlasio" when the story also writes "De Blasio"). */
    Candidate withSurnameKey(String key) {
        return new Candidate(block, run, titles, evidence, given, surname, key, form, text, proper, loose, courtesy,
                companyLike, thingWord, confirming);
    }

    /**
     * The same mention cut to its surname ("Beyer" of "Wall Streeter Beyer"), or null when the text does not end
     * in it. The cut run's token indexes count words, not tokens (a hyphenated surname is several tokens); only
     * its character offsets are read after this point.
     */
    Candidate surnameAlone() {
        if (!text.endsWith(surname) || run.end() - surname.length() < run.start()) {
            return null;
        }
        int surnameParts = surname.split(" ").length;
        List<String> parts = run.parts().subList(run.parts().size() - surnameParts, run.parts().size());
        NameRun cut = new NameRun(run.endToken() - surnameParts, run.endToken(), run.runStart(), run.end() - surname.length(),
                run.end(), parts, run.honorific(), run.titleTokens(), run.courtesy());
        return new Candidate(block, cut, titles, evidence, null, surname, surnameKey, MentionForm.SURNAME, surname, proper,
                loose, courtesy, companyLike, thingWord, confirming);
    }

    /** The whole run as a surname with its particle ("Ben Ali"), keyed like the rest of the story's spellings. */
    Candidate asSurname(String whole) {
        return new Candidate(block, run, titles, evidence, null, whole, surnameKey, MentionForm.SURNAME, text, proper, loose,
                courtesy, companyLike, thingWord, confirming);
    }

    Mention mention() {
        return new Mention(block, run.start(), run.end(), text, run.parts(), given, surname, surnameKey, form, titles);
    }

    Candidate as(MentionForm f) {
        return new Candidate(block, run, titles, evidence, given, surname, surnameKey, f, text, proper, loose, courtesy,
                companyLike, thingWord, confirming);
    }

    /** The main title, or null. */
    Title title() {
        return titles.isEmpty() ? null : titles.get(0);
    }

    /** In the headline or the dek: display type, whose full names only join people the body names. */
    boolean inHeadline() {
        return block.kind() == dev.copydesk.article.BlockKind.HEADLINE || block.kind() == dev.copydesk.article.BlockKind.DEK;
    }
}
