package dev.copydesk.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One page of the extraction corpus: the page as served and Readability's extraction of it. Read
 * from fixtures/corpus (gzipped copies, so the suite stands alone) or from the shared corpus layout
 * ({@code NAME/source.html}, {@code NAME/expected.html}).
 */
record CorpusPage(String name, Path source, String html, String expectedHtml) {

    /** The corpus given by {@code -Dcopydesk.corpus=DIR}, else fixtures/corpus. */
    static Path defaultDir() {
        return Path.of(System.getProperty("copydesk.corpus", "fixtures/corpus"));
    }

    static List<CorpusPage> load(Path dir) throws IOException {
        List<CorpusPage> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String file = p.getFileName().toString();
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("source.html"))) {
                    pages.add(new CorpusPage(file, p.resolve("source.html"), read(p.resolve("source.html")),
                            read(p.resolve("expected.html"))));
                } else if (file.endsWith(".source.html.gz")) {
                    String name = file.substring(0, file.length() - ".source.html.gz".length());
                    pages.add(new CorpusPage(name, p, read(p), read(dir.resolve(name + ".expected.html.gz"))));
                }
            }
        }
        return pages;
    }

    static CorpusPage named(Path dir, String name) throws IOException {
        return load(dir).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IOException(dir + ": no page " + name));
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
