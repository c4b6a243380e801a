package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import dev.copydesk.results.FileResult;
import dev.copydesk.checks.Finding;
import java.io.PrintWriter;

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
public final class GithubReporter implements Reporter {

    @Override
    public void write(RunResult result, PrintWriter out) {
        for (FileResult f : result.files()) {
            if (f.error() != null) {
                out.println("::error file=" + property(f.path()) + ",title=copydesk::" + data(f.error()));
            }
            for (Finding x : f.findings()) {
                String command = switch (x.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                out.println("::" + command + " file=" + property(f.path()) + ",line=" + x.location().line()
                        + ",col=" + x.location().column() + ",endLine=" + x.location().endLine()
                        + ",endColumn=" + x.location().endColumn() + ",title=" + property(x.rule()) + "::"
                        + data(x.message() + (x.suggestion() == null ? "" : " (suggestion: " + x.suggestion() + ")")));
            }
        }
        out.println(TextReporter.summary(result));
        out.flush();
    }

    /** Escaping for the message part of a workflow command. */
    public static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for a property value (file, title): also ':' and ','. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
