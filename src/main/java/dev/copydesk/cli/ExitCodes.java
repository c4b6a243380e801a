package dev.copydesk.cli;

/** The exit codes CI gates depend on. */
public final class ExitCodes {
    /** Nothing at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Usage error, bad rule file, or an input that could not be read. */
    public static final int TROUBLE = 2;

    private ExitCodes() {
    }
}
