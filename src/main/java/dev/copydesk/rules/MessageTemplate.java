package dev.copydesk.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {placeholders} in a rule's message; an unknown placeholder is a rule-file bug and fails loudly. */
public final class MessageTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private MessageTemplate() {
    }

    public static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v == null && !values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("message placeholder {" + m.group(1) + "} has no value; known: "
                        + values.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Placeholders used in a template, to validate them when the rule loads. */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
