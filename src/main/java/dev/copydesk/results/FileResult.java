package dev.copydesk.results;

import dev.copydesk.checks.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome for one input: its findings, or the reason it could not be checked.
 *
 * @param path      the input as given
 * @param error     why the file could not be checked, or null
 * @param headline  the article's headline, or null
 * @param published the publication date used, or null
 * @param findings  findings sorted by position
 */
public record FileResult(String path, String error, String headline, LocalDate published, List<Finding> findings) {
    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, error, null, null, List.of());
    }
}
