package dev.copydesk.results;

import dev.copydesk.checks.Finding;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.Severity;
import java.util.List;

/**
 * Every file's result, in the order reported, with the rules that ran (formats such as SARIF
 * describe them).
 */
public record RunResult(List<FileResult> files, List<Rule> rules) {
    public RunResult {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    public int count(Severity s) {
        int n = 0;
        for (FileResult f : files) {
            for (Finding x : f.findings()) {
                if (x.severity() == s) {
                    n++;
                }
            }
        }
        return n;
    }

    public int findings() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    public int errors() {
        return (int) files.stream().filter(f -> f.error() != null).count();
    }

    /** True if any finding is at or above the threshold (null threshold: never). */
    public boolean hasAtLeast(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (FileResult f : files) {
            for (Finding x : f.findings()) {
                if (x.severity().compareTo(threshold) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
