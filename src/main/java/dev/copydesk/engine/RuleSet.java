package dev.copydesk.engine;

import dev.copydesk.checks.Check;
import dev.copydesk.checks.CheckContext;
import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules and word lists a run uses: the built-in rules (unless turned off), the presets the
 * config extends, the user's rule files and folders (a folder's {@code lexicons/} extend the word
 * lists), then the config's {@code disable}, {@code severity} and {@code params}
 * ({@link ConfigLoader#rulesInEffect}), each rule built into its check (parameters and messages
 * validated). Every command loads them here, through {@link Workspace}: {@code check},
 * {@code entities}, {@code rules}, {@code authority build}.
 *
 * @param rules    the rules in effect, in load order
 * @param lexicons the word lists
 * @param checks   the rules' checks, in the same order
 */
public record RuleSet(List<Rule> rules, Lexicons lexicons, List<Check> checks) {
    public RuleSet {
        rules = List.copyOf(rules);
        checks = List.copyOf(checks);
    }

    /**
     * Loads and validates; a bad rule file is a {@link RuleFileException} (told by position only when
     * the file is outside the config's folder), a bad config a {@link dev.copydesk.UserFileException}.
     */
    static RuleSet load(RunOptions options) {
        return confined(options.config(), () -> read(options));
    }

    /**
     * Runs {@code load}; a {@link RuleFileException} in a rule file that the config's {@code rules:}
     * reaches outside the config's own folder is told by position only, never by quoting it (a CI
     * log is public; the file may not be).
     */
    static <T> T confined(Config config, Supplier<T> load) {
        Set<String> confined = outsideTheConfig(config);
        try {
            return load.get();
        } catch (RuleFileException e) {
            // only a problem at a place in the file quotes it; "cannot be read" or "too big" does not
            throw e.line() > 0 && confined.contains(e.file())
                    ? e.withoutContents("the file is outside " + config.base() + ", where the config is") : e;
        }
    }

    private static Set<String> outsideTheConfig(Config config) {
        Set<String> out = new HashSet<>();
        if (config.rules().isEmpty()) {
            return out;
        }
        Path base = realPath(config.base());
        try {
            for (Path f : RuleLoader.userFiles(config.rules())) {
                Path real = realPath(f);
                if (base == null || real == null || !real.startsWith(base)) {
                    out.add(f.toString());
                }
            }
        } catch (RuleFileException e) {
            // the same problem comes up again, with its message, when the rules load
        }
        return out;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Loads and validates, quoting any bad rule file; callers go through {@link #confined}. */
    static RuleSet read(RunOptions options) {
        Config config = options.config();
        List<Path> rulePaths = new ArrayList<>(options.rulePaths());
        rulePaths.addAll(config.rules());
        List<Path> folders = rulePaths.stream().filter(Files::isDirectory).toList();
        List<Rule> loaded = RuleLoader.load(options.defaultRules() && config.defaultRules(), config.presets(), rulePaths);
        List<Rule> rules = ConfigLoader.rulesInEffect(config, loaded);
        if (rules.isEmpty()) { // no config to blame: the rule files and folders named hold no rule
            throw new RuleFileException(rulePaths.isEmpty() ? "(no rule files)"
                    : String.join(", ", rulePaths.stream().map(Path::toString).toList()), 0, 0, ConfigLoader.NO_RULE_LEFT);
        }
        Lexicons lexicons = Lexicons.load(folders);
        return new RuleSet(rules, lexicons, CheckRegistry.build(rules, new CheckContext(lexicons)));
    }
}
