package dev.copydesk.bench;

import dev.copydesk.article.Article;
import dev.copydesk.article.ArticleParser;
import dev.copydesk.article.Block;
import dev.copydesk.cli.Environment;
import dev.copydesk.cli.Main;
import dev.copydesk.nlp.Models;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jsoup.Jsoup;
import picocli.CommandLine;

/**
 * Issue 11's speed comparison, both sides in one JVM (run it with the launcher's flags, as
 * bench/speed/run.sh does): the bare cost of jsoup + OpenNLP on a folder of pages (each page parsed
 * by jsoup, then sentence detection, tokenisation and POS tagging with the same official models,
 * through OpenNLP's own classes, of exactly the text copydesk analyses on that page) against the
 * full {@code copydesk check} of the same folder in process (reading, extraction, NLP, facts,
 * checks, the text report). Both use as many threads as copydesk does (one per core). Rounds
 * alternate (bare, check, bare, check…) so that the load of a shared machine falls on both; the
 * median round of each is compared, by wall time and by the process's CPU time.
 *
 * <p>Not a test: it is in the test tree only to stay out of the product jar.
 * {@code java -cp target/test-classes:target/copydesk.jar dev.copydesk.bench.SpeedBench DIR [ROUNDS]}
 */
public final class SpeedBench {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private SpeedBench() {
    }

    /** One page for the bare side: its raw bytes, and the text blocks copydesk analyses on it. */
    private record Page(Path path, List<String> texts) {
    }

    /** One timed run: wall and process CPU time in milliseconds, and a count that proves the work was done. */
    private record Run(long wallMs, long cpuMs, long work) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Page> pages = pages(dir);
        long chars = pages.stream().flatMap(p -> p.texts().stream()).mapToLong(String::length).sum();
        System.out.printf("%d pages, %,d chars of analysed text, %d threads, %d rounds after one warm-up%n",
                pages.size(), chars, threads, rounds);

        SentenceModel sm = new SentenceModel(open(SENTENCE));
        TokenizerModel tm = new TokenizerModel(open(TOKENS));
        POSModel pm = new POSModel(open(POS));
        // Warm-up round of each (class loading, copydesk's models and rules, the JIT), not counted.
        Run bareCold = bare(pages, sm, tm, pm, threads);
        Run checkCold = check(dir);
        System.out.printf("warm-up: bare %d ms wall, check %d ms wall%n", bareCold.wallMs(), checkCold.wallMs());
        List<Run> bare = new ArrayList<>();
        List<Run> check = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            bare.add(bare(pages, sm, tm, pm, threads));
            check.add(check(dir));
            System.out.printf("round %d: bare %d ms wall %d ms cpu (%,d tokens tagged), check %d ms wall %d ms cpu%n",
                    r + 1, bare.get(r).wallMs(), bare.get(r).cpuMs(), bare.get(r).work(),
                    check.get(r).wallMs(), check.get(r).cpuMs());
        }
        long bareWall = median(bare.stream().mapToLong(Run::wallMs).toArray());
        long checkWall = median(check.stream().mapToLong(Run::wallMs).toArray());
        long bareCpu = median(bare.stream().mapToLong(Run::cpuMs).toArray());
        long checkCpu = median(check.stream().mapToLong(Run::cpuMs).toArray());
        System.out.printf("bare jsoup + OpenNLP (sentences, tokens, POS): median %d ms wall, %d ms cpu%n", bareWall, bareCpu);
        System.out.printf("copydesk check:                              median %d ms wall, %d ms cpu%n", checkWall, checkCpu);
        System.out.printf("RATIO check/bare: %.2f wall, %.2f cpu (target <= 1.20)%n",
                (double) checkWall / bareWall, (double) checkCpu / bareCpu);
    }

    /** Reads every page once, untimed, and keeps the text copydesk analyses on it (the same words for the bare side). */
    private static List<Page> pages(Path dir) throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);
        ArticleParser parser = new ArticleParser();
        List<Page> out = new ArrayList<>();
        for (Path f : files) {
            Article a = parser.parse(reader.read(f));
            List<String> texts = new ArrayList<>();
            for (Block b : a.blocks()) {
                if (b.kind().isAnalysed()) {
                    texts.add(b.text());
                }
            }
            out.add(new Page(f, texts));
        }
        return out;
    }

    /**
     * The bare side: per page, read and decode the file, parse it with jsoup, then detect
     * sentences, tokenize and tag the page's text with OpenNLP's own classes (one set per thread).
     */
    private static Run bare(List<Page> pages, SentenceModel sm, TokenizerModel tm, POSModel pm, int threads)
            throws Exception {
        AtomicLong tokens = new AtomicLong();
        ThreadLocal<SentenceDetectorME> sd = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        ThreadLocal<TokenizerME> tok = ThreadLocal.withInitial(() -> new TokenizerME(tm));
        ThreadLocal<POSTaggerME> pos = ThreadLocal.withInitial(() -> new POSTaggerME(pm,
                opennlp.tools.postag.POSTagFormat.UD));
        return timed(() -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Page p : pages) {
                    done.add(pool.submit(() -> {
                        String html = new String(Files.readAllBytes(p.path()), StandardCharsets.UTF_8);
                        if (Jsoup.parse(html).body() == null) {
                            throw new IllegalStateException(p.path() + ": no body");
                        }
                        long n = 0;
                        for (String text : p.texts()) {
                            for (Span s : sd.get().sentPosDetect(text)) {
                                String sentence = s.getCoveredText(text).toString();
                                String[] words = Span.spansToStrings(tok.get().tokenizePos(sentence), sentence);
                                if (words.length > 0) {
                                    n += pos.get().tag(words).length;
                                }
                            }
                        }
                        tokens.addAndGet(n);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            return tokens.get();
        });
    }

    /** The process's environment for the in-process runs: one, so that the models load once, as in a real run. */
    private static final Environment ENV = new Environment(InputStream.nullInputStream(), Map.of(), false,
            Environment.once(Models::load));

    /** The full {@code copydesk check DIR}, in process, its text report written to nowhere. */
    private static Run check(Path dir) throws Exception {
        return timed(() -> {
            CommandLine cl = Main.commandLine(ENV);
            cl.setOut(new PrintWriter(Writer.nullWriter()));
            cl.setErr(new PrintWriter(Writer.nullWriter()));
            int code = cl.execute("check", "--fail-on", "never", dir.toString());
            if (code != 0) {
                throw new IllegalStateException("copydesk check exited " + code);
            }
            return 0L;
        });
    }

    private interface Work {
        long run() throws Exception;
    }

    private static Run timed(Work w) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long work = w.run();
        long wall = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        return new Run(wall / 1_000_000, cpu / 1_000_000, work);
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    private static InputStream open(String name) {
        InputStream in = SpeedBench.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
