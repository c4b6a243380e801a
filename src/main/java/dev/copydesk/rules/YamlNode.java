package dev.copydesk.rules;

import dev.copydesk.UserFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, so errors can point at the exact line and column.
 * Scalars hold their text; maps keep key order. A value of the wrong shape is a
 * {@link UserFileException} at its place ({@link #error}).
 */
public final class YamlNode {
    private final String file;
    private final int line;
    private final int column;
    private final Object value; // String, List<YamlNode>, Map<String, YamlNode>, or null
    private final Map<String, YamlNode> keys; // for a mapping: each key as written, with its position

    YamlNode(String file, int line, int column, Object value) {
        this(file, line, column, value, Map.of());
    }

    YamlNode(String file, int line, int column, Object value, Map<String, YamlNode> keys) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.keys = keys;
    }

    /** Where a mapping's key is written (to report a bad key, such as a pattern used as one), else the value's place. */
    public YamlNode keyNode(String key) {
        YamlNode k = keys.get(key);
        return k != null ? k : map().get(key);
    }

    /**
     * This mapping with {@code overrides}' entries put over its own, each entry keeping the place it
     * was written (a config's override is reported in the config).
     */
    public YamlNode merged(YamlNode overrides) {
        Map<String, YamlNode> values = new LinkedHashMap<>(isMap() ? map() : Map.of());
        values.putAll(overrides.map());
        Map<String, YamlNode> keyNodes = new LinkedHashMap<>(keys);
        keyNodes.putAll(overrides.keys);
        YamlNode at = isMap() && !map().isEmpty() ? this : overrides;
        return new YamlNode(at.file, at.line, at.column, values, keyNodes);
    }

    /** {@code problem} at this value's place in its file. */
    public UserFileException error(String problem) {
        return new UserFileException(file, line, column, problem);
    }

    public String where() {
        return file + ":" + line + ":" + column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    public boolean isScalar() {
        return value instanceof String;
    }

    public boolean isNull() {
        return value == null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> map() {
        if (!isMap()) {
            throw error("expected a mapping (key: value), found " + kind());
        }
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> list() {
        if (!isList()) {
            throw error("expected a list, found " + kind());
        }
        return (List<YamlNode>) value;
    }

    public String text() {
        if (!isScalar()) {
            throw error("expected a single value, found " + kind());
        }
        return (String) value;
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> texts() {
        if (isScalar()) {
            return List.of(text());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode n : list()) {
            out.add(n.text());
        }
        return out;
    }

    public int integer() {
        try {
            return Integer.parseInt(text().strip());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text() + "'");
        }
    }

    public boolean bool() {
        String t = text().strip();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw error("expected true or false, found '" + t + "'");
    }

    String kind() {
        if (value == null) {
            return "nothing";
        }
        return isMap() ? "a mapping" : isList() ? "a list" : "'" + value + "'";
    }

    static YamlNode empty(String file) {
        return new YamlNode(file, 1, 1, new LinkedHashMap<String, YamlNode>());
    }
}
