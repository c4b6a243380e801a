package dev.copydesk.report;

import dev.copydesk.article.Excerpt;
import dev.copydesk.checks.Finding;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;

/**
 * For people: each finding as {@code path:line:column: severity [rule] message}, then (unless
 * compact) its sentence with the flagged words marked and the paragraph it is in; then a
 * summary. Colour on terminals only; article text never reaches the terminal as control codes.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001B[0m";

    private final boolean color;
    private final boolean context;

    /**
     * @param color   colour severities and the flagged words
     * @param context print each finding's sentence under it; false for the one-line form editors' error parsers read
     */
    public TextReporter(boolean color, boolean context) {
        this.color = color;
        this.context = context;
    }

    @Override
    public void write(RunResult result, PrintWriter out) {
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                out.println(render(f.path(), x));
                if (context && x.context() != null) {
                    out.println();
                }
            }
        }
        out.println(summary(result));
        out.flush();
    }

    /** One finding: its line, then (unless compact) its excerpt and the carets under the flagged words. */
    String render(String path, Finding x) {
        String line = headline(path, x);
        return context && x.context() != null ? line + "\n" + excerpt(x) : line;
    }

    private String headline(String path, Finding x) {
        StringBuilder line = new StringBuilder();
        line.append(paint("\u001B[1m", Display.safe(path + ":" + x.location().line() + ":" + x.location().column() + ":")))
                .append(' ').append(paint(code(x.severity()), x.severity().id()))
                .append(' ').append(paint("\u001B[2m", "[" + x.rule() + "]"))
                .append(' ').append(Display.safe(x.message()));
        if (x.suggestion() != null) {
            line.append(paint("\u001B[2m", Display.safe(" (suggestion: " + x.suggestion() + ")")));
        }
        return line.toString();
    }

    /** The excerpt, then a line of carets under the flagged words. */
    private String excerpt(Finding x) {
        Excerpt c = x.context();
        String label = c.place();
        String before = (c.cutBefore() ? "… " : "") + Display.safe(c.text().substring(0, c.offset()));
        String flagged = Display.safe(c.flagged());
        String after = Display.safe(c.text().substring(c.offset() + c.length())) + (c.cutAfter() ? " …" : "");
        return "    " + paint("\u001B[2m", label + " |") + " " + before + paint("\u001B[1m" + code(x.severity()), flagged)
                + after + "\n"
                + "    " + " ".repeat(Display.width(label)) + paint("\u001B[2m", " |") + " "
                + " ".repeat(Display.width(before)) + paint(code(x.severity()), "^".repeat(Math.max(1, Display.width(flagged))));
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

    private static String code(Severity s) {
        return switch (s) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }

    private String paint(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
