package dev.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints (picocli's black-box testing). */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        return run(Terminal.NONE, args);
    }

    /** As {@link #run(String...)}, for a process attached to {@code terminal}. */
    static CliRun run(Terminal terminal, String... args) {
        CommandLine cl = Main.commandLine(terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
