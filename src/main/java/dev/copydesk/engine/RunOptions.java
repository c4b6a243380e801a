package dev.copydesk.engine;

import dev.copydesk.config.Config;
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
 * @param config       the repository's .copydesk.yml, or {@link Config#NONE}
 * @param nerModel     a user-supplied OpenNLP name finder model, or null
 * @param keepFacts    keep what was read from each article in its result, for a report that shows the article
 */
public record RunOptions(List<Path> rulePaths, boolean defaultRules, LocalDate pubDate, long maxBytes, Config config,
                         Path nerModel, boolean keepFacts) {
    public RunOptions {
        rulePaths = List.copyOf(rulePaths);
    }

    public RunOptions(List<Path> rulePaths, boolean defaultRules, LocalDate pubDate, long maxBytes) {
        this(rulePaths, defaultRules, pubDate, maxBytes, Config.NONE, null, false);
    }

    public RunOptions withConfig(Config c) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, c, nerModel, keepFacts);
    }

    public RunOptions withNerModel(Path model) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, model, keepFacts);
    }

    public RunOptions withFacts(boolean keep) {
        return new RunOptions(rulePaths, defaultRules, pubDate, maxBytes, config, nerModel, keep);
    }
}
