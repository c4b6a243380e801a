package dev.copydesk.rules;

import dev.copydesk.UserFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads rule files: the built-in house style from the jar, then user files and folders. A user
 * rule with a built-in rule's id replaces it (how a newsroom changes a severity); two rules with
 * one id from the same place are an error.
 */
public final class RuleLoader {
    /** Built-in rule files, in the jar under copydesk/rules/. */
    public static final List<String> BUILT_IN = List.of("people.yml", "dates.yml", "attribution.yml", "numbers.yml",
            "headline.yml", "reading.yml");
    /** Style-book presets a config turns on with {@code extends:}, in the jar under copydesk/rules/presets/. */
    public static final List<String> PRESETS = List.of("ap");

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> RULE_KEYS = Set.of("id", "type", "category", "severity", "message", "messages",
            "params", "examples", "description", "link");

    private RuleLoader() {
    }

    /** Built-in rules (unless {@code defaults} is false) followed by the user's. */
    public static List<Rule> load(boolean defaults, List<Path> userPaths) {
        return load(defaults, List.of(), userPaths);
    }

    /**
     * Built-in rules (unless {@code defaults} is false), then the rules of each preset, then the
     * user's; a user rule with the id of a built-in or preset rule replaces it.
     */
    public static List<Rule> load(boolean defaults, List<String> presets, List<Path> userPaths) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        if (defaults) {
            for (Rule r : builtInRules()) {
                putUnique(byId, r);
            }
        }
        for (String preset : presets) {
            if (!PRESETS.contains(preset)) {
                throw new IllegalArgumentException("no preset " + preset);
            }
            for (Rule r : parse("<preset " + preset + ">/" + preset + ".yml", builtIn("presets/" + preset + ".yml"))) {
                putUnique(byId, r);
            }
        }
        Map<String, Rule> user = new LinkedHashMap<>();
        for (Path p : userFiles(userPaths)) {
            for (Rule r : parse(p.toString(), read(p))) {
                putUnique(user, r);
            }
        }
        byId.putAll(user);
        return List.copyOf(byId.values());
    }

    /** The built-in rules, in file order. */
    public static List<Rule> builtInRules() {
        return BuiltIn.RULES;
    }

    /** The built-in rule files, parsed once per process (rules are immutable; every run that keeps the defaults shares them). */
    private static final class BuiltIn {
        static final List<Rule> RULES = parseBuiltIn();

        private static List<Rule> parseBuiltIn() {
            List<Rule> rules = new ArrayList<>();
            for (String name : BUILT_IN) {
                rules.addAll(parse("<built-in>/" + name, builtIn(name)));
            }
            return List.copyOf(rules);
        }
    }

    private static void putUnique(Map<String, Rule> into, Rule r) {
        Rule old = into.put(r.id(), r);
        if (old != null) {
            throw RuleFileException.at(r.origin().map().get("id"), "rule id '" + r.id() + "' is already used at "
                    + old.origin().where());
        }
    }

    /** The YAML files named by the user: files as given, folders searched recursively. */
    public static List<Path> userFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(RuleFolder.yamlFiles(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new RuleFileException(p, (Files.exists(p)
                        ? "not a regular file (a FIFO, device or socket), so not a rule file"
                        : "no such rule file or folder"));
            }
        }
        return files;
    }

    private static String read(Path p) {
        try {
            return SettingsFile.read(p, "rule file", SettingsFile.MAX_RULES_BYTES);
        } catch (UserFileException e) {
            throw RuleFileException.of(e);
        }
    }

    private static String builtIn(String name) {
        try (InputStream in = RuleLoader.class.getResourceAsStream("/copydesk/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses one rule file; any problem in it, its YAML's included, is a {@link RuleFileException}. */
    public static List<Rule> parse(String file, String content) {
        try {
            return rules(YamlReader.read(file, content));
        } catch (UserFileException e) {
            throw RuleFileException.of(e);
        }
    }

    private static List<Rule> rules(YamlNode root) {
        if (!root.isMap() || !root.map().containsKey("rules")) {
            throw RuleFileException.at(root, "a rule file is a mapping with a 'rules:' list");
        }
        for (String key : root.map().keySet()) {
            // 'authority' is what `copydesk authority build` keeps to update its house-names file; rules ignore it
            if (!key.equals("rules") && !key.equals("authority")) {
                throw RuleFileException.at(root.map().get(key), "unknown top-level key '" + key + "'; expected 'rules'");
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (YamlNode n : root.map().get("rules").list()) {
            rules.add(rule(n));
        }
        return rules;
    }

    /** One rule of a file: its keys read and checked in the order they are written in the rule reference. */
    private static Rule rule(YamlNode n) {
        Map<String, YamlNode> m = n.map();
        for (Map.Entry<String, YamlNode> e : m.entrySet()) {
            if (!RULE_KEYS.contains(e.getKey())) {
                throw RuleFileException.at(e.getValue(), "unknown rule key '" + e.getKey() + "'; a rule has: "
                        + String.join(", ", new java.util.TreeSet<>(RULE_KEYS)));
            }
        }
        String id = id(n);
        String type = required(n, "type").text();
        Category category = category(id, required(n, "category"));
        Severity severity = severity(id, required(n, "severity"));
        String message = m.get("message") == null || m.get("message").isNull() ? null : m.get("message").text();
        Map<String, String> messages = messages(m.get("messages"));
        YamlNode params = m.getOrDefault("params", YamlNode.empty(n.file()));
        if (!params.isMap()) {
            throw RuleFileException.at(params, "rule '" + id + "': params must be a mapping");
        }
        Examples examples = examples(m.get("examples"));
        if (examples.bad().isEmpty()) {
            throw RuleFileException.at(n, "rule '" + id + "' needs at least one bad example (examples: bad: [...]) "
                    + "so that it can be tested");
        }
        YamlNode desc = m.get("description");
        return new Rule(id, type, category, severity, message, messages, params, examples.bad(), examples.good(), n,
                desc == null ? null : desc.text());
    }

    private static String id(YamlNode rule) {
        YamlNode node = required(rule, "id");
        if (!ID.matcher(node.text()).matches()) {
            throw RuleFileException.at(node, "rule id '" + node.text() + "' must be kebab-case (lower-case words joined by '-')");
        }
        return node.text();
    }

    private static Category category(String id, YamlNode node) {
        Category category = Category.parse(node.text());
        if (category == null) {
            throw RuleFileException.at(node, "rule '" + id + "': unknown category '" + node.text()
                    + "'; categories: " + Category.ids());
        }
        return category;
    }

    private static Severity severity(String id, YamlNode node) {
        Severity severity = Severity.parse(node.text());
        if (severity == null) {
            throw RuleFileException.at(node, "rule '" + id + "': severity must be error, warning or info, not '"
                    + node.text() + "'");
        }
        return severity;
    }

    /** {@code messages:}, message id to template (whether the type has the id is checked when the rule becomes a check). */
    private static Map<String, String> messages(YamlNode node) {
        Map<String, String> messages = new LinkedHashMap<>();
        if (node != null) {
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                messages.put(e.getKey(), e.getValue().text());
            }
        }
        return messages;
    }

    /** A rule's examples: texts it must report (the expected span marked [[…]]) and texts it must not. */
    private record Examples(List<String> bad, List<String> good) {
    }

    /** {@code examples:}, its {@code bad} and {@code good} lists (either may be left out). */
    private static Examples examples(YamlNode node) {
        Examples examples = new Examples(new ArrayList<>(), new ArrayList<>());
        if (node != null) {
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                switch (e.getKey()) {
                    case "bad" -> examples.bad().addAll(e.getValue().texts());
                    case "good" -> examples.good().addAll(e.getValue().texts());
                    default -> throw RuleFileException.at(e.getValue(), "examples take 'bad' and 'good', not '"
                            + e.getKey() + "'");
                }
            }
        }
        return examples;
    }

    private static YamlNode required(YamlNode rule, String key) {
        YamlNode v = rule.map().get(key);
        if (v == null || v.isNull()) {
            throw RuleFileException.at(rule, "rule is missing '" + key + "'");
        }
        return v;
    }
}
