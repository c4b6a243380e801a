package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import dev.copydesk.results.FileResult;
import dev.copydesk.checks.Finding;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;

/** One line per finding, {@code path:line:column: severity [rule] message}, then a summary; colour on terminals only. */
public final class TextReporter implements Reporter {
    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(RunResult result, PrintWriter out) {
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                StringBuilder line = new StringBuilder();
                line.append(bold(f.path() + ":" + x.location().line() + ":" + x.location().column() + ":"))
                        .append(' ').append(severity(x.severity()))
                        .append(' ').append(dim("[" + x.rule() + "]"))
                        .append(' ').append(x.message());
                if (x.suggestion() != null) {
                    line.append(dim(" (suggestion: " + x.suggestion() + ")"));
                }
                out.println(line);
            }
        }
        out.println(summary(result));
        out.flush();
    }

    static String summary(RunResult r) {
        int files = r.files().size();
        String s = r.findings() + plural(r.findings(), " finding", " findings") + " in " + files
                + plural(files, " file", " files") + " (" + r.count(Severity.ERROR) + " error"
                + (r.count(Severity.ERROR) == 1 ? "" : "s") + ", " + r.count(Severity.WARNING) + " warning"
                + (r.count(Severity.WARNING) == 1 ? "" : "s") + ", " + r.count(Severity.INFO) + " info)";
        if (r.errors() > 0) {
            s += "; " + r.errors() + plural(r.errors(), " file", " files") + " could not be checked";
        }
        return s;
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private String severity(Severity s) {
        if (!color) {
            return s.id();
        }
        String code = switch (s) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
        return code + s.id() + "\u001B[0m";
    }

    private String bold(String s) {
        return color ? "\u001B[1m" + s + "\u001B[0m" : s;
    }

    private String dim(String s) {
        return color ? "\u001B[2m" + s + "\u001B[0m" : s;
    }
}
