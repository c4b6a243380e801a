package dev.copydesk.article;

import java.util.List;

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
 * @param links       {@code [start, end)} char ranges of hyperlinked text (a link can source a claim)
 * @param italics     {@code [start, end)} char ranges set in italics ({@code <i>}, {@code <em>}, {@code <cite>}): where
 *                    titles of works are, "<em>Logan Lucky</em>" is a film, not a person
 */
public record Block(int index, BlockKind kind, String text, int[] sourceStart, int[] sourceEnd, List<int[]> links,
                    List<int[]> italics) {

    public Block {
        if (sourceStart.length != text.length() || sourceEnd.length != text.length()) {
            throw new IllegalArgumentException("source map length does not match text length");
        }
        links = List.copyOf(links);
        italics = List.copyOf(italics);
    }

    public Block(int index, BlockKind kind, String text, int[] sourceStart, int[] sourceEnd) {
        this(index, kind, text, sourceStart, sourceEnd, List.of(), List.of());
    }

    /** Same block under another index (the parser numbers blocks once all are known). */
    public Block withIndex(int newIndex) {
        return new Block(newIndex, kind, text, sourceStart, sourceEnd, links, italics);
    }

    /** The same block as another kind. */
    public Block as(BlockKind newKind) {
        return new Block(index, newKind, text, sourceStart, sourceEnd, links, italics);
    }

    /** Whether all of {@code [start, end)} is set in italics. */
    public boolean italic(int start, int end) {
        for (int[] r : italics) {
            if (r[0] <= start && r[1] >= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} overlaps hyperlinked text. */
    public boolean linked(int start, int end) {
        for (int[] l : links) {
            if (l[0] < end && l[1] > start) {
                return true;
            }
        }
        return false;
    }
}
