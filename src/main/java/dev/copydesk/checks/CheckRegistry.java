package dev.copydesk.checks;

import dev.copydesk.rules.MessageTemplate;
import dev.copydesk.rules.ParamBinder;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The closed set of check types a rule's {@code type:} can name, and how a rule becomes a check:
 * parameters bound to the type's record, every message the rule can report worded, every
 * placeholder one the type fills. Any problem is a rule-file error at its line and column.
 */
public final class CheckRegistry {
    private static final List<CheckType<?>> TYPES = List.of(NameConsistencyCheck.TYPE, TitleConsistencyCheck.TYPE,
            FirstReferenceCheck.TYPE, AttributionCheck.TYPE, DateConsistencyCheck.TYPE, AgeConsistencyCheck.TYPE,
            CountConsistencyCheck.TYPE, QuoteConsistencyCheck.TYPE, SubstitutionCheck.TYPE, ExistenceCheck.TYPE,
            HouseNamesCheck.TYPE, ReadingCheck.TYPE);

    private CheckRegistry() {
    }

    /** Every check type, in the order the rule reference lists them. */
    public static List<CheckType<?>> types() {
        return TYPES;
    }

    /** Builds the check for each rule; a bad type, parameter or message is a {@link RuleFileException}. */
    public static List<Check> build(List<Rule> rules, CheckContext context) {
        List<Check> checks = new ArrayList<>();
        for (Rule r : rules) {
            checks.add(build(r, context));
        }
        return checks;
    }

    public static Check build(Rule r, CheckContext context) {
        return build(type(r), r, context);
    }

    private static <S extends Record> Check build(CheckType<S> type, Rule r, CheckContext context) {
        S settings = settings(type, r);
        checkMessages(type, settings, r);
        return type.factory().create(r, settings, context);
    }

    /** The rule's parameters bound to its type's record. */
    public static <S extends Record> S settings(CheckType<S> type, Rule r) {
        return ParamBinder.bind(type.params(), r.params(), "rule '" + r.id() + "': type " + type.name());
    }

    /** The type a rule names. */
    public static CheckType<?> type(Rule r) {
        for (CheckType<?> t : TYPES) {
            if (t.name().equals(r.type())) {
                return t;
            }
        }
        YamlNode typeNode = r.origin().map().get("type");
        throw RuleFileException.at(typeNode == null ? r.origin() : typeNode, "rule '" + r.id() + "' has unknown type '"
                + r.type() + "'; known types: " + String.join(", ", TYPES.stream().map(CheckType::name).sorted().toList()));
    }

    /**
     * Every message the rule can report has wording ({@code messages.<id>} or {@code message}) whose
     * placeholders the type fills for that message; {@code messages} names no message the type lacks.
     */
    private static void checkMessages(CheckType<?> type, Object settings, Rule r) {
        for (String id : r.messages().keySet()) {
            if (type.message(id).isEmpty()) {
                throw RuleFileException.at(messageNode(r, id), "rule '" + r.id() + "': type " + type.name()
                        + " has no message '" + id + "'; its messages: "
                        + String.join(", ", new TreeSet<>(type.messages().stream().map(MessageSpec::id).toList())));
            }
        }
        List<String> unworded = new ArrayList<>();
        for (MessageSpec m : type.reported(settings)) {
            String template = r.template(m.id());
            if (template == null) {
                unworded.add(m.id());
                continue;
            }
            for (String p : MessageTemplate.placeholders(template)) {
                if (!m.placeholders().contains(p)) {
                    throw RuleFileException.at(messageNode(r, m.id()), "rule '" + r.id() + "': message uses {" + p
                            + "}, which type " + type.name() + " does not fill for '" + m.id() + "'; it fills: "
                            + String.join(", ", m.placeholders()));
                }
            }
        }
        if (!unworded.isEmpty()) {
            throw RuleFileException.at(r.origin(), "rule '" + r.id() + "' needs a 'message', or 'messages' for: "
                    + String.join(", ", unworded));
        }
    }

    /** Where the wording of message {@code id} is written: under messages, else the rule's message. */
    private static YamlNode messageNode(Rule r, String id) {
        Map<String, YamlNode> m = r.origin().map();
        YamlNode messages = m.get("messages");
        if (messages != null && messages.isMap() && messages.map().containsKey(id)) {
            return messages.map().get(id);
        }
        return m.getOrDefault("message", r.origin());
    }
}
