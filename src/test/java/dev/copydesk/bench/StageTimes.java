package dev.copydesk.bench;

import dev.copydesk.article.Article;
import dev.copydesk.article.ArticleParser;
import dev.copydesk.article.Block;
import dev.copydesk.checks.Check;
import dev.copydesk.checks.CheckContext;
import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.checks.Finding;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateExtractor;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.numbers.NumberExtractor;
import dev.copydesk.facts.numbers.Numbers;
import dev.copydesk.facts.people.People;
import dev.copydesk.facts.people.PeopleExtractor;
import dev.copydesk.facts.quotes.Claim;
import dev.copydesk.facts.quotes.ClaimExtractor;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.facts.quotes.QuoteExtractor;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.Annotator;
import dev.copydesk.nlp.Models;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Where copydesk's time goes: one thread, the pages of a folder read once, then ROUNDS passes of
 * each step (extraction, NLP, people, dates, quotes, claims, numbers, checks), CPU time per step of
 * the last pass; beside them, what the bare side of {@link SpeedBench} spends on the same pages
 * (jsoup, OpenNLP's own classes on the same text), and jsoup with position tracking, which is part
 * of extraction. For profiling by hand; bench/speed/run.sh does not run it.
 * {@code java -cp target/test-classes:target/copydesk.jar dev.copydesk.bench.StageTimes DIR [ROUNDS]}
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Map<String, Long> nanos = new LinkedHashMap<>();

    private StageTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SourceFile> sources = new ArrayList<>();
        SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                sources.add(reader.read(p));
            }
        }
        Lexicons lex = Lexicons.builtIn();
        List<Check> checks = CheckRegistry.build(RuleLoader.load(true, List.of()), new CheckContext(lex));
        ArticleParser parser = new ArticleParser();
        Annotator annotator = new Annotator(Models.load());
        PeopleExtractor people = new PeopleExtractor(lex);
        DateExtractor dates = new DateExtractor();
        QuoteExtractor quotes = new QuoteExtractor(lex);
        ClaimExtractor claims = new ClaimExtractor(lex);
        NumberExtractor numbers = new NumberExtractor();
        SentenceDetectorME sd = new SentenceDetectorME(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        TokenizerME tok = new TokenizerME(new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        POSTaggerME pos = new POSTaggerME(new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")), POSTagFormat.UD);
        long findings = 0;
        for (int r = 0; r < rounds; r++) {
            nanos = new LinkedHashMap<>();
            findings = 0;
            for (SourceFile src : sources) {
                time("bare: Jsoup.parse", () -> Jsoup.parse(src.content()));
                time("(jsoup with positions, part of extraction)",
                        () -> Jsoup.parse(src.content(), "", Parser.htmlParser().setTrackPosition(true)));
                Article a = time("extraction (jsoup + story)", () -> parser.parse(src));
                time("bare: OpenNLP sentences, tokens, POS", () -> {
                    for (Block b : a.blocks()) {
                        if (b.kind().isAnalysed()) {
                            for (Span s : sd.sentPosDetect(b.text())) {
                                String sentence = s.getCoveredText(b.text()).toString();
                                String[] words = Span.spansToStrings(tok.tokenizePos(sentence), sentence);
                                if (words.length > 0) {
                                    pos.tag(words);
                                }
                            }
                        }
                    }
                    return null;
                });
                AnnotatedArticle an = time("nlp (sentences, tokens, POS)", () -> annotator.annotate(a));
                People found = time("people", () -> people.extract(an));
                List<DateMention> dated = time("dates", () -> dates.extract(an, a.published()));
                List<Quote> quoted = time("quotes", () -> quotes.extract(an, found.people()));
                List<Claim> claimed = time("claims", () -> claims.extract(an));
                Numbers counted = time("numbers", () -> numbers.extract(an, found.people(), dated, quoted));
                Facts facts = new Facts(an, found.people(), found.unattached(), dated, quoted, claimed, counted);
                for (Check c : checks) {
                    List<Finding> f = time("check " + c.getClass().getSimpleName(), () -> c.run(facts));
                    findings += f.size();
                }
            }
        }
        long total = nanos.entrySet().stream().filter(e -> !e.getKey().startsWith("bare") && !e.getKey().startsWith("("))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("%d pages, pass %d of %d, %d findings, %d ms cpu in all copydesk steps%n", sources.size(), rounds, rounds,
                findings, total / 1_000_000);
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                System.out.printf("%8d ms %5.1f%%  %s%n", e.getValue() / 1_000_000, 100.0 * e.getValue() / total, e.getKey()));
    }

    private static java.io.InputStream open(String name) {
        return StageTimes.class.getResourceAsStream(name);
    }

    private static <T> T time(String what, Supplier<T> step) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        T out = step.get();
        nanos.merge(what, THREADS.getCurrentThreadCpuTime() - t0, Long::sum);
        return out;
    }
}
