package dev.copydesk.cli;

import java.util.Map;

/**
 * What the process is talking to, read once at start-up and passed to the commands (so tests can
 * say "a terminal" without one): colour and progress are for people at a terminal, never for
 * pipes, files or CI logs.
 *
 * @param interactive standard input and output are a terminal
 * @param ci          a CI system runs us (the {@code CI} variable every major one sets)
 * @param noColor     {@code NO_COLOR} is set (no-color.org)
 * @param dumb        {@code TERM=dumb}: no cursor movement, no colour
 */
public record Terminal(boolean interactive, boolean ci, boolean noColor, boolean dumb) {
    /** Pipes and files: no colour, no progress. */
    public static final Terminal NONE = new Terminal(false, false, false, false);

    public static Terminal detect() {
        Map<String, String> env = System.getenv();
        String ci = env.get("CI");
        return new Terminal(System.console() != null, ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false"),
                env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty(), "dumb".equals(env.get("TERM")));
    }

    /** Colour when asked "auto". */
    public boolean colors() {
        return interactive && !noColor && !dumb;
    }

    /** Whether a progress line on standard error helps someone watching. */
    public boolean showsProgress() {
        return interactive && !ci && !dumb;
    }
}
