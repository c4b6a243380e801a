package dev.copydesk.engine;

import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.NameFinder;
import dev.copydesk.results.Extraction;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.rules.Severity;
import dev.copydesk.source.InputCollector.Input;
import dev.copydesk.source.InputCollector;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.copydesk.Interruption;

/**
 * One configured run: rules and lexicons loaded and validated once, models shared, inputs read
 * and checked in parallel with results in input order. A rule-file problem surfaces here, before
 * any input is read.
 */
public final class Session {
    private final RunOptions options;
    private final List<Rule> rules;
    private final Analyzer analyzer;
    private final Checker checker;

    private Session(RunOptions options, List<Rule> rules, Analyzer analyzer, Checker checker) {
        this.options = options;
        this.rules = rules;
        this.analyzer = analyzer;
        this.checker = checker;
    }

    /** Loads lexicons and rules; throws {@link dev.copydesk.rules.RuleFileException} on a bad rule file. */
    public static Session open(RunOptions options) {
        Set<String> confined = outsideTheConfig(options.config());
        try {
            return load(options);
        } catch (RuleFileException e) {
            throw e.file() != null && confined.contains(e.file())
                    ? e.withoutContents("the file is outside " + options.config().base() + ", where the config is") : e;
        }
    }

    /**
     * Rule files that the config's {@code rules:} reaches outside the config's own folder: an error in
     * one is told by position only, never by quoting it (a CI log is public; the file may not be).
     */
    private static Set<String> outsideTheConfig(Config config) {
        Set<String> out = new HashSet<>();
        if (config.rules().isEmpty()) {
            return out;
        }
        Path base = realPath(config.base());
        try {
            for (Path f : RuleLoader.userFiles(config.rules())) {
                Path real = realPath(f);
                if (base == null || real == null || !real.startsWith(base)) {
                    out.add(f.toString());
                }
            }
        } catch (RuleFileException e) {
            // the same problem comes up again, with its message, when the rules load
        }
        return out;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Session load(RunOptions options) {
        Config config = options.config();
        List<Path> rulePaths = new ArrayList<>(options.rulePaths());
        rulePaths.addAll(config.rules());
        List<Path> folders = new ArrayList<>();
        for (Path p : rulePaths) {
            if (Files.isDirectory(p)) {
                folders.add(p);
            }
        }
        List<Rule> loaded = RuleLoader.load(options.defaultRules() && config.defaultRules(), rulePaths);
        Set<String> ids = new HashSet<>();
        loaded.forEach(r -> ids.add(r.id()));
        ConfigLoader.checkRuleIds(config, ids);
        List<Rule> rules = new ArrayList<>();
        for (Rule r : loaded) {
            if (!config.disable().contains(r.id())) {
                Severity s = config.severity().get(r.id());
                rules.add(s == null ? r : r.withSeverity(s));
            }
        }
        if (rules.isEmpty()) {
            throw new RuleFileException((config.file() == null ? "" : config.file() + ": ")
                    + "no rule left to run (built-in rules off or all disabled, and no rules of your own); "
                    + "nothing would be checked");
        }
        NameFinder names = null;
        if (options.nerModel() != null) {
            try {
                names = NameFinder.load(options.nerModel());
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(e.getMessage());
            }
        }
        Analyzer analyzer = new Analyzer(Lexicons.load(folders), config.extraction(), names);
        return new Session(options, rules, analyzer, new Checker(analyzer, CheckRegistry.build(rules), options.keepFacts()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Checks every input; unreadable ones become results with an error. */
    public RunResult check(List<String> args, InputStream stdin, Progress progress) {
        return new RunResult(forEach(args, stdin, progress, src -> checker.check(src, options.pubDate()),
                FileResult::failed), rules);
    }

    /** Extracts entities from every input. */
    public List<Extraction> entities(List<String> args, InputStream stdin, Progress progress) {
        return forEach(args, stdin, progress,
                src -> new Extraction(src.path(), analyzer.analyze(src, options.pubDate()), null),
                (path, error) -> new Extraction(path, null, error));
    }

    private interface Failure<T> {
        T of(String path, String error);
    }

    private <T> List<T> forEach(List<String> args, InputStream stdin, Progress progress, Function<SourceFile, T> work,
                                Failure<T> failure) {
        SourceReader reader = new SourceReader(options.maxBytes());
        List<Input> inputs = InputCollector.collect(args, options.config()::keeps);
        progress.found(inputs.size());
        // Standard input can be read only once, and only here, before the parallel part.
        List<Object> loaded = new ArrayList<>();
        for (Input in : inputs) {
            if (in.problem() != null) {
                loaded.add(failure.of(in.display(), in.problem()));
            } else if (in.isStdin()) {
                loaded.add(read(() -> reader.read(stdin, options.stdinDisplayName()), in, failure));
            } else {
                loaded.add(in);
            }
        }
        List<Supplier<T>> tasks = new ArrayList<>();
        for (Object item : loaded) {
            tasks.add(() -> {
                T done = one(item, reader, work, failure);
                progress.finished();
                return done;
            });
        }
        long seconds = options.fileTimeout().toSeconds();
        String budget = seconds > 0 ? seconds + " s" : options.fileTimeout().toMillis() + " ms";
        return FileRunner.run(tasks, options.fileTimeout(), i -> {
            progress.finished();
            String path = loaded.get(i) instanceof Input in ? in.display()
                    : loaded.get(i) instanceof SourceFile src ? src.path() : "<input>";
            return failure.of(path, path + ": not analysed: it took longer than the time budget of " + budget
                    + " (raise it with --file-timeout); the other files are still checked");
        });
    }

    /** One input: read it if it is not yet, then do the work, or say why it could not be done. */
    private <T> T one(Object o, SourceReader reader, Function<SourceFile, T> work, Failure<T> failure) {
        if (o instanceof Input in) {
            o = read(() -> reader.read(in.path()), in, failure);
        }
        if (o instanceof SourceFile src) {
            try {
                return work.apply(src);
            } catch (Interruption.Stopped e) {
                throw e; // the time budget is spent: the runner reports it
            } catch (StackOverflowError e) {
                return failure.of(src.path(), src.path() + ": nested too deeply to analyse (elements or "
                        + "Markdown emphasis inside each other, hundreds of thousands of levels)");
            } catch (RuntimeException e) {
                return failure.of(src.path(), src.path() + ": internal error while checking (" + e + ")");
            }
        }
        @SuppressWarnings("unchecked")
        T done = (T) o;
        return done;
    }

    private interface Read {
        SourceFile get() throws InputException;
    }

    private static <T> Object read(Read r, Input in, Failure<T> failure) {
        try {
            return r.get();
        } catch (InputException e) {
            return failure.of(in.display(), e.getMessage());
        }
    }
}
