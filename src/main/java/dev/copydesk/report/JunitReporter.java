package dev.copydesk.report;

import dev.copydesk.checks.Finding;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;

/**
 * JUnit XML for CI dashboards: a test suite per file and a test case per finding, named by rule
 * and position, so every finding shows (viewers show one failure per test case). A finding at or
 * above {@code --fail-on} fails its test case; below it, the test case passes with the message
 * as output. A file without findings is one passing test case; a file that could not be read, one
 * test case in error.
 */
public final class JunitReporter implements Reporter {
    private static final TextReporter PLAIN = new TextReporter(false, true);

    private final Severity threshold;

    /** @param threshold findings at or above this fail their test case; null: none do */
    public JunitReporter(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public void write(RunResult result, PrintWriter out) {
        int tests = 0;
        int failures = 0;
        for (FileResult f : result.files()) {
            tests += cases(f);
            failures += failures(f);
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"copydesk\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + result.errors() + "\">");
        for (FileResult f : result.files()) {
            suite(f, out);
        }
        out.println("</testsuites>");
        out.flush();
    }

    private void suite(FileResult f, PrintWriter out) {
        String path = Markup.escape(f.path());
        out.println("  <testsuite name=\"" + path + "\" tests=\"" + cases(f) + "\" failures=\"" + failures(f)
                + "\" errors=\"" + (f.error() == null ? 0 : 1) + "\" skipped=\"0\" file=\"" + path + "\">");
        if (f.error() != null) {
            out.println("    <testcase classname=\"" + path + "\" name=\"read\" file=\"" + path + "\">");
            out.println("      <error message=\"" + Markup.escape(f.error()) + "\" type=\"input\"/>");
            out.println("    </testcase>");
        } else if (f.findings().isEmpty()) {
            out.println("    <testcase classname=\"" + path + "\" name=\"no findings\" file=\"" + path + "\"/>");
        }
        for (Finding x : f.findings()) {
            String name = x.rule() + " at " + x.location().line() + ":" + x.location().column();
            String report = PLAIN.render(f.path(), x);
            out.println("    <testcase classname=\"" + path + "\" name=\"" + Markup.escape(name) + "\" file=\"" + path
                    + "\" line=\"" + x.location().line() + "\">");
            if (fails(x)) {
                out.println("      <failure message=\"" + Markup.escape(x.message()) + "\" type=\"" + Markup.escape(x.rule()) + "\">"
                        + Markup.escape(report) + "</failure>");
            } else {
                out.println("      <system-out>" + Markup.escape(report) + "</system-out>");
            }
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
    }

    private static int cases(FileResult f) {
        return Math.max(1, f.findings().size());
    }

    private int failures(FileResult f) {
        return (int) f.findings().stream().filter(this::fails).count();
    }

    private boolean fails(Finding f) {
        return threshold != null && f.severity().compareTo(threshold) >= 0;
    }
}
