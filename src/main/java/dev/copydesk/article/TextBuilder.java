package dev.copydesk.article;

import java.util.Arrays;

/**
 * Accumulates block text char by char with each char's source span, collapsing whitespace
 * runs to one space so the NLP sees clean text while positions stay exact.
 */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private boolean pendingSpace;
    private int spaceStart;

    /** Appends one decoded char whose source is {@code [srcStart, srcEnd)}. */
    void append(char c, int srcStart, int srcEnd) {
        if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
            return; // invisible: a soft hyphen inside "Vladi\u00ADmir" must not split the name
        }
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
            if (!pendingSpace) {
                pendingSpace = true;
                spaceStart = srcStart;
            }
            return;
        }
        if (pendingSpace && text.length() > 0) {
            put(' ', spaceStart, spaceStart + 1);
        }
        pendingSpace = false;
        put(c, srcStart, srcEnd);
    }

    /** A break (paragraph-internal {@code <br>}, or a gap between inline elements) acts as a space. */
    void space(int srcOffset) {
        if (!pendingSpace) {
            pendingSpace = true;
            spaceStart = srcOffset;
        }
    }

    private void put(char c, int s, int e) {
        int n = text.length();
        if (n > Article.MAX_TEXT_CHARS) {
            return; // one char past the cap is enough for the analysis to see it and say so
        }
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        text.append(c);
        starts[n] = s;
        ends[n] = e;
    }

    private final java.util.List<int[]> links = new java.util.ArrayList<>();
    private final java.util.List<int[]> italics = new java.util.ArrayList<>();
    private int linkStart = -1;
    private int italicStart = -1;
    private int italicDepth;

    /** Italic text starts here. */
    void openItalic() {
        if (italicDepth++ == 0) {
            italicStart = text.length() + (pendingSpace && text.length() > 0 ? 1 : 0);
        }
    }

    /** The italic text ends here. */
    void closeItalic() {
        if (italicDepth > 0 && --italicDepth == 0 && italicStart >= 0 && text.length() > italicStart) {
            italics.add(new int[]{italicStart, text.length()});
        }
    }

    /** A hyperlink's text starts here. */
    void openLink() {
        linkStart = text.length() + (pendingSpace && text.length() > 0 ? 1 : 0);
    }

    /** The hyperlink's text ends here. */
    void closeLink() {
        if (linkStart >= 0 && text.length() > linkStart) {
            links.add(new int[]{linkStart, text.length()});
        }
        linkStart = -1;
    }

    boolean isBlank() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }

    Block build(BlockKind kind) {
        int n = text.length();
        return new Block(0, kind, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), links, italics);
    }
}
