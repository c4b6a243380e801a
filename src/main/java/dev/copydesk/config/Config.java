package dev.copydesk.config;

import dev.copydesk.article.ExtractionOptions;
import dev.copydesk.rules.Severity;
import dev.copydesk.rules.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .copydesk.yml}: how a repository of articles wants copydesk run.
 *
 * @param file         the config file, or null for the built-in defaults
 * @param rules        extra rule files and folders, resolved against the config's folder
 * @param defaultRules whether the built-in rules load
 * @param disable      rule ids turned off
 * @param severity     rule ids given another severity
 * @param extraction   body and boilerplate selectors
 * @param include      globs (relative to the config's folder) a directory walk keeps; empty keeps all
 * @param exclude      globs a directory walk drops
 * @param params       parameters set by rule id, as written (positions kept, so a bad value is reported here)
 * @param presets      style-book presets turned on with {@code extends:} ("ap")
 * @param ruleIds      each rule id {@code disable} and {@code severity} name, where it is written (an
 *                     unknown one is reported there)
 */
public record Config(Path file, List<Path> rules, boolean defaultRules, Set<String> disable,
                     Map<String, Severity> severity, ExtractionOptions extraction, List<Glob> include,
                     List<Glob> exclude, Map<String, YamlNode> params, List<String> presets,
                     Map<String, YamlNode> ruleIds) {
    public static final Config NONE = new Config(null, List.of(), true, Set.of(), Map.of(), ExtractionOptions.DEFAULT,
            List.of(), List.of(), Map.of(), List.of(), Map.of());

    public Config {
        rules = List.copyOf(rules);
        disable = Set.copyOf(disable);
        severity = Map.copyOf(severity);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        presets = List.copyOf(presets);
        ruleIds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleIds));
    }

    /** Whether a file a directory walk found is kept: include (when given) and exclude, relative to {@link #base()}. */
    public boolean keeps(Path file) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        Path rel;
        try {
            rel = base().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return true;
        }
        String path = rel.toString().replace(java.io.File.separatorChar, '/');
        boolean in = include.isEmpty() || include.stream().anyMatch(g -> g.matches(path));
        return in && exclude.stream().noneMatch(g -> g.matches(path));
    }

    /** The folder globs are relative to. */
    public Path base() {
        return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }
}
