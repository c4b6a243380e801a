package dev.copydesk.cli;

import dev.copydesk.rules.RuleFileException;
import picocli.CommandLine;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to run without exiting. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CopydeskCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof RuleFileException) {
                cmd.getErr().println("copydesk: " + ex.getMessage());
            } else {
                cmd.getErr().println("copydesk: internal error: " + ex);
                if (System.getenv("COPYDESK_DEBUG") != null) {
                    ex.printStackTrace(cmd.getErr());
                }
            }
            cmd.getErr().flush();
            return ExitCodes.TROUBLE;
        });
        return cl;
    }
}
