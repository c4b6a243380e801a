package dev.copydesk.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.copydesk.UserFileException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a rule's {@code params} (YAML with positions) to a check type's parameter record: every
 * key must be a component, every value must have the component's type, missing ones take the
 * {@link Param#dflt() declared default}, and the record's own constructor checks ranges. Any
 * problem is a {@link RuleFileException} at the line and column of the offending value, so a
 * config file's override is reported in the config file.
 * <p>
 * Types a component may have: {@code int}, {@code boolean}, {@code String}, {@link Severity},
 * an enum (written in kebab case: {@code ORPHAN_QUOTE} is {@code orphan-quote}), {@link LocalDate},
 * an RE2/J {@link Pattern}, a nested record, and {@code List} or {@code Map<String, …>} of those.
 */
public final class ParamBinder {
    private ParamBinder() {
    }

    /**
     * The record for {@code params}.
     *
     * @param owner how error messages name the thing being configured ("rule 'x': type name-consistency")
     */
    public static <R extends Record> R bind(Class<R> type, YamlNode params, String owner) {
        try {
            return bind(type, params, owner, true);
        } catch (UserFileException e) {
            throw RuleFileException.of(e); // a value of the wrong shape, found by YamlNode
        }
    }

    private static <R extends Record> R bind(Class<R> type, YamlNode params, String owner, boolean top) {
        String noun = top ? "parameter" : "key";
        if (!params.isMap()) {
            throw RuleFileException.at(params, owner + (top ? ": params" : "") + " must be a mapping (key: value), not "
                    + params.kind());
        }
        Map<String, YamlNode> given = params.map();
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Map.Entry<String, YamlNode> e : given.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw RuleFileException.at(e.getValue(), owner + " has no " + noun + " '" + e.getKey() + "'; it takes: "
                        + String.join(", ", new TreeSet<>(names)));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            YamlNode node = given.get(c.getName());
            if (node == null) {
                node = defaultNode(c);
                if (node == null) {
                    throw RuleFileException.at(params, owner + " needs " + (top ? "params." : "") + c.getName()
                            + requiredHint(c));
                }
            }
            values[i] = convert(c.getGenericType(), node, owner + ": " + c.getName(), defaultIsNull(c));
        }
        return construct(type, components, values, given, params, owner);
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values,
                                                  Map<String, YamlNode> given, YamlNode params, String owner) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ParamException p) {
                throw RuleFileException.at(locate(given.getOrDefault(p.param(), params), p.path()),
                        owner + ": " + p.param() + " " + p.getMessage());
            }
            if (e.getCause() instanceof UserFileException u) {
                throw RuleFileException.of(u);
            }
            if (e.getCause() instanceof IllegalArgumentException a) {
                throw RuleFileException.at(params, owner + ": " + a.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The node at {@code path} (list indexes, mapping keys) under {@code node}, as far as it goes. */
    private static YamlNode locate(YamlNode node, List<Object> path) {
        YamlNode at = node;
        for (Object step : path) {
            if (step instanceof Integer i && at.isList() && i < at.list().size()) {
                at = at.list().get(i);
            } else if (step instanceof String key && at.isMap() && at.map().containsKey(key)) {
                at = at.map().get(key);
            } else {
                break;
            }
        }
        return at;
    }

    private static Object convert(Type type, YamlNode node, String what, boolean nullable) {
        if (node.isNull()) {
            return absent(type, node, what, nullable);
        }
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                return list(args[0], node, what);
            }
            if (p.getRawType() == Map.class && (args[0] == String.class || args[0] == Pattern.class)) {
                return map(args[0], args[1], node, what);
            }
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("unsupported parameter type " + type);
        }
        return value(c, node, what);
    }

    /** A parameter written with no value: null where the component allows it, an empty list or map, else an error. */
    private static Object absent(Type type, YamlNode node, String what, boolean nullable) {
        if (nullable) {
            return null;
        }
        if (type instanceof ParameterizedType p && (p.getRawType() == List.class || p.getRawType() == Map.class)) {
            return p.getRawType() == List.class ? List.of() : Map.of();
        }
        throw RuleFileException.at(node, what + " needs a value");
    }

    /** A list of {@code item}s; a single value is a list of one. */
    private static List<Object> list(Type item, YamlNode node, String what) {
        List<YamlNode> items = node.isList() ? node.list() : List.of(node);
        List<Object> out = new ArrayList<>();
        for (YamlNode i : items) {
            out.add(convert(item, i, what, false));
        }
        return List.copyOf(out);
    }

    /** A mapping whose keys are texts or patterns (each compiled at its own position), in the order written. */
    private static Map<Object, Object> map(Type key, Type value, YamlNode node, String what) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
            Object k = key == String.class ? e.getKey() : pattern(node.keyNode(e.getKey()), what);
            out.put(k, convert(value, e.getValue(), what, false));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** One value of a plain type: a number, a truth value, a text, a severity, a date, a pattern, an enum or a nested record. */
    private static Object value(Class<?> c, YamlNode node, String what) {
        if (c == int.class || c == Integer.class) {
            return node.integer();
        }
        if (c == boolean.class || c == Boolean.class) {
            return node.bool();
        }
        if (c == String.class) {
            return node.text();
        }
        if (c == Severity.class) {
            Severity s = Severity.parse(node.text());
            if (s == null) {
                throw RuleFileException.at(node, what + " must be error, warning or info, not '" + node.text() + "'");
            }
            return s;
        }
        if (c == LocalDate.class) {
            try {
                return LocalDate.parse(node.text().strip());
            } catch (DateTimeParseException e) {
                throw RuleFileException.at(node, what + ": expected a date such as 2024-03-01, found '" + node.text() + "'");
            }
        }
        if (c == Pattern.class) {
            return pattern(node, what);
        }
        if (c.isEnum()) {
            return enumValue(c, node, what);
        }
        if (c.isRecord()) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> r = (Class<? extends Record>) c;
            return bind(r, node, what + " entry", false);
        }
        throw new IllegalStateException("unsupported parameter type " + c);
    }

    /** A user pattern, compiled by RE2/J: linear time whatever the pattern, so no rule file can hang a run. */
    private static Pattern pattern(YamlNode node, String what) {
        try {
            return Pattern.compile(node.text());
        } catch (PatternSyntaxException e) {
            throw RuleFileException.at(node, what + ": '" + node.text() + "' is not a pattern RE2/J supports ("
                    + e.getDescription() + "); RE2 has no lookaround and no backreferences");
        }
    }

    private static Object enumValue(Class<?> c, YamlNode node, String what) {
        for (Object constant : c.getEnumConstants()) {
            if (yamlName((Enum<?>) constant).equals(node.text())) {
                return constant;
            }
        }
        throw RuleFileException.at(node, what + " must be one of " + String.join(", ", choices(c)) + ", not '"
                + node.text() + "'");
    }

    /** How an enum constant is written in YAML: {@code ORPHAN_QUOTE} → {@code orphan-quote}. */
    public static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(x -> yamlName((Enum<?>) x)).toList();
    }

    private static YamlNode defaultNode(RecordComponent c) {
        Param p = c.getAnnotation(Param.class);
        if (p == null) {
            throw new IllegalStateException(c.getDeclaringRecord().getSimpleName() + "." + c.getName()
                    + " has no @Param declaration");
        }
        if (p.dflt().equals(Param.REQUIRED)) {
            return null;
        }
        return YamlReader.read("<default of " + c.getName() + ">", p.dflt());
    }

    private static boolean defaultIsNull(RecordComponent c) {
        Param p = c.getAnnotation(Param.class);
        return p != null && p.dflt().equals("null");
    }

    private static String requiredHint(RecordComponent c) {
        return c.getType().isEnum() ? " (one of " + String.join(", ", choices(c.getType())) + ")" : "";
    }

    /** One parameter as documented: for {@code rules list --verbose} and the README's rule reference. */
    public record Doc(String name, String type, String dflt, String description, List<Doc> fields) {
    }

    /** The parameters a record declares, in declaration order. */
    public static List<Doc> describe(Class<? extends Record> type) {
        List<Doc> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            if (p == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @Param declaration");
            }
            String dflt = p.dflt().equals(Param.REQUIRED) ? "required" : p.dflt().equals("null") ? "none" : p.dflt();
            Class<? extends Record> nested = nestedRecord(c.getGenericType());
            out.add(new Doc(c.getName(), typeName(c.getGenericType()), dflt, p.value(),
                    nested == null ? List.of() : describe(nested)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> nestedRecord(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return nestedRecord(args[args.length - 1]);
        }
        return t instanceof Class<?> c && c.isRecord() ? (Class<? extends Record>) c : null;
    }

    private static String typeName(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                return "list of " + plural(typeName(args[0]));
            }
            return "mapping of " + typeName(args[0]) + " to " + typeName(args[1]);
        }
        Class<?> c = (Class<?>) t;
        if (c == int.class || c == Integer.class) {
            return "whole number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true/false";
        }
        if (c == String.class) {
            return "text";
        }
        if (c == LocalDate.class) {
            return "date";
        }
        if (c == Pattern.class) {
            return "RE2/J pattern";
        }
        if (c == Severity.class || c.isEnum()) {
            return "one of " + String.join(", ", c == Severity.class ? List.of("error", "warning", "info") : choices(c));
        }
        if (c.isRecord()) {
            return "entry";
        }
        return c.getSimpleName();
    }

    private static String plural(String type) {
        return switch (type) {
            case "text" -> "texts";
            case "entry" -> "entries";
            case "whole number" -> "whole numbers";
            case "RE2/J pattern" -> "RE2/J patterns";
            default -> type.startsWith("list of ") ? "lists of " + type.substring("list of ".length()) : type;
        };
    }
}
