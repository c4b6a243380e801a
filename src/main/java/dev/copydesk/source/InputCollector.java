package dev.copydesk.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command-line inputs (files, directories, {@code -}) into a sorted list of inputs to read. */
public final class InputCollector {

    /** One thing to check: a file, standard input, or an input that failed before reading. */
    public record Input(String display, Path path, String problem) {
        public static final String STDIN = "-";

        public boolean isStdin() {
            return STDIN.equals(display) && path == null;
        }
    }

    /** Read when named, though directory walks pass them by: pages saved under server-side names. */
    private static final java.util.Set<String> ALSO_READ = java.util.Set.of("xhtml", "xht", "shtml", "text");

    private InputCollector() {
    }

    /**
     * Expands each argument; a directory yields its articles recursively, sorted by path, keeping
     * only the files {@code keep} accepts.
     */
    public static List<Input> collect(List<String> args, java.util.function.Predicate<Path> keep) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : args) {
            if (Input.STDIN.equals(arg)) {
                inputs.add(new Input(Input.STDIN, null, null));
                continue;
            }
            Path path = Path.of(arg);
            if (!Files.isDirectory(path)) {
                inputs.add(new Input(arg, path, unread(path)));
                continue;
            }
            List<Path> found = walk(path).stream().filter(keep).toList();
            if (found.isEmpty()) {
                inputs.add(new Input(arg, path, arg + ": directory has no articles (.html, .htm, .txt, .md)"));
            }
            for (Path p : found) {
                inputs.add(new Input(p.toString(), p, null));
            }
        }
        return inputs;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(InputCollector::isArticle).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Why a file named on the command line is not read: it has an extension that says it is no
     * article (.doc, .pdf, .yml); null for articles and for names without an extension, whose
     * content decides (HTML or text).
     */
    private static String unread(Path p) {
        String ext = extension(p);
        if (ext == null || isArticle(p) || ALSO_READ.contains(ext)) {
            return null;
        }
        return p + ": not an article copydesk reads (." + ext + "); it reads .html, .htm, .txt, .md and .markdown files,"
                + " skipped";
    }

    private static String extension(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 || dot == n.length() - 1 ? null : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a directory walk takes the file as an article: .html, .htm, .txt, .md, .markdown. */
    public static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown");
    }
}
