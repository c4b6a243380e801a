package dev.copydesk.cli;

import dev.copydesk.engine.Session;
import dev.copydesk.rules.RuleFileException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    /** The commands that analyse articles: for them the models and word lists start loading at once. */
    private static final java.util.Set<String> ANALYSING = java.util.Set.of("check", "entities", "authority");

    public static void main(String[] args) {
        if (args.length > 0 && ANALYSING.contains(args[0])) {
            Session.warmUp();
        }
        System.exit(commandLine(Terminal.detect()).execute(args));
    }

    /** The configured command line as pipes and CI see it, for tests to run without exiting. */
    public static CommandLine commandLine() {
        return commandLine(Terminal.NONE);
    }

    /** The configured command line for a process attached to {@code terminal}. */
    public static CommandLine commandLine(Terminal terminal) {
        CommandLine cl = new CommandLine(new CopydeskCommand(terminal));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
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
        HelpLayout.apply(cl);
        return cl;
    }

    /**
     * A usage error is two lines, not the whole help that scrolls the problem away: what is wrong
     * (with the nearest valid word when there is one), and where to read more.
     */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("copydesk: " + problem(ex));
        err.println("try '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.TROUBLE;
    }

    private static String problem(ParameterException ex) {
        String message = ex.getMessage().strip();
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            List<String> suggestions = u.getSuggestions();
            String word = unmatched.isEmpty() ? "" : unmatched.get(0);
            String what = word.startsWith("-") ? "unknown option '" + word + "'"
                    : u.getCommandLine().getSubcommands().isEmpty() ? "unexpected argument '" + word + "'"
                    : "unknown command '" + word + "'";
            if (!suggestions.isEmpty()) {
                what += " (did you mean '" + suggestions.get(0) + "'?)";
            }
            return unmatched.isEmpty() ? message : what;
        }
        return message.replace("\n", " ");
    }
}
