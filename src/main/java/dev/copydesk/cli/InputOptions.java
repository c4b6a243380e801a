package dev.copydesk.cli;

import dev.copydesk.UserFileException;
import dev.copydesk.engine.RunOptions;
import dev.copydesk.engine.Workspace;
import dev.copydesk.nlp.Models;
import dev.copydesk.rules.SettingsFile;
import dev.copydesk.source.InputCollector;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read articles. */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.html, .htm, .txt, .md), directories (searched recursively), or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Rule file or folder added to the built-in rules (repeatable). A folder's lexicons/ extend the built-in word lists.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Do not load the built-in rules.")
    boolean noDefaultRules;

    @Option(names = "--pub-date", paramLabel = "YYYY-MM-DD",
            description = "Publication date to use instead of the article's metadata.")
    String pubDate;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file to use instead of the .copydesk.yml found by walking up from each input.")
    Path config;

    @Option(names = "--no-config", description = "Ignore .copydesk.yml files.")
    boolean noConfig;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "An OpenNLP name finder model (.bin) of your own: its person names count as people.")
    Path nerModel;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "The name standard input (-) is reported under: its extension (.md, .txt, .html) sets the format "
                    + "and its folder the .copydesk.yml that applies. Without it, standard input is HTML if it starts with '<', "
                    + "Markdown if it starts with front matter (---) or a '# ' heading, else text.")
    String stdinFilename;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop the work on one file after this many seconds and report it as not analysed (exit 2); "
                    + "the other files are still checked. Default: ${DEFAULT-VALUE}.")
    String fileTimeout;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Skip inputs larger than this (e.g. 500KB, 20MB). Default: ${DEFAULT-VALUE}.")
    String maxFileSize;

    /**
     * The command line's inputs under their config files.
     *
     * @param keepFacts keep what was read from each article, for a report that shows the article
     * @param models    the OpenNLP models, asked for once the rules are loaded
     */
    Workspace workspace(boolean keepFacts, Supplier<Models> models) {
        if (config != null) {
            requireFile("--config", config, "config");
        }
        if (nerModel != null) {
            requireFile("--ner-model", nerModel, "name finder model");
        }
        if (noDefaultRules && rules.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--no-default-rules leaves no rule to run; add your own with --rules PATH");
        }
        return new Workspace(toRunOptions().withFacts(keepFacts), noConfig ? null : config, !noConfig, models);
    }

    /** A file an option names must be a regular file: one line saying why not (no usage text: the option was right). */
    static void requireFile(String option, Path file, String what) {
        String problem = SettingsFile.problem(file, what);
        if (problem != null) {
            throw UserFileException.named(option, file, problem);
        }
    }

    /** Every file this command line reads: articles (directories expanded), rule files, config, model. */
    List<Path> filesRead() {
        List<Path> files = new ArrayList<>();
        for (InputCollector.Input in : InputCollector.collect(paths, p -> true)) {
            if (in.path() != null) {
                files.add(in.path());
            }
        }
        for (Path r : rules) {
            files.add(r);
            if (java.nio.file.Files.isDirectory(r)) {
                try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(r)) {
                    s.filter(java.nio.file.Files::isRegularFile).forEach(files::add);
                } catch (java.io.IOException | RuntimeException ignored) {
                    // an unreadable rule folder is reported when the rules load
                }
            }
        }
        if (config != null) {
            files.add(config);
        }
        if (nerModel != null) {
            files.add(nerModel);
        }
        return files;
    }

    RunOptions toRunOptions() {
        return new RunOptions(rules, !noDefaultRules, parseDate(), parseSize()).withNerModel(nerModel)
                .withStdinName(stdinFilename).withFileTimeout(parseTimeout());
    }

    private Duration parseTimeout() {
        try {
            double seconds = Double.parseDouble(fileTimeout.strip().replaceFirst("(?i)s$", ""));
            if (!(seconds > 0) || seconds > 86_400 * 365) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--file-timeout: '" + fileTimeout
                    + "' is not a number of seconds such as 30 or 2.5");
        }
    }

    private LocalDate parseDate() {
        if (pubDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(pubDate);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--pub-date: '" + pubDate + "' is not a date in the form YYYY-MM-DD");
        }
    }

    private long parseSize() {
        return parseSize(spec, maxFileSize);
    }

    /** A size such as 500KB or 20MB, in bytes; a usage error otherwise. */
    static long parseSize(CommandSpec spec, String maxFileSize) {
        String s = maxFileSize.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("KB")) {
            unit = 1024;
        } else if (s.endsWith("MB")) {
            unit = 1024 * 1024;
        } else if (s.endsWith("GB")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = s.replaceAll("[KMG]?B$", "");
        try {
            long n = Long.parseLong(digits.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (ArithmeticException e) {
            throw new ParameterException(spec.commandLine(), "--max-file-size: '" + maxFileSize
                    + "' is more than any file system holds");
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--max-file-size: '" + maxFileSize
                    + "' is not a size such as 500KB or 20MB");
        }
    }
}
