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
        Path base = file.toAbsolutePath().getParent();
        List<Path> rules = new ArrayList<>();
        for (String r : texts(m.get("rules"))) {
            Path p = base.resolve(r).normalize();
            if (!Files.exists(p)) {
                throw m.get("rules").error("rule path '" + r + "' does not exist (relative to " + base + ")");
            }
            rules.add(p);
        }
        boolean defaults = m.get("defaultRules") == null || m.get("defaultRules").bool();
        Map<String, YamlNode> ruleIds = new LinkedHashMap<>();
        Set<String> disable = new LinkedHashSet<>();
        for (YamlNode n : nodes(m.get("disable"))) {
            disable.add(n.text());
            ruleIds.putIfAbsent(n.text(), n);
        }
        Map<String, Severity> severity = new LinkedHashMap<>();
        if (m.get("severity") != null) {
            for (Map.Entry<String, YamlNode> e : m.get("severity").map().entrySet()) {
                ruleIds.putIfAbsent(e.getKey(), m.get("severity").keyNode(e.getKey()));
                Severity s = Severity.parse(e.getValue().text());
                if (s == null) {
                    throw e.getValue().error("severity of '" + e.getKey() + "' must be error, warning or "
                            + "info, not '" + e.getValue().text() + "' (use disable: to turn a rule off)");
                }
                severity.put(e.getKey(), s);
            }
        }
        String body = m.get("body") == null ? null : selector(m.get("body"), m.get("body").text());
        List<String> ignore = new ArrayList<>();
        for (YamlNode n : nodes(m.get("ignore"))) {
            ignore.add(selector(n, n.text()));
        }
        List<Glob> include = globs(m.get("include"));
        List<Glob> exclude = globs(m.get("exclude"));
        Map<String, YamlNode> params = new LinkedHashMap<>();
        if (m.get("params") != null && !m.get("params").isNull()) {
            for (Map.Entry<String, YamlNode> e : m.get("params").map().entrySet()) {
                e.getValue().map(); // a mapping of parameter names to values, or an error here
                params.put(e.getKey(), e.getValue());
            }
        }
        List<String> presets = new ArrayList<>();
        for (YamlNode n : nodes(m.get("extends"))) {
            if (!RuleLoader.PRESETS.contains(n.text())) {
                throw n.error("unknown preset '" + n.text() + "'; presets: " + String.join(", ",
                        RuleLoader.PRESETS));
            }
            presets.add(n.text());
        }
        return new Config(file, rules, defaults, disable, severity, new ExtractionOptions(body, ignore), include, exclude,
                params, presets, ruleIds);
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
