package dev.copydesk.engine;

import dev.copydesk.nlp.Models;
import dev.copydesk.nlp.NameFinder;
import dev.copydesk.results.Extraction;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.source.InputCollector.Input;
import dev.copydesk.source.InputCollector;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.SourceReader;
import java.io.InputStream;
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
     * Loads lexicons and rules ({@link RuleSet#read}), then the name finder model and the analyzer;
     * a bad rule file is a {@link RuleFileException}, a bad config or model a
     * {@link dev.copydesk.UserFileException}. Commands open sessions through {@link Workspace}.
     *
     * @param models the OpenNLP models, asked for only once the rules are loaded and valid
     */
    static Session open(RunOptions options, Supplier<Models> models) {
        return RuleSet.confined(options.config(), () -> load(options, models));
    }

    private static Session load(RunOptions options, Supplier<Models> models) {
        RuleSet ruleSet = RuleSet.read(options);
        NameFinder names = options.nerModel() == null ? null : NameFinder.load(options.nerModel());
        Analyzer analyzer = new Analyzer(models.get(), ruleSet.lexicons(), options.config().extraction(), names);
        return new Session(options, ruleSet.rules(), analyzer, new Checker(analyzer, ruleSet.checks(), options.keepFacts()));
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
