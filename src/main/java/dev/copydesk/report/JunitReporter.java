package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import dev.copydesk.results.FileResult;
import dev.copydesk.checks.Finding;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;

/**
 * JUnit XML for CI dashboards: one test case per file; a failure per finding at or above the
 * {@code --fail-on} level; a file that could not be read is an error.
 */
public final class JunitReporter implements Reporter {
    private final Severity threshold;

    /** @param threshold findings at or above this fail their test case; null: none do */
    public JunitReporter(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public void write(RunResult result, PrintWriter out) {
        int failures = 0;
        int errors = 0;
        for (FileResult f : result.files()) {
            if (f.error() != null) {
                errors++;
            } else if (f.findings().stream().anyMatch(this::fails)) {
                failures++;
            }
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"copydesk\" tests=\"" + result.files().size() + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">");
        out.println("  <testsuite name=\"copydesk\" tests=\"" + result.files().size() + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"0\">");
        for (FileResult f : result.files()) {
            out.println("    <testcase classname=\"copydesk\" name=\"" + xml(f.path()) + "\" file=\"" + xml(f.path()) + "\">");
            if (f.error() != null) {
                out.println("      <error message=\"" + xml(f.error()) + "\" type=\"input\"/>");
            }
            for (Finding x : f.findings()) {
                if (!fails(x)) {
                    continue;
                }
                String where = f.path() + ":" + x.location().line() + ":" + x.location().column();
                out.println("      <failure message=\"" + xml(x.message()) + "\" type=\"" + xml(x.rule()) + "\">"
                        + xml(where + ": " + x.severity().id() + " [" + x.rule() + "] " + x.message()) + "</failure>");
            }
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }

    private boolean fails(Finding f) {
        return threshold != null && f.severity().compareTo(threshold) >= 0;
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
