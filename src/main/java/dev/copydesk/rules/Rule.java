package dev.copydesk.rules;

import java.util.List;
import java.util.Map;

/**
 * One rule from a rule file: which check type it configures, how findings are labelled, and
 * the examples that prove it.
 *
 * @param id       unique id, kebab-case ("title-conflict")
 * @param type     the check type it configures ("title-consistency")
 * @param category report category
 * @param severity severity of its findings
 * @param message  message template with {placeholders} for every message id {@code messages} does not word; null
 *                 when {@code messages} words them all
 * @param messages templates by message id, for checks that report more than one situation
 * @param params   the type's own parameters, as written
 * @param bad      examples that must produce a finding; [[…]] marks the expected span
 * @param good     examples that must produce none
 * @param origin   where the rule was defined
 * @param description one sentence saying what the rule catches, or null
 */
public record Rule(String id, String type, Category category, Severity severity, String message,
                   Map<String, String> messages, YamlNode params, List<String> bad, List<String> good,
                   YamlNode origin, String description) {
    public Rule {
        messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages));
        bad = List.copyOf(bad);
        good = List.copyOf(good);
    }

    /** The template for a message id, falling back to the rule's main message; null when neither is written. */
    public String template(String messageId) {
        return messages.getOrDefault(messageId, message);
    }

    /** One wording of the rule's findings, to show as help: the main message, else the first of {@code messages}. */
    public String sampleMessage() {
        return message != null ? message : messages.values().stream().findFirst().orElse("");
    }

    /** The parameter node, or null when the rule file does not set it. */
    public YamlNode param(String name) {
        return params.isMap() ? params.map().get(name) : null;
    }

    public String source() {
        return origin.file();
    }

    /**
     * The same rule with some parameters set otherwise (a config file's {@code params:}); the new
     * values keep their own positions, so a bad one is reported where it was written.
     */
    public Rule withParams(YamlNode overrides) {
        return new Rule(id, type, category, severity, message, messages, params.merged(overrides), bad, good, origin,
                description);
    }

    /** The same rule at another severity (a config file's override). */
    public Rule withSeverity(Severity s) {
        return new Rule(id, type, category, s, message, messages, params, bad, good, origin, description);
    }
}
