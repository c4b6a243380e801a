package dev.copydesk.authority;

import dev.copydesk.checks.HouseName;
import dev.copydesk.engine.Analyzer;
import dev.copydesk.engine.Progress;
import dev.copydesk.engine.RuleExamples;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.NameSplitter;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleReader;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.source.InputCollector;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a name authority from an archive: walks the folder tree, reads and analyses the articles
 * in parallel, keeps of each only its sightings (who, spelled how, titled what, when) and its
 * fingerprint, and drops the rest, so memory stays flat however large the archive. An article
 * already counted (by content) is skipped: that is how {@code --update} adds new articles
 * without reading the old ones again.
 */
public final class AuthorityBuilder {
    /** What a build did: articles read, skipped as already counted, not readable; distinct name spellings. */
    public record Summary(int articles, int skipped, int failed, int spellings) {
    }

    private final Analyzer analyzer;
    private final SourceReader reader;
    private final NameAuthority authority;
    private final AtomicInteger articles = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /**
     * @param previous     the house names being updated (empty for a new authority)
     * @param fingerprints the articles they were built from
     */
    public AuthorityBuilder(Analyzer analyzer, long maxBytes, List<HouseName> previous, Set<String> fingerprints) {
        this.analyzer = analyzer;
        this.reader = new SourceReader(maxBytes);
        TitleReader titles = new TitleReader(analyzer.lexicons());
        this.authority = new NameAuthority(previous, fingerprints, new NameSplitter(analyzer.lexicons()), t -> {
            Title read = titles.read(t);
            return read != null && read.office();
        });
    }

    /**
     * Reads every article under {@code archive}, walking the folder lazily.
     *
     * @param problems told one line per file that could not be read or analysed
     * @param progress told of each article as it is found and when it is done
     */
    public void read(Path archive, Consumer<String> problems, Progress progress) {
        try (Stream<Path> files = Files.walk(archive)) {
            files.filter(Files::isRegularFile).filter(InputCollector::isArticle).peek(p -> progress.found(1)).parallel()
                    .forEach(p -> {
                        readOne(p, problems);
                        progress.finished();
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOne(Path file, Consumer<String> problems) {
        SourceFile src;
        try {
            src = reader.read(file);
        } catch (InputException e) {
            failed.incrementAndGet();
            problems.accept(e.getMessage());
            return;
        }
        if (!authority.firstTime(fingerprint(src.content()))) {
            skipped.incrementAndGet();
            return;
        }
        try {
            Facts facts = analyzer.analyze(src, null);
            authority.add(Sighting.of(facts));
            articles.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            problems.accept(file + ": could not be analysed (" + e + ")");
        }
    }

    public Summary summary() {
        return new Summary(articles.get(), skipped.get(), failed.get(), authority.spellingCount());
    }

    /**
     * The house-names file for what has been read, with examples written about one of its people
     * and checked to pass; empty when the archive names no one.
     */
    public Optional<String> houseNames(LocalDate built) {
        List<NameAuthority.Person> people = authority.people();
        NameSplitter splitter = new NameSplitter(analyzer.lexicons());
        RuleExamples runner = new RuleExamples(analyzer);
        String first = null;
        int tried = 0;
        for (NameAuthority.Person p : people) {
            Optional<Examples> ex = Examples.about(p.name(), splitter);
            if (ex.isEmpty()) {
                continue;
            }
            String yaml = AuthorityFile.write(people, authority.fingerprints(), ex.get(), built);
            first = first == null ? yaml : first;
            Rule rule = RuleLoader.parse("<authority>", yaml).get(0);
            if (runner.run(rule).stream().allMatch(RuleExamples.Result::passed) || ++tried >= MAX_EXAMPLE_TRIES) {
                return Optional.of(tried >= MAX_EXAMPLE_TRIES ? first : yaml);
            }
        }
        return Optional.ofNullable(first);
    }

    /** People tried as the subject of the rule's examples before settling for the first. */
    private static final int MAX_EXAMPLE_TRIES = 20;

    /** 64 bits of SHA-256 of the article's text: enough to tell 10⁸ articles apart. */
    static String fingerprint(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
