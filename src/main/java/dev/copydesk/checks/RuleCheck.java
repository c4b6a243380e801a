package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.Location;
import dev.copydesk.facts.Mention;
import dev.copydesk.rules.MessageTemplate;
import dev.copydesk.rules.Rule;
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
        String text = block.text().substring(start, end);
        String message = MessageTemplate.fill(rule.template(messageId), values);
        return new Finding(rule.id(), rule.category(), rule.severity(), message, text,
                article.locate(block, start, end), suggestion, related);
    }

    protected static Location where(Article article, Mention m) {
        return article.locate(m.block(), m.start(), m.end());
    }
}
