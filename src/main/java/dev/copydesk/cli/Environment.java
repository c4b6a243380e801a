package dev.copydesk.cli;

import dev.copydesk.nlp.Models;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands take from the process they run in, given to them when they are made
 * ({@link Main#commandLine(Environment)}) instead of read from {@code System} where they are
 * used: so a test gives a command its standard input and variables without touching the JVM's.
 * Standard output and error are picocli's ({@code CommandLine.getOut()}, {@code getErr()}).
 *
 * @param stdin     what {@code -} reads
 * @param variables the environment variables ({@code CI}, {@code NO_COLOR}, {@code TERM},
 *                  {@code COPYDESK_DEBUG})
 * @param console   whether a person is at a terminal ({@code System.console()} exists)
 * @param models    the OpenNLP models; asked for only by commands that read articles, and only once
 *                  their rules are known to be good. The process's own environment loads them at
 *                  most once ({@link #system()})
 */
public record Environment(InputStream stdin, Map<String, String> variables, boolean console,
                          Supplier<Models> models) {
    public Environment {
        Objects.requireNonNull(stdin, "stdin");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(models, "models");
    }

    /** The running process's: {@code System.in}, {@code System.getenv()}, {@code System.console()}. */
    public static Environment system() {
        return new Environment(System.in, System.getenv(), System.console() != null, once(Models::load));
    }

    /** What the process is talking to, for colour and progress. */
    public Terminal terminal() {
        return Terminal.of(variables, console);
    }

    /** {@code COPYDESK_DEBUG} is set: an internal error prints its stack trace. */
    public boolean debug() {
        return variables.containsKey("COPYDESK_DEBUG");
    }

    /** This environment with another standard input. */
    public Environment withStdin(InputStream in) {
        return new Environment(in, variables, console, models);
    }

    /** {@code load}, called at most once, on first use; every caller gets the same value. */
    public static <T> Supplier<T> once(Supplier<T> load) {
        Objects.requireNonNull(load, "load");
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(load.get(), "loaded nothing");
                }
                return value;
            }
        };
    }
}
