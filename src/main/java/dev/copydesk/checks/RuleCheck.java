package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.Location;
import dev.copydesk.article.Span;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.rules.MessageTemplate;
import dev.copydesk.rules.Rule;
import java.util.List;
import java.util.Map;

/** Base for checks built from a rule: turns spans and message values into findings. */
abstract class RuleCheck implements Check {
    protected final Rule rule;
    private final CheckType<?> type;

    RuleCheck(Rule rule, CheckType<?> type) {
        this.rule = rule;
        this.type = type;
    }

    @Override
    public String ruleId() {
        return rule.id();
    }

    /**
     * A finding for {@code [start, end)} of the block, worded by the rule's template for
     * {@code messageId}; {@code values} holds exactly the placeholders the type declares for it.
     */
    protected Finding finding(Article article, Block block, int start, int end, String messageId,
                              Map<String, ?> values, String suggestion, List<Related> related) {
        return finding(new Span(block, start, end), article.locate(block, start, end), messageId, values, suggestion,
                related);
    }

    /** A finding on {@code span}, worded by the rule's template for {@code messageId}. */
    protected Finding finding(Span span, Location where, String messageId, Map<String, ?> values, String suggestion,
                              List<Related> related) {
        MessageSpec spec = type.message(messageId).orElseThrow(() -> new IllegalStateException(
                type.name() + " reports message '" + messageId + "', which it does not declare"));
        if (!values.keySet().equals(java.util.Set.copyOf(spec.placeholders()))) {
            // a placeholder filled but not declared would be refused in a user's template; one declared but not
            // filled would be left in the message
            throw new IllegalStateException(type.name() + " message '" + messageId + "' declares "
                    + spec.placeholders() + " but fills " + values.keySet());
        }
        String message = MessageTemplate.fill(rule.template(messageId), values);
        return new Finding(rule.id(), spec.category() == null ? rule.category() : spec.category(), rule.severity(),
                message, span, where, suggestion, related);
    }

    /** Another place that explains a finding: the words at {@code [start, end)} of a block. */
    protected static Related related(Article article, Block block, int start, int end, String message) {
        Span span = new Span(block, start, end);
        return new Related(span.text(), article.locate(block, start, end), message, span);
    }

    /** What a check compares: statements in the story's body with each other, or display type with the body. */
    enum Scope { BODY, DISPLAY }

    /** Where a block is, in an editor's words: "headline", "dek", "caption", "pull quote", else "story". */
    protected static String place(dev.copydesk.article.BlockKind kind) {
        return switch (kind) {
            case HEADLINE -> "headline";
            case DEK -> "dek";
            case CAPTION -> "caption";
            case PULLQUOTE -> "pull quote";
            default -> "story";
        };
    }

    protected static Location where(Article article, Mention m) {
        return article.locate(m.block(), m.start(), m.end());
    }
}
