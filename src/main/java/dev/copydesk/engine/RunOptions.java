package dev.copydesk.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run is configured with.
 *
 * @param rulePaths    user rule files and folders, added to (or replacing) the built-in rules
 * @param defaultRules whether the built-in rules load
 * @param pubDate      publication date that overrides article metadata, or null
 * @param maxBytes     size cap per input
 */
public record RunOptions(List<Path> rulePaths, boolean defaultRules, LocalDate pubDate, long maxBytes) {
    public RunOptions {
        rulePaths = List.copyOf(rulePaths);
    }
}
