package dev.copydesk.engine;

import dev.copydesk.Interruption;
import dev.copydesk.checks.Check;
import dev.copydesk.checks.Finding;
import dev.copydesk.facts.Facts;
import dev.copydesk.results.FileResult;
import dev.copydesk.source.SourceFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the configured checks over analysed articles; one file's failure never stops the others. */
public final class Checker {
    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule);

    private final Analyzer analyzer;
    private final List<Check> checks;
    private final boolean keepFacts;

    public Checker(Analyzer analyzer, List<Check> checks) {
        this(analyzer, checks, false);
    }

    /** @param keepFacts keep each article's facts in its result, for a report that shows the article */
    public Checker(Analyzer analyzer, List<Check> checks, boolean keepFacts) {
        this.analyzer = analyzer;
        this.checks = List.copyOf(checks);
        this.keepFacts = keepFacts;
    }

    public FileResult check(SourceFile source, LocalDate pubDate) {
        Facts facts;
        try {
            facts = analyzer.analyze(source, pubDate);
        } catch (Interruption.Stopped e) {
            throw e;
        } catch (RuntimeException e) {
            return FileResult.failed(source.path(), source.path() + ": could not be analysed (" + e + ")");
        }
        return new FileResult(source.path(), null, facts.article().headlineText().orElse(null),
                facts.article().published(), run(facts), keepFacts ? facts : null);
    }

    /** Every check's findings, less the suppressed ones, in source order, each with its context. */
    public List<Finding> run(Facts facts) {
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) {
            Interruption.check();
            out.addAll(c.run(facts));
        }
        out = Suppressions.apply(facts.article().suppressions(), out);
        out.sort(BY_POSITION);
        out.replaceAll(new Excerpts(facts.annotated())::attach);
        return out;
    }
}
