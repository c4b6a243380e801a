package dev.copydesk.fuzz;

import dev.copydesk.cli.CliRunAccess;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the command line in-process on a fuzzer's input and checks the property every run must
 * have: the exit code is 0, 1 or 2, no exception escapes (no "internal error", no "could not be
 * analysed"), no input overruns its time budget, and no file is written (copydesk writes only
 * --output, which these runs do not give).
 */
final class FuzzRun {
    /** Far above what a fuzzer's input (a few KB) needs: an input over it is a finding. */
    private static final String FILE_TIMEOUT = "20";

    private FuzzRun() {
    }

    /** The result of one command line run. */
    record Result(int code, String out, String err) {
    }

    /** Runs {@code copydesk args} with {@code files} written into a fresh folder first ({name, content} pairs). */
    static Result run(Path dir, List<String> args) {
        Set<String> before = listing(dir);
        Set<String> cwdBefore = listing(Path.of(""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = CliRunAccess.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(new String[0]));
        Result r = new Result(code, out.toString(), err.toString());
        check(code == 0 || code == 1 || code == 2, "exit code " + code, r);
        check(!says(r, "internal error: ") && !saysOfAFile(r, "internal error while checking ("), "an exception escaped", r);
        check(!saysOfAFile(r, "could not be analysed ("), "the analysis threw", r);
        check(!saysOfAFile(r, "not analysed: it took longer than the time budget"), "an input overran its time budget", r);
        check(before.equals(listing(dir)), "a file was written beside the input: " + listing(dir), r);
        check(cwdBefore.equals(listing(Path.of(""))), "a file was written in the working folder", r);
        return r;
    }

    /** Whether copydesk itself wrote a line starting {@code what}: a rule id or value it quotes may hold the same words. */
    static boolean says(Result r, String what) {
        return r.err().lines().anyMatch(l -> l.startsWith("copydesk: " + what));
    }

    /** Whether copydesk wrote "PATH: {@code what}" about one of its inputs (the fuzz inputs' paths hold no colon). */
    static boolean saysOfAFile(Result r, String what) {
        return r.err().lines().anyMatch(l -> l.startsWith("copydesk: ") && l.indexOf(": ", "copydesk: ".length()) >= 0
                && l.substring(l.indexOf(": ", "copydesk: ".length()) + 2).startsWith(what));
    }

    static String timeoutOption() {
        return FILE_TIMEOUT;
    }

    private static void check(boolean ok, String what, Result r) {
        if (!ok) {
            throw new AssertionError(what + " (exit " + r.code() + ")\n" + r.err());
        }
    }

    /** Names in a folder, ignoring what the fuzzer itself keeps in the working folder. */
    private static Set<String> listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".cifuzz") && !n.startsWith("crash-") && !n.startsWith("timeout-")
                            && !n.startsWith("slow-unit-") && !n.startsWith("oom-") && !n.equals("target")
                            && !n.startsWith("jazzer"))
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh empty folder for one run. */
    static Path freshDir() {
        try {
            return Files.createTempDirectory("copydesk-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
