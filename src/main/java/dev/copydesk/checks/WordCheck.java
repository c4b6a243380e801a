package dev.copydesk.checks;

import dev.copydesk.facts.BlockText;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.quotes.QuoteSpans;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the word rules ({@code existence}, {@code substitution}): they read the article text the
 * other checks read (headline, body, block quotes, subheads, tables, captions; never credits,
 * notes, code or raw HTML), with curly apostrophes and Unicode hyphens made plain, and report at
 * the exact source position of each match. A match inside a listed exception phrase is fine, and
 * so, unless the rule says {@code inQuotes: true}, is one inside quotation marks: a quote is the
 * speaker's words.
 */
abstract class WordCheck extends RuleCheck {
    /** One match: where, and what to suggest instead (or null). */
    record Hit(int start, int end, String suggestion) {
    }

    private final Phrases exceptions;
    private final boolean inQuotes;
    private final String messageId;

    WordCheck(Rule rule, CheckType<?> type, List<String> exceptions, boolean ignoreCase, boolean inQuotes, String messageId) {
        super(rule, type);
        this.exceptions = new Phrases(exceptions, ignoreCase);
        this.inQuotes = inQuotes;
        this.messageId = messageId;
    }

    /** The rule's matches in one block's text. */
    abstract List<Hit> hits(String text);

    /** The values of the message for a hit, {@code text} being the words as written. */
    abstract Map<String, Object> values(String text, Hit hit);

    @Override
    public List<Finding> run(Facts facts) {
        List<Finding> out = new ArrayList<>();
        for (BlockText bt : facts.texts()) {
            String text = bt.normalized();
            List<int[]> excused = exceptions.find(text);
            for (Hit h : hits(text)) {
                if (h.end() <= h.start() || covered(excused, h) || !inQuotes && QuoteSpans.inside(text, h.start())) {
                    continue;
                }
                String written = bt.block().text().substring(h.start(), h.end());
                out.add(finding(facts.article(), bt.block(), h.start(), h.end(), messageId, values(written, h),
                        h.suggestion(), List.of()));
            }
        }
        return out;
    }

    private static boolean covered(List<int[]> ranges, Hit h) {
        for (int[] r : ranges) {
            if (r[0] <= h.start() && r[1] >= h.end()) {
                return true;
            }
        }
        return false;
    }
}
