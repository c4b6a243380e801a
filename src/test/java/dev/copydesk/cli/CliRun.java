package dev.copydesk.cli;

import dev.copydesk.TestSupport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints (picocli's black-box testing). */
record CliRun(int code, String out, String err) {

    /** A process as pipes and CI see it: nothing on standard input, no variables, no terminal. */
    static Environment environment() {
        return new Environment(InputStream.nullInputStream(), Map.of(), false, TestSupport::models);
    }

    /** The command line in {@link #environment()}, for tests that set its output themselves. */
    static CommandLine commandLine() {
        return Main.commandLine(environment());
    }

    static CliRun run(String... args) {
        return run(environment(), args);
    }

    /** As {@link #run(String...)}, with {@code text} on standard input. */
    static CliRun withStdin(String text, String... args) {
        return run(environment().withStdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), args);
    }

    /** As {@link #run(String...)}, for a person at a terminal, with these environment variables. */
    static CliRun onTerminal(Map<String, String> variables, String... args) {
        return run(new Environment(InputStream.nullInputStream(), variables, true, TestSupport::models), args);
    }

    /** As {@link #run(String...)}, in the process {@code env} describes. */
    static CliRun run(Environment env, String... args) {
        CommandLine cl = Main.commandLine(env, args.length > 0 ? args[0] : null); // as Main.main builds it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
