package dev.copydesk.article;

import java.util.Arrays;

/** Turns 0-based char offsets in a source file into 1-based line and column. */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(String content) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of the offset, counted in chars. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
