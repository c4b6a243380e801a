package dev.copydesk.engine;

import dev.copydesk.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run is configured with.
 *
 * @param rulePaths    user rule files and folders, added to (or replacing) the built-in rules
 * @param defaultRules whether the built-in rules load
 * @param pubDate      publication date that overrides article metadata, or null
 * @param maxBytes     size cap per input
 * @param config       the repository's .copydesk.yml, or {@link Config#NONE}
 * @param nerModel     a user-supplied OpenNLP name finder model, or null
 * @param keepFacts    keep what was read from each article in its result, for a report that shows the article
 * @param stdinName    the name standard input is reported under and read as ({@code --stdin-filename}), or null
 * @param fileTimeout  how long the work on one file may take before it is stopped and reported as not analysed
 */
public record RunOptions(List<Path> rulePaths, boolean defaultRules, LocalDate pubDate, long maxBytes, Config config,
                         Path nerModel, boolean keepFacts, String stdinName, Duration fileTimeout) {
    /** The default per-file time budget: a page takes well under a second; 30 s is a page gone wrong. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(30);

    public RunOptions {
        rulePaths = List.copyOf(rulePaths);
    }

    public RunOptions(List<Path> rulePaths, boolean defaultRules, LocalDate pubDate, long maxBytes) {
        this(rulePaths, defaultRules, pubDate, maxBytes, Config.NONE, null, false, null, DEFAULT_FILE_TIMEOUT);
    }

    public RunOptions withConfig(Config c) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, c, nerModel, keepFacts, stdinName, fileTimeout);
    }

    public RunOptions withNerModel(Path model) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, model, keepFacts, stdinName, fileTimeout);
    }

    public RunOptions withStdinName(String name) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, nerModel, keepFacts, name, fileTimeout);
    }

    public RunOptions withFileTimeout(Duration timeout) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, nerModel, keepFacts, stdinName, timeout);
    }

    public RunOptions withFacts(boolean keep) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, nerModel, keep, stdinName, fileTimeout);
    }

    /** The name standard input's results are reported under. */
    public String stdinDisplayName() {
        return stdinName == null ? "<stdin>" : stdinName;
    }
}
