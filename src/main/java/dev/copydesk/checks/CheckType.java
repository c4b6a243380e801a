package dev.copydesk.checks;

import dev.copydesk.rules.ParamBinder;
import dev.copydesk.rules.Rule;
import java.util.List;
import java.util.Optional;

/**
 * A check type a rule's {@code type:} can name: its parameter record (whose components, with their
 * {@link dev.copydesk.rules.Param} declarations, are the parameters a rule may set), the messages it
 * reports, and how to build it. {@code rules list --verbose} and the README's rule reference are
 * printed from these declarations.
 *
 * @param name     the YAML name ("name-consistency")
 * @param summary  what it reports, in one sentence
 * @param params   its parameter record
 * @param messages every situation it reports
 * @param factory  builds the check from a rule and its bound parameters
 */
public record CheckType<S extends Record>(String name, String summary, Class<S> params, List<MessageSpec> messages,
                                          Factory<S> factory) {
    public CheckType {
        messages = List.copyOf(messages);
    }

    /** Builds a check from a rule whose parameters are already bound and validated. */
    @FunctionalInterface
    public interface Factory<S> {
        Check create(Rule rule, S settings, CheckContext context);
    }

    public Optional<MessageSpec> message(String id) {
        return messages.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The messages a rule with these settings can report: those of its mode. */
    public List<MessageSpec> reported(Object settings) {
        if (!(settings instanceof Modal m)) {
            return messages;
        }
        String mode = ParamBinder.yamlName(m.mode());
        return messages.stream().filter(s -> s.modes().isEmpty() || s.modes().contains(mode)).toList();
    }

    /** The parameter documentation, in declaration order. */
    public List<ParamBinder.Doc> paramDocs() {
        return ParamBinder.describe(params);
    }
}
