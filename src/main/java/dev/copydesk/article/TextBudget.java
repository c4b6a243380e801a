package dev.copydesk.article;

/**
 * The story text a parser has kept, against {@link Article#MAX_TEXT_CHARS}: blocks facts are read
 * from count ({@link BlockKind#isAnalysed}), and once the budget is spent the parser keeps no more
 * blocks, so it stops after the block that crossed it. One per article being parsed.
 */
final class TextBudget {
    private long kept;

    /** Counts a block the parser keeps. */
    void spend(Block b) {
        if (b.kind().isAnalysed()) {
            kept += b.text().length();
        }
    }

    /** Whether the parser should stop: the blocks kept hold more analysed text than the budget. */
    boolean isSpent() {
        return kept > Article.MAX_TEXT_CHARS;
    }
}
