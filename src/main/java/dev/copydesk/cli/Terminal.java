package dev.copydesk.cli;

import java.util.Map;

/**
 * What the process is talking to, read from the {@link Environment} the commands are given (so
 * tests can say "a terminal" without one): colour and progress are for people at a terminal,
 * never for pipes, files or CI logs.
 *
 * @param interactive standard input and output are a terminal
 * @param ci          a CI system runs us (the {@code CI} variable every major one sets)
 * @param noColor     {@code NO_COLOR} is set (no-color.org)
 * @param dumb        {@code TERM=dumb}: no cursor movement, no colour
 */
public record Terminal(boolean interactive, boolean ci, boolean noColor, boolean dumb) {
    /** Pipes and files: no colour, no progress. */
    public static final Terminal NONE = new Terminal(false, false, false, false);

    /**
     * @param variables the environment variables
     * @param console   whether standard input and output are a terminal
     */
    public static Terminal of(Map<String, String> variables, boolean console) {
        String ci = variables.get("CI");
        String noColor = variables.get("NO_COLOR");
        return new Terminal(console, ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false"),
                noColor != null && !noColor.isEmpty(), "dumb".equals(variables.get("TERM")));
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
