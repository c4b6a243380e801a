package dev.copydesk.article;

/**
 * A run of article text (a paragraph, a caption, the headline) with a map from every char
 * back to the source file.
 *
 * @param index       position of the block in the article, 0-based
 * @param kind        what the block is
 * @param text        the decoded text, whitespace runs collapsed to one space
 * @param sourceStart for each char of {@code text}, its 0-based offset in the source file
 * @param sourceEnd   for each char of {@code text}, the source offset just past it (an entity such
 *                    as {@code &amp;} is one char of text and five of source)
 */
public record Block(int index, BlockKind kind, String text, int[] sourceStart, int[] sourceEnd) {

    public Block {
        if (sourceStart.length != text.length() || sourceEnd.length != text.length()) {
            throw new IllegalArgumentException("source map length does not match text length");
        }
    }

    /** Same block under another index (the parser numbers blocks once all are known). */
    public Block withIndex(int newIndex) {
        return new Block(newIndex, kind, text, sourceStart, sourceEnd);
    }
}
