package dev.copydesk.nlp;

/**
 * A sentence too long to analyse whole ({@link Limits}), read in pieces.
 *
 * @param start char offset of the sentence in the block text
 * @param end   char offset just past it
 * @param words how many words it has
 */
public record Overflow(int start, int end, int words) {
}
