package dev.copydesk.facts.quotes;

import dev.copydesk.article.Block;

/**
 * A direct quotation.
 *
 * @param block      the block it is in
 * @param start      char offset of the opening mark
 * @param end        char offset just past the closing mark (or the block end for a quote that runs on)
 * @param text       the quoted words, marks excluded
 * @param full       a sentence or more, not a few words inside the writer's sentence ("skeleton staff")
 * @param runsOn     the paragraph opens it without closing it; the next paragraph continues it
 * @param marked     in quotation marks; false for a block quotation set off without them (an excerpt)
 * @param speaker    who said it, or null
 * @param note       why a nearby candidate speaker was not taken, or null
 * @param unvoiced   a partial quote of five words or more, with no speaker, whose sentence and the sentence
 *                   before hold no one who could be saying or writing it: no name, no personal pronoun, no
 *                   speech verb, no source, speaker or title noun ("But it is also an assurance “that people
 *                   are watching out for the resource.”")
 */
public record Quote(Block block, int start, int end, String text, boolean full, boolean runsOn, boolean marked,
                    Speaker speaker, String note, boolean unvoiced) {
    /** Words in the first person: someone's own. "us" only in lower case ("the US will not lift …" is a country). */
    public static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
            "(?i:\\b(i|we|me|my|our|i'm|we're|i've|we've|i'll|we'll)\\b)|\\b[Uu]s\\b");

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"'\u201D\u2019)]*\\s+[\"'\u201C\u2018(]*\\p{Lu}");

    public Quote withSpeaker(Speaker s, String why) {
        return new Quote(block, start, end, text, full, runsOn, marked, s, why, unvoiced && s == null);
    }

    public Quote asUnvoiced() {
        return new Quote(block, start, end, text, full, runsOn, marked, speaker, note, true);
    }

    /** How many sentences the quoted words hold: a statement that goes on, or a single line. */
    public int sentences() {
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        int n = 1;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
