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
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        if (content.indexOf('\r') < 0) {
            // LF only (nearly every page): indexOf scans the string's bytes, far faster than charAt per char
            for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            this.lineStarts = Arrays.copyOf(starts, n);
            this.insertedAt = -1;
            this.insertedLength = 0;
            return;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'));
            if (!end) {
                continue;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.insertedAt = -1;
        this.insertedLength = 0;
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
