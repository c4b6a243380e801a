package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.Location;
import dev.copydesk.article.Span;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.rules.MessageTemplate;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.Severity;
import dev.copydesk.rules.YamlNode;
import java.util.List;
import java.util.Map;

/** Base for checks built from a rule: turns spans and message values into findings. */
abstract class RuleCheck implements Check {
    protected final Rule rule;

    RuleCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public String ruleId() {
        return rule.id();
    }

    protected Finding finding(Article article, Block block, int start, int end, String messageId,
                              Map<String, ?> values, String suggestion, List<Related> related) {
        String message = MessageTemplate.fill(rule.template(messageId), values);
        return new Finding(rule.id(), rule.category(), rule.severity(), message, new Span(block, start, end),
                article.locate(block, start, end), suggestion, related);
    }

    /** Another place that explains a finding: the words at {@code [start, end)} of a block. */
    protected static Related related(Article article, Block block, int start, int end, String message) {
        Span span = new Span(block, start, end);
        return new Related(span.text(), article.locate(block, start, end), message, span);
    }

    /** The rule's {@code mode} parameter, one of {@code modes} (its YAML spelling → value); required. */
    protected static <E> E mode(Rule rule, Map<String, E> modes) {
        YamlNode m = rule.param("mode");
        String known = String.join(", ", modes.keySet());
        if (m == null) {
            throw RuleFileException.at(rule.origin(), "rule '" + rule.id() + "': type " + rule.type()
                    + " needs params.mode: " + known);
        }
        E mode = modes.get(m.text());
        if (mode == null) {
            throw RuleFileException.at(m, "mode must be one of " + known + ", not '" + m.text() + "'");
        }
        return mode;
    }

    /** A whole-number parameter, or {@code dflt} when the rule does not set it. */
    protected static int intParam(Rule rule, String name, int dflt) {
        YamlNode n = rule.param(name);
        return n == null ? dflt : n.integer();
    }

    /** A true/false parameter, or {@code dflt} when the rule does not set it. */
    protected static boolean boolParam(Rule rule, String name, boolean dflt) {
        YamlNode n = rule.param(name);
        return n == null ? dflt : n.bool();
    }

    /** A severity parameter, or {@code dflt} when the rule does not set it. */
    protected static Severity severityParam(Rule rule, String name, Severity dflt) {
        YamlNode n = rule.param(name);
        if (n == null) {
            return dflt;
        }
        Severity s = Severity.parse(n.text());
        if (s == null) {
            throw RuleFileException.at(n, name + " must be error, warning or info, not '" + n.text() + "'");
        }
        return s;
    }

    protected static Location where(Article article, Mention m) {
        return article.locate(m.block(), m.start(), m.end());
    }
}
