package dev.copydesk.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.function.Predicate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    public static List<Input> collect(List<String> args, Predicate<Path> keep) {
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
            List<Input> found = walk(path, keep);
            if (found.isEmpty()) {
                inputs.add(new Input(arg, path, arg + ": directory has no articles (.html, .htm, .txt, .md)"));
            }
            inputs.addAll(found);
        }
        return inputs;
    }

    /**
     * The articles under {@code dir}, sorted by path; a folder or file that cannot be read is an
     * input with a problem at its place in the order, and the walk goes on beside it.
     */
    private static List<Input> walk(Path dir, Predicate<Path> keep) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticle(file) && keep.test(file)) {
                        found.add(new Input(file.toString(), file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
                    found.add(new Input(file.toString(), file, file + ": cannot be read (" + why
                            + "); the articles beside it are still checked"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            found.add(new Input(dir.toString(), dir, dir + ": cannot be read (" + e.getMessage() + ")"));
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
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
