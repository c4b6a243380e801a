package dev.copydesk.engine;

import dev.copydesk.article.Article;
import dev.copydesk.article.LineIndex;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.checks.Check;
import dev.copydesk.checks.CheckContext;
import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.checks.Finding;
import dev.copydesk.facts.Facts;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule's own examples (LanguageTool's habit): each bad example must fire that rule, at
 * the [[marked]] text when there is a mark; no good example may fire it.
 */
public final class RuleExamples {
    private final Analyzer analyzer;
    private final TextArticleParser parser = new TextArticleParser();

    public RuleExamples(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One example's verdict; {@code problem} is null when it passed. */
    public record Result(Rule rule, String kind, String example, String problem) {
        public boolean passed() {
            return problem == null;
        }
    }

    public List<Result> run(Rule rule) {
        Check check = CheckRegistry.build(rule, new CheckContext(analyzer.lexicons()));
        List<Result> out = new ArrayList<>();
        for (String bad : rule.bad()) {
            out.add(bad(rule, check, bad));
        }
        for (String good : rule.good()) {
            List<Finding> f = findings(check, strip(good));
            out.add(new Result(rule, "good", good, f.isEmpty() ? null : "fired: " + describe(f)));
        }
        return out;
    }

    private Result bad(Rule rule, Check check, String example) {
        String text = strip(example);
        List<Finding> f = findings(check, text);
        if (f.isEmpty()) {
            return new Result(rule, "bad", example, "did not fire");
        }
        int open = example.indexOf("[[");
        int close = example.indexOf("]]");
        if (open >= 0 && close > open) {
            String marked = example.substring(open + 2, close);
            LineIndex lines = new LineIndex(text);
            int line = lines.line(open);
            int column = lines.column(open);
            for (Finding x : f) {
                if (x.text().equals(marked) && x.location().line() == line && x.location().column() == column) {
                    return new Result(rule, "bad", example, null);
                }
            }
            return new Result(rule, "bad", example, "fired, but not at [[" + marked + "]] (" + line + ":" + column
                    + "): " + describe(f));
        }
        return new Result(rule, "bad", example, null);
    }

    private List<Finding> findings(Check check, String text) {
        Article article = parser.parseSnippet("<example>", text);
        Facts facts = analyzer.analyze(article);
        return check.run(facts);
    }

    private static String strip(String example) {
        return example.replace("[[", "").replace("]]", "");
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(sb.length() == 0 ? "" : "; ").append('\'').append(f.text()).append("' at column ")
                    .append(f.location().column()).append(": ").append(f.message());
        }
        return sb.toString();
    }
}
