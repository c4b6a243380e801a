package dev.copydesk.engine;

import dev.copydesk.checks.Check;
import dev.copydesk.checks.CheckContext;
import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.config.Config;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Models;
import dev.copydesk.nlp.NameFinder;
import dev.copydesk.results.Extraction;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.source.InputCollector.Input;
import dev.copydesk.source.InputCollector;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Starts loading what every analysing run needs, the OpenNLP models, the built-in word lists and
     * rules, on background threads, so that a short run (one article) does not wait for them one
     * after the other: called at process start, before the command line is even parsed. Whoever
     * needs one of them first waits for it (a model's future, a class's initialisation).
     */
    public static void warmUp() {
        Models.get();
        Thread lists = new Thread(() -> {
            Lexicons.builtIn();
            RuleLoader.builtInRules();
        }, "copydesk-lexicons");
        lists.setDaemon(true);
        lists.start();
    }

    /** Loads lexicons and rules; throws {@link dev.copydesk.rules.RuleFileException} on a bad rule file. */
    public static Session open(RunOptions options) {
        return RuleSet.confined(options.config(), () -> load(options));
    }

    private static Session load(RunOptions options) {
        Models.get(); // the models start loading in the background while the rules are read
        RuleSet ruleSet = RuleSet.read(options);
        if (ruleSet.rules().isEmpty()) {
            Config config = options.config();
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
        Analyzer analyzer = new Analyzer(ruleSet.lexicons(), options.config().extraction(), names);
        List<Check> checks = CheckRegistry.build(ruleSet.rules(), new CheckContext(analyzer.lexicons()));
        return new Session(options, ruleSet.rules(), analyzer, new Checker(analyzer, checks, options.keepFacts()));
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
        long millis = options.fileTimeout().toMillis();
        String budget = millis % 1000 == 0 ? millis / 1000 + " s"
                : millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
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
