package dev.copydesk.article;

/** Where a block of text sits in the article; checks treat them differently (a caption does not introduce anyone). */
public enum BlockKind {
    HEADLINE, BODY, BLOCKQUOTE, CAPTION;

    /** Body text in the sense of the copy desk: what the reader reads as the story. */
    public boolean isBody() {
        return this == BODY || this == BLOCKQUOTE;
    }
}
