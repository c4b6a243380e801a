package dev.copydesk.article;

import java.util.Arrays;

/** Turns 0-based char offsets in a source file into 1-based line and column; lines end at LF, CRLF or a lone CR. */
public final class LineIndex {
    private final int[] lineStarts;
    /** Chars the parser inserted into the content (a missing end tag), which the file does not have; -1 if none. */
    private final int insertedAt;
    private final int insertedLength;

    private LineIndex(int[] lineStarts, int insertedAt, int insertedLength) {
        this.lineStarts = lineStarts;
        this.insertedAt = insertedAt;
        this.insertedLength = insertedLength;
    }

    public LineIndex(String content) {
        this(lineStarts(content), -1, 0);
    }

    private static int[] lineStarts(String content) {
        int[] starts = new int[16];
        int n = 1; // line 1 starts at 0
        // LF only (nearly every page): indexOf scans the string's bytes, far faster than charAt per char
        boolean lfOnly = content.indexOf('\r') < 0;
        for (int i = lfOnly ? content.indexOf('\n') : nextLineEnd(content, 0); i >= 0;
             i = lfOnly ? content.indexOf('\n', i + 1) : nextLineEnd(content, i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /** The offset of the next LF, or of a CR not followed by LF, at or after {@code from}; -1 when none. */
    private static int nextLineEnd(String content, int from) {
        for (int i = from; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same index for content into which {@code length} chars (no line break among them) were
     * inserted at {@code at}: columns after them on that line are counted as in the file.
     */
    LineIndex withInsertion(int at, int length) {
        return new LineIndex(lineStarts, at, length);
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of the offset, counted in chars. */
    public int column(int offset) {
        int lineStart = lineStarts[line(offset) - 1];
        if (insertedAt >= lineStart && offset > insertedAt) {
            offset = Math.max(insertedAt, offset - insertedLength);
        }
        return offset - lineStart + 1;
    }
}
