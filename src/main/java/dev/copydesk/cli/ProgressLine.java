package dev.copydesk.cli;

import dev.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * "copydesk: 12 of 420 files" on standard error, rewritten in place as files finish; erased when
 * the run ends so the report reads as if it had never been there.
 */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private int total;
    private int done;
    private int shownWidth;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Runs {@code work} with a progress line on {@code err} when a person watches the terminal, else with none. */
    static <T> T during(Terminal terminal, PrintWriter err, Function<Progress, T> work) {
        if (!terminal.showsProgress()) {
            return work.apply(Progress.NONE);
        }
        ProgressLine line = new ProgressLine(err);
        try {
            return work.apply(line);
        } finally {
            line.clear();
        }
    }

    @Override
    public synchronized void found(int inputs) {
        total += inputs;
    }

    @Override
    public synchronized void finished() {
        done++;
        if (total > 1) {
            String line = "copydesk: " + done + " of " + total + " files";
            err.print("\r" + line);
            err.flush();
            shownWidth = Math.max(shownWidth, line.length());
        }
    }

    /** Erases the line, if one was shown. */
    synchronized void clear() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
