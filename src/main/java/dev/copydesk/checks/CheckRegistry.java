package dev.copydesk.checks;

import dev.copydesk.rules.MessageTemplate;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The closed set of check types a rule's {@code type:} can name, and how to build each from a rule. */
public final class CheckRegistry {

    /** What a type accepts, for validating rule files before anything runs. */
    private record Type(Function<Rule, Check> factory, Set<String> params, Set<String> placeholders,
                        Set<String> messageIds) {
    }

    private static final Map<String, Type> TYPES = new TreeMap<>(Map.of(
            "name-consistency", new Type(NameConsistencyCheck::new, NameConsistencyCheck.PARAMS,
                    NameConsistencyCheck.PLACEHOLDERS, Set.of()),
            "title-consistency", new Type(TitleConsistencyCheck::new, TitleConsistencyCheck.PARAMS,
                    TitleConsistencyCheck.PLACEHOLDERS, TitleConsistencyCheck.MESSAGE_IDS),
            "first-reference", new Type(FirstReferenceCheck::new, FirstReferenceCheck.PARAMS,
                    FirstReferenceCheck.PLACEHOLDERS, FirstReferenceCheck.MESSAGE_IDS),
            "date-consistency", new Type(DateConsistencyCheck::new, DateConsistencyCheck.PARAMS,
                    DateConsistencyCheck.PLACEHOLDERS, DateConsistencyCheck.MESSAGE_IDS),
            "attribution", new Type(AttributionCheck::new, AttributionCheck.PARAMS,
                    AttributionCheck.PLACEHOLDERS, AttributionCheck.MESSAGE_IDS),
            "reading", new Type(ReadingCheck::new, ReadingCheck.PARAMS, ReadingCheck.PLACEHOLDERS,
                    ReadingCheck.MESSAGE_IDS)));

    private CheckRegistry() {
    }

    public static Set<String> types() {
        return TYPES.keySet();
    }

    /** Builds the check for each rule; a bad type, parameter or placeholder is a {@link RuleFileException}. */
    public static List<Check> build(List<Rule> rules) {
        List<Check> checks = new ArrayList<>();
        for (Rule r : rules) {
            checks.add(build(r));
        }
        return checks;
    }

    public static Check build(Rule r) {
        Type t = TYPES.get(r.type());
        if (t == null) {
            YamlNode typeNode = r.origin().map().get("type");
            throw RuleFileException.at(typeNode == null ? r.origin() : typeNode, "rule '" + r.id()
                    + "' has unknown type '" + r.type() + "'; known types: " + String.join(", ", TYPES.keySet()));
        }
        if (r.params().isMap()) {
            for (Map.Entry<String, YamlNode> e : r.params().map().entrySet()) {
                if (!t.params().contains(e.getKey())) {
                    throw RuleFileException.at(e.getValue(), "rule '" + r.id() + "': type " + r.type()
                            + " has no parameter '" + e.getKey() + "'; it takes: " + String.join(", ", new java.util.TreeSet<>(t.params())));
                }
            }
        }
        checkPlaceholders(r, r.message(), t);
        for (Map.Entry<String, String> m : r.messages().entrySet()) {
            if (!t.messageIds().contains(m.getKey())) {
                throw RuleFileException.at(r.origin(), "rule '" + r.id() + "': type " + r.type()
                        + " has no message '" + m.getKey() + "'; its messages: " + String.join(", ", new java.util.TreeSet<>(t.messageIds())));
            }
            checkPlaceholders(r, m.getValue(), t);
        }
        return t.factory().apply(r);
    }

    private static void checkPlaceholders(Rule r, String template, Type t) {
        for (String p : MessageTemplate.placeholders(template)) {
            if (!t.placeholders().contains(p)) {
                YamlNode m = r.origin().map().getOrDefault("message", r.origin());
                throw RuleFileException.at(m, "rule '" + r.id() + "': message uses {" + p + "}, which type "
                        + r.type() + " does not fill; it fills: " + String.join(", ", new java.util.TreeSet<>(t.placeholders())));
            }
        }
    }
}
