package dev.copydesk;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.BlockKind;
import dev.copydesk.article.LineIndex;
import dev.copydesk.checks.Check;
import dev.copydesk.checks.CheckContext;
import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.checks.Finding;
import dev.copydesk.engine.Analyzer;
import dev.copydesk.engine.Checker;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Models;
import dev.copydesk.nlp.TextNormalizer;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.nio.file.Path;
import java.util.List;

/** Shared, lazily built pipeline for tests: the models load once per test JVM. */
public final class TestSupport {
    private static Models models;
    private static Analyzer analyzer;
    private static Checker checker;

    private TestSupport() {
    }

    /** The OpenNLP models, loaded on first use and given to everything the tests build. */
    public static synchronized Models models() {
        if (models == null) {
            models = Models.load();
        }
        return models;
    }

    public static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(models(), Lexicons.builtIn());
        }
        return analyzer;
    }

    public static synchronized Checker checker() {
        if (checker == null) {
            checker = new Checker(analyzer(), CheckRegistry.build(RuleLoader.load(true, List.of()), context()));
        }
        return checker;
    }

    /** What checks are built with: the built-in lexicons. */
    public static CheckContext context() {
        return new CheckContext(analyzer().lexicons());
    }

    public static Path fixtures() {
        return Path.of("fixtures");
    }

    public static SourceFile read(Path p) throws Exception {
        return new SourceReader(SourceReader.DEFAULT_MAX_BYTES).read(p);
    }

    public static Facts analyze(Path p) throws Exception {
        return analyzer().analyze(read(p), null);
    }

    public static SourceFile html(String name, String html) {
        return new SourceFile(name, html, SourceFile.Format.HTML);
    }

    public static List<Finding> check(Path p) throws Exception {
        return checker().check(read(p), null).findings();
    }

    /**
     * One body block holding {@code text} exactly, without sentences or people: all a word rule
     * reads, and fast on megabytes. Built without a parser, so past the parsers' story-text cap
     * ({@link Article#MAX_TEXT_CHARS}): the {@code (a+)+$} megabytes are timed whole.
     */
    public static Facts wordFacts(String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        Block b = new Block(0, BlockKind.BODY, text, starts, ends);
        Article a = new Article("<text>", null, null, null, null, List.of(b), new LineIndex(text), List.of(), "snippet");
        AnnotatedBlock ab = new AnnotatedBlock(b, TextNormalizer.normalize(text), List.of());
        return new Facts(new AnnotatedArticle(a, List.of(ab)), List.of(), List.of(), List.of(), List.of(), List.of(),
                dev.copydesk.facts.numbers.Numbers.NONE);
    }

    /**
     * An existence rule with {@code (a+)+$}: exponential for a backtracking engine on a run of a's that
     * does not end the text, linear on RE2/J (WordChecksTest proves it on 1 MB, bench/regex measures it).
     */
    public static Check runawayPatternRule() {
        return CheckRegistry.build(RuleLoader.parse("runaway.yml", """
                rules:
                  - id: runaway
                    type: existence
                    category: style
                    severity: info
                    message: "'{text}'"
                    params: {patterns: ['(a+)+$'], ignoreCase: false}
                    examples: {bad: ["[[aaa]]"]}
                """).get(0), context());
    }
}
