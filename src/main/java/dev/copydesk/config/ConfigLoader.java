package dev.copydesk.config;

import dev.copydesk.UserFileException;
import dev.copydesk.article.ExtractionOptions;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.rules.SettingsFile;
import dev.copydesk.rules.Severity;
import dev.copydesk.rules.YamlNode;
import dev.copydesk.rules.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Finds and reads {@code .copydesk.yml} (walking up from an input, as .editorconfig does), validating every key. */
public final class ConfigLoader {
    public static final String FILE_NAME = ".copydesk.yml";
    private static final Set<String> KEYS = Set.of("rules", "defaultRules", "disable", "severity", "body", "ignore",
            "include", "exclude", "params", "extends");

    /** Why a run with no rule is refused, after the file or folders that leave none. */
    public static final String NO_RULE_LEFT = "no rule left to run (built-in rules off or all disabled, and no rules "
            + "of your own); nothing would be checked";

    private ConfigLoader() {
    }

    /** The nearest config at or above {@code input} (a file or folder), or null. */
    public static Path find(Path input) {
        Path dir = input.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Reads and validates a config; a problem is a {@link UserFileException} at its line and column. */
    public static Config load(Path file) {
        String content = SettingsFile.read(file, "config", SettingsFile.MAX_RULES_BYTES);
        YamlNode root = YamlReader.read(file.toString(), content);
        if (root.isNull() || (root.isMap() && root.map().isEmpty())) {
            return new Config(file, List.of(), true, Set.of(), Map.of(), ExtractionOptions.DEFAULT, List.of(), List.of(),
                    Map.of(), List.of(), Map.of());
        }
        Map<String, YamlNode> m = root.map();
        for (Map.Entry<String, YamlNode> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw e.getValue().error("unknown config key '" + e.getKey() + "'; a config has: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        }
        List<Path> rules = rulePaths(m.get("rules"), file.toAbsolutePath().getParent());
        boolean defaults = m.get("defaultRules") == null || m.get("defaultRules").bool();
        Set<String> disable = new LinkedHashSet<>();
        nodes(m.get("disable")).forEach(n -> disable.add(n.text()));
        Map<String, Severity> severity = severities(m.get("severity"));
        ExtractionOptions extraction = extraction(m.get("body"), m.get("ignore"));
        List<Glob> include = globs(m.get("include"));
        List<Glob> exclude = globs(m.get("exclude"));
        Map<String, YamlNode> params = params(m.get("params"));
        List<String> presets = presets(m.get("extends"));
        return new Config(file, rules, defaults, disable, severity, extraction, include, exclude, params, presets,
                ruleIds(m.get("disable"), m.get("severity")));
    }

    /** The rule files and folders {@code rules:} names, resolved against the config's folder; each must exist. */
    private static List<Path> rulePaths(YamlNode n, Path base) {
        List<Path> rules = new ArrayList<>();
        for (String r : texts(n)) {
            Path p = base.resolve(r).normalize();
            if (!Files.exists(p)) {
                throw n.error("rule path '" + r + "' does not exist (relative to " + base + ")");
            }
            rules.add(p);
        }
        return rules;
    }

    /** {@code severity:}, rule id to severity. */
    private static Map<String, Severity> severities(YamlNode n) {
        Map<String, Severity> severity = new LinkedHashMap<>();
        if (n == null) {
            return severity;
        }
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            Severity s = Severity.parse(e.getValue().text());
            if (s == null) {
                throw e.getValue().error("severity of '" + e.getKey() + "' must be error, warning or "
                        + "info, not '" + e.getValue().text() + "' (use disable: to turn a rule off)");
            }
            severity.put(e.getKey(), s);
        }
        return severity;
    }

    /** Where each rule id that {@code disable:} and {@code severity:} name is first written. */
    private static Map<String, YamlNode> ruleIds(YamlNode disable, YamlNode severity) {
        Map<String, YamlNode> ruleIds = new LinkedHashMap<>();
        for (YamlNode n : nodes(disable)) {
            ruleIds.putIfAbsent(n.text(), n);
        }
        if (severity != null) {
            for (String id : severity.map().keySet()) {
                ruleIds.putIfAbsent(id, severity.keyNode(id));
            }
        }
        return ruleIds;
    }

    /** {@code body:} and {@code ignore:}, CSS selectors jsoup must understand. */
    private static ExtractionOptions extraction(YamlNode body, YamlNode ignore) {
        String story = body == null ? null : selector(body, body.text());
        List<String> ignored = new ArrayList<>();
        for (YamlNode n : nodes(ignore)) {
            ignored.add(selector(n, n.text()));
        }
        return new ExtractionOptions(story, ignored);
    }

    /** {@code params:}, rule id to its parameters as written (each a mapping; bound when the rule becomes a check). */
    private static Map<String, YamlNode> params(YamlNode n) {
        Map<String, YamlNode> params = new LinkedHashMap<>();
        if (n != null && !n.isNull()) {
            for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
                e.getValue().map(); // a mapping of parameter names to values, or an error here
                params.put(e.getKey(), e.getValue());
            }
        }
        return params;
    }

    /** {@code extends:}, the style-book presets turned on. */
    private static List<String> presets(YamlNode n) {
        List<String> presets = new ArrayList<>();
        for (YamlNode p : nodes(n)) {
            if (!RuleLoader.PRESETS.contains(p.text())) {
                throw p.error("unknown preset '" + p.text() + "'; presets: " + String.join(", ", RuleLoader.PRESETS));
            }
            presets.add(p.text());
        }
        return presets;
    }

    /**
     * The rules {@code c} puts in effect out of {@code loaded} (built-in, preset and user rules, in
     * load order): every rule id it names must be one of them, disabled rules are dropped,
     * severities and params set. A config that leaves no rule to run is an error here: nothing
     * would be checked. The one place a config is checked against the rules; a param's value is
     * checked when its rule becomes a check.
     */
    public static List<Rule> rulesInEffect(Config c, List<Rule> loaded) {
        Set<String> known = new LinkedHashSet<>();
        loaded.forEach(r -> known.add(r.id()));
        for (String id : c.disable()) {
            requireKnown(c, id, "disable", known);
        }
        for (String id : c.severity().keySet()) {
            requireKnown(c, id, "severity", known);
        }
        for (Map.Entry<String, YamlNode> e : c.params().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error("params names unknown rule '" + e.getKey() + "'; rules: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : loaded) {
            if (c.disable().contains(r.id())) {
                continue;
            }
            Severity s = c.severity().get(r.id());
            YamlNode params = c.params().get(r.id());
            Rule configured = s == null ? r : r.withSeverity(s);
            rules.add(params == null ? configured : configured.withParams(params));
        }
        if (rules.isEmpty() && c.file() != null) {
            throw new UserFileException(c.file(), NO_RULE_LEFT);
        }
        return rules;
    }

    private static void requireKnown(Config c, String id, String key, Set<String> known) {
        if (known.contains(id)) {
            return;
        }
        String problem = key + " names unknown rule '" + id + "'; rules: " + String.join(", ", new java.util.TreeSet<>(known));
        YamlNode at = c.ruleIds().get(id);
        throw at != null ? at.error(problem) : new UserFileException(c.file(), problem);
    }

    private static String selector(YamlNode at, String css) {
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw at.error("'" + css + "' is not a CSS selector jsoup understands: " + e.getMessage());
        }
    }

    private static List<Glob> globs(YamlNode n) {
        List<Glob> out = new ArrayList<>();
        for (YamlNode g : nodes(n)) {
            try {
                out.add(Glob.compile(g.text()));
            } catch (IllegalArgumentException e) {
                throw g.error("'" + g.text() + "' is not a glob: " + e.getMessage());
            }
        }
        return out;
    }

    private static List<YamlNode> nodes(YamlNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        return n.isScalar() ? List.of(n) : n.list();
    }

    private static List<String> texts(YamlNode n) {
        return n == null || n.isNull() ? List.of() : n.texts();
    }
}
