package dev.copydesk.article;

/**
 * A stretch of one block's text: what a finding or a related mention points at, in the terms
 * of the article (the source position is {@link Article#locate}'s business).
 *
 * @param block the block
 * @param start char offset in the block text
 * @param end   char offset, exclusive
 */
public record Span(Block block, int start, int end) {
    public Span {
        if (start < 0 || end > block.text().length() || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not inside a block of "
                    + block.text().length() + " chars");
        }
    }

    public String text() {
        return block.text().substring(start, end);
    }
}
