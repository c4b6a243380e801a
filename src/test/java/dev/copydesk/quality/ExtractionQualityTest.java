package dev.copydesk.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.article.Article;
import dev.copydesk.article.ArticleParser;
import dev.copydesk.article.Block;
import dev.copydesk.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The body-extraction benchmark: copydesk's story blocks against Readability's extraction of the
 * same pages, scored by token 4-gram shingles. Writes target/extraction-report.txt (per page,
 * mean, worst pages); fails when the mean drops below the level recorded in docs/QUALITY.md.
 * {@code bench/extraction/run.sh} runs it on the shared corpus.
 */
class ExtractionQualityTest {
    /** Recorded levels (docs/QUALITY.md): a change that lowers them is a regression. */
    static final double MIN_MEAN_F1 = 0.97;
    static final double MIN_MEAN_RECALL = 0.955;
    static final double MIN_MEAN_PRECISION = 0.985;

    record PageResult(String name, ShingleScore score, String strategy) {
    }

    @Test
    void storyTextMatchesTheReferenceExtraction() throws Exception {
        Path dir = CorpusPage.defaultDir();
        ArticleParser parser = new ArticleParser();
        List<PageResult> results = new ArrayList<>();
        for (CorpusPage page : CorpusPage.load(dir)) {
            Article a = parser.parse(new SourceFile(page.name() + ".html", page.html(), SourceFile.Format.HTML));
            String predicted = a.blocks().stream().filter(b -> b.kind().isStoryText()).map(Block::text)
                    .collect(Collectors.joining("\n"));
            String expected = Jsoup.parse(page.expectedHtml()).text();
            results.add(new PageResult(page.name(), ShingleScore.of(predicted, expected), a.strategy()));
        }
        double f1 = results.stream().mapToDouble(r -> r.score().f1()).average().orElse(0);
        double p = results.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
        double r = results.stream().mapToDouble(x -> x.score().recall()).average().orElse(0);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-30s %6s %6s %6s %7s %7s  %s%n", "page", "P", "R", "F1", "pred", "exp", "strategy"));
        for (PageResult x : results) {
            report.append(line(x));
        }
        report.append(String.format(Locale.ROOT, "%nmean over %d pages: precision %.3f, recall %.3f, F1 %.3f%n",
                results.size(), p, r, f1));
        report.append(String.format(Locale.ROOT, "pages under F1 0.6: %d%n%nworst pages:%n",
                results.stream().filter(x -> x.score().f1() < 0.6).count()));
        results.stream().sorted(Comparator.comparingDouble(x -> x.score().f1())).limit(10)
                .forEach(x -> report.append(line(x)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-report.txt"), report, StandardCharsets.UTF_8);
        assertTrue(f1 >= MIN_MEAN_F1, "mean F1 " + f1 + " fell below " + MIN_MEAN_F1 + "\n" + report);
        assertTrue(r >= MIN_MEAN_RECALL, "mean recall " + r + " fell below " + MIN_MEAN_RECALL + "\n" + report);
        assertTrue(p >= MIN_MEAN_PRECISION, "mean precision " + p + " fell below " + MIN_MEAN_PRECISION + "\n" + report);
        assertTrue(results.stream().allMatch(x -> x.score().f1() >= 0.6), "a page fell under F1 0.6\n" + report);
    }

    private static String line(PageResult x) {
        return String.format(Locale.ROOT, "%-30s %6.3f %6.3f %6.3f %7d %7d  %s%n", x.name(), x.score().precision(),
                x.score().recall(), x.score().f1(), x.score().predicted(), x.score().expected(), x.strategy());
    }
}
