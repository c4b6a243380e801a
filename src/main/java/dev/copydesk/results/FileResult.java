package dev.copydesk.results;

import dev.copydesk.checks.Finding;
import dev.copydesk.facts.Facts;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome for one input: its findings, or the reason it could not be checked.
 *
 * @param path      the input as given
 * @param error     why the file could not be checked, or null
 * @param headline  the article's headline, or null
 * @param published the publication date used, or null
 * @param findings  findings sorted by position, each with its context
 * @param facts     what was read from the article (its text, people, quotes, dates), kept only for reports
 *                  that show the article itself (HTML); null otherwise
 */
public record FileResult(String path, String error, String headline, LocalDate published, List<Finding> findings,
                         Facts facts) {
    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, error, null, null, List.of(), null);
    }

    /** The same file with other findings (a baseline's filter). */
    public FileResult withFindings(List<Finding> kept) {
        return new FileResult(path, error, headline, published, kept, facts);
    }
}
