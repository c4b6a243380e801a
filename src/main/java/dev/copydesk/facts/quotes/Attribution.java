package dev.copydesk.facts.quotes;

/** How a quote's speaker was found; {@link #label()} is what {@code entities} shows. */
public enum Attribution {
    /** "“…,” Carney said" / "Carney said: “…”". */
    X_SAID("X said"),
    /** "“…,” said Jay Carney". */
    SAID_X("said X"),
    /** "according to Carney". */
    ACCORDING_TO("according to X"),
    /** "“…,” he said", resolved to the last person of that gender named before. */
    PRONOUN("pronoun"),
    /** "the spokesman said", resolved to the person who holds that title. */
    ROLE("role"),
    /** A speaker named in the next or previous sentence of the paragraph. */
    ADJACENT_SENTENCE("adjacent sentence"),
    /** "… Berg said:" closing the sentence or paragraph before the quote. */
    COLON("colon"),
    /** "as the coach put it", "was how the mayor summed it up". */
    FRAME("frame"),
    /** A block quotation introduced by the paragraph before it. */
    BLOCK_QUOTE("block quote"),
    /** A quote that runs on from an attributed paragraph (the paragraph opens without closing the quote). */
    RUNNING_QUOTE("running quote"),
    /** A quote paragraph after a one-sentence paragraph that asks what the speaker said ("What did Suh say?"). */
    QUESTION_BEFORE("question before"),
    /** A pull quote: the same words quoted elsewhere in the story, where their speaker is named. */
    REPEATED("repeated"),
    /** A quote paragraph after a paragraph that quoted the same speaker: the quotation goes on. */
    CONTINUED("continued"),
    /** A quote paragraph after one that names the speaker without quoting them: the reader has to guess. */
    PREVIOUS_PARAGRAPH("previous paragraph");

    private final String label;

    Attribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Found outside the quote's own paragraph: a style rule (AP) may still want it said again. */
    public boolean isCarriedOver() {
        return this == CONTINUED || this == PREVIOUS_PARAGRAPH;
    }
}
