package dev.copydesk;

/**
 * Cooperative cancellation of the work on one file: the run interrupts a file's worker thread when
 * its time budget ({@code --file-timeout}) is spent, and the stages call {@link #check()} between
 * steps and in their long loops, so the work stops at a safe point (no lock held, no shared state
 * half-written) instead of being killed.
 */
public final class Interruption {
    private Interruption() {
    }

    /** Thrown at a check point once the thread has been interrupted. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("stopped: the file's time budget is spent", null, false, false);
        }
    }

    /** Stops the current file's work (throws {@link Stopped}) if its thread was interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }
}
