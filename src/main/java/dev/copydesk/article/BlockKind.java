package dev.copydesk.article;

/** Where a block of text sits in the article; checks treat them differently (a caption does not introduce anyone). */
public enum BlockKind {
    /** The headline. */
    HEADLINE,
    /** The dek (standfirst, subtitle) under the headline: display type, read like a headline. */
    DEK,
    /** A paragraph of the story, a list item, a table cell of the story. */
    BODY,
    /** A block quotation in the story. */
    BLOCKQUOTE,
    /** A photo caption. */
    CAPTION,
    /** A pull quote: words from the story (often a speaker's) set apart in display type. */
    PULLQUOTE,
    /** A subhead inside the story: read like a headline, not like copy. */
    SUBHEAD,
    /** Code shown in the story ({@code <pre>}): part of what the page says, but not copy to check. */
    CODE,
    /** A cell of a data table in the story: story text, but not sentences. */
    TABLE,
    /** A byline, a contributor line ("… contributed to this report"), a photo credit: names there are not people in the story. */
    CREDIT,
    /** References, footnotes, a bibliography: titles of works in quotation marks, authors' names; not copy. */
    NOTE;

    /** Body text in the sense of the copy desk: what the reader reads as the story. */
    public boolean isBody() {
        return this == BODY || this == BLOCKQUOTE;
    }

    /** The text of the story proper, subheads, tables and notes included: what the extraction benchmark scores. */
    public boolean isStoryText() {
        return isBody() || this == SUBHEAD || this == TABLE || this == NOTE || this == CODE;
    }

    /**
     * Display type around the story (headline, dek, caption, pull quote): what a reader sees first and
     * takes as a summary of the story, so it must agree with the body.
     */
    public boolean isDisplay() {
        return this == HEADLINE || this == DEK || this == CAPTION || this == PULLQUOTE;
    }

    /** Whether facts are read from it: not from credits and notes, whose names are not people in the story, nor code. */
    public boolean isAnalysed() {
        return this != CREDIT && this != NOTE && this != CODE;
    }
}
