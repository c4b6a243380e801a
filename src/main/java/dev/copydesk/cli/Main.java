package dev.copydesk.cli;

import dev.copydesk.UserFileException;
import dev.copydesk.engine.Workspace;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    /** The commands that analyse articles: for them the models, word lists and rules start loading at once. */
    private static final java.util.Set<String> ANALYSING = java.util.Set.of("check", "entities", "authority");

    public static void main(String[] args) {
        Environment env = Environment.system();
        if (args.length > 0 && ANALYSING.contains(args[0])) {
            env.models().get(); // returns at once: the models load in the background from here
            Workspace.warmUp();
        }
        System.exit(commandLine(env, args.length > 0 ? args[0] : null).execute(args));
    }

    /** The subcommands, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, EntitiesCommand.class, RulesCommand.class,
            ExplainCommand.class, AuthorityCommand.class);

    /**
     * The configured command line, for {@link #main} and for tests to run without exiting; every
     * command that needs standard input, a variable, the terminal or the models gets them from
     * {@code env} when it is made.
     */
    public static CommandLine commandLine(Environment env) {
        return commandLine(env, null);
    }

    /**
     * The command line with only the subcommand {@code firstWord} names, when it names one: picocli
     * builds each command's model by reflection, a quarter of a one-article run's main thread when
     * all five were built. Anything else ({@code --help}, a typo) gets them all.
     */
    static CommandLine commandLine(Environment env, String firstWord) {
        Factory factory = new Factory(env);
        CommandLine cl = new CommandLine(CopydeskCommand.class, factory);
        boolean named = SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(firstWord));
        for (Class<?> sub : SUBCOMMANDS) {
            if (!named || nameOf(sub).equals(firstWord)) {
                cl.addSubcommand(nameOf(sub), new CommandLine(sub, factory));
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserFileException) {
                cmd.getErr().println("copydesk: " + ex.getMessage());
            } else {
                cmd.getErr().println("copydesk: internal error: " + ex);
                if (env.debug()) {
                    ex.printStackTrace(cmd.getErr());
                }
            }
            cmd.getErr().flush();
            return ExitCodes.TROUBLE;
        });
        HelpLayout.apply(cl);
        return cl;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    /**
     * Makes the commands (picocli's {@code IFactory}): a class with a constructor taking the
     * {@link Environment} gets it; anything else (mixins, converters) is made as picocli makes it.
     */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Constructor<K> withEnvironment;
            try {
                withEnvironment = cls.getDeclaredConstructor(Environment.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            withEnvironment.setAccessible(true);
            return withEnvironment.newInstance(env);
        }
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
