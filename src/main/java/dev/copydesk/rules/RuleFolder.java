package dev.copydesk.rules;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The YAML files of a rule folder, found by a walk that stops with one clear line when the
 * folder is not what a rule folder is: unreadable in part, or so big that it is surely the wrong
 * path ({@code rules: [/]}, {@code rules list /proc}).
 */
final class RuleFolder {
    /** A folder with more entries than this is not a folder of rules. */
    static final int MAX_ENTRIES = 10_000;

    private RuleFolder() {
    }

    static List<Path> yamlFiles(Path folder) {
        List<Path> found = new ArrayList<>();
        int[] seen = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return count(seen);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isYaml(file)) {
                        found.add(file);
                    }
                    return count(seen);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    throw new RuleFileException(folder, "cannot list the rule folder: " + file + " cannot be read");
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleFileException r) {
                throw r;
            }
            throw new RuleFileException(folder, "cannot list the rule folder (" + e.getMessage() + ")");
        }
        if (seen[0] > MAX_ENTRIES) {
            throw new RuleFileException(folder, "holds over " + MAX_ENTRIES + " files and folders, which is no rule "
                    + "folder; name the folder that holds your rule files");
        }
        found.sort(null);
        return found;
    }

    private static FileVisitResult count(int[] seen) {
        return ++seen[0] > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }
}
