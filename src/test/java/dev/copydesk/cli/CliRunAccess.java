package dev.copydesk.cli;

/** Lets tests in other packages run the command line in-process. */
public final class CliRunAccess {
    private CliRunAccess() {
    }

    /** Exit code, standard output, standard error. */
    public record Result(int code, String out, String err) {
    }

    /** The command line as pipes and CI see it, with the tests' shared models. */
    public static picocli.CommandLine commandLine() {
        return CliRun.commandLine();
    }

    public static Result run(String... args) {
        CliRun r = CliRun.run(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
