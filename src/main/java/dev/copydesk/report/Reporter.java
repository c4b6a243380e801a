package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import java.io.PrintWriter;

/** Formats a run's results. Formatters only format: every decision was made before they run. */
public interface Reporter {
    void write(RunResult result, PrintWriter out);
}
