package dev.copydesk.article;

/**
 * The words around a finding as a reader sees them: its sentence, or a window of the sentence
 * cut at word boundaries when the sentence is long.
 *
 * @param text      plain article text (never source markup)
 * @param offset    where the flagged words start in {@code text}, in chars
 * @param length    how many chars of {@code text} are flagged (less than the finding's text when
 *                  the window cuts a long span)
 * @param kind      the kind of block the words are in, or null when they are not in the story (a
 *                  suppression directive)
 * @param paragraph 1-based number of the paragraph among the story's paragraphs (body and block
 *                  quotes, the way a reader counts them), or 0 for a headline, caption, subhead…
 * @param cutBefore {@code text} is a window that starts inside its sentence
 * @param cutAfter  {@code text} is a window that ends inside its sentence
 */
public record Excerpt(String text, int offset, int length, BlockKind kind, int paragraph, boolean cutBefore,
                      boolean cutAfter) {
    public Excerpt {
        if (offset < 0 || length < 0 || offset + length > text.length()) {
            throw new IllegalArgumentException("flagged part [" + offset + ", " + (offset + length)
                    + ") is outside the excerpt of " + text.length() + " chars");
        }
    }

    /** Where the words are for a reader: "¶ 7" in the story's paragraphs, else the kind of block ("caption"). */
    public String place() {
        return place(kind, paragraph);
    }

    /** "¶ 7" for a paragraph, else the kind of block; "source" outside the story. */
    public static String place(BlockKind kind, int paragraph) {
        if (paragraph > 0) {
            return "¶ " + paragraph;
        }
        return kind == null ? "source" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The flagged words. */
    public String flagged() {
        return text.substring(offset, offset + length);
    }
}
