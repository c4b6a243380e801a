package dev.copydesk.engine;

import dev.copydesk.UserFileException;
import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Models;
import dev.copydesk.results.Extraction;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the inputs of one command line, each under the .copydesk.yml nearest to it (or the one
 * given with --config): inputs that share a config share a {@link Session}; results keep the
 * order of the command line. A config (or a rule file it names) that cannot be used stops only
 * the inputs under it: each is a result saying why it was not checked, and the others are checked.
 * When no input can be checked, the first such problem stops the run.
 */
public final class Workspace {
    private final RunOptions options;
    private final Path explicitConfig;
    private final boolean findConfigs;
    private final Supplier<Models> models;
    private final Map<Path, Config> configs = new HashMap<>();

    /**
     * Starts reading the built-in word lists and rules on a background thread, for a command that
     * analyses articles to call when the process starts (with the models, which load in the
     * background once asked for): a short run (one article) then does not read them, parse the
     * command line and load the models one after the other. Whoever needs them first waits for them
     * (their classes' initialisation).
     */
    public static void warmUp() {
        Thread lists = new Thread(() -> {
            Lexicons.builtIn();
            RuleLoader.builtInRules();
        }, "copydesk-lists");
        lists.setDaemon(true);
        lists.start();
    }

    /**
     * @param explicitConfig the config for every input, or null
     * @param findConfigs    look for .copydesk.yml above each input when no config is given
     * @param models         the OpenNLP models, asked for when a session opens (after its rules are loaded)
     */
    public Workspace(RunOptions options, Path explicitConfig, boolean findConfigs, Supplier<Models> models) {
        this.options = options;
        this.explicitConfig = explicitConfig;
        this.findConfigs = findConfigs;
        this.models = models;
    }

    /** Checks every input, telling {@code progress} as files are found and finished. */
    public RunResult check(List<String> args, InputStream stdin, Progress progress) {
        List<Ordered<FileResult>> files = new ArrayList<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        eachGroup(args, (session, positions, named) -> {
            RunResult r = session.check(named, stdin, progress);
            files.addAll(inArgumentOrder(positions, named, r.files(), FileResult::path));
            r.rules().forEach(x -> rules.putIfAbsent(x.id(), x));
        }, (position, input, problem) -> files.add(new Ordered<>(position, FileResult.failed(input, problem))));
        return new RunResult(sorted(files), List.copyOf(rules.values()));
    }

    /** Extracts entities from every input, telling {@code progress} as files are found and finished. */
    public List<Extraction> entities(List<String> args, InputStream stdin, Progress progress) {
        List<Ordered<Extraction>> out = new ArrayList<>();
        eachGroup(args, (session, positions, named) -> {
            List<Extraction> found = session.entities(named, stdin, progress);
            out.addAll(inArgumentOrder(positions, named, found, Extraction::path));
        }, (position, input, problem) -> out.add(new Ordered<>(position, new Extraction(input, null, problem))));
        return sorted(out);
    }

    /**
     * The rules in effect for inputs at {@code place} (a file or folder), under the config that
     * applies there, loaded and validated as a session's are; the models are not loaded.
     */
    public RuleSet rules(Path place) {
        RunOptions configured = options.withConfig(config(configFileFor(place)));
        return RuleSet.load(configured);
    }

    /**
     * The session for inputs at {@code place} (a file or folder), under the config that applies
     * there: for work on articles other than {@link #check} and {@link #entities} (rule examples,
     * an archive read for the name authority).
     */
    public Session session(Path place) {
        return Session.open(options.withConfig(config(configFileFor(place))), models);
    }

    private interface GroupWork {
        void run(Session session, List<Integer> positions, List<String> named);
    }

    private interface NotChecked {
        void add(int position, String input, String problem);
    }

    /**
     * Opens each config's session and gives it its arguments; the arguments of a config whose
     * session cannot open go to {@code notChecked}, one each, unless no session opens at all.
     */
    private void eachGroup(List<String> args, GroupWork work, NotChecked notChecked) {
        List<UserFileException> problems = new ArrayList<>();
        List<Integer> unusable = new ArrayList<>();
        boolean opened = false;
        for (Map.Entry<Optional<Path>, List<Integer>> group : groups(args).entrySet()) {
            Session session;
            try {
                session = Session.open(options.withConfig(config(group.getKey())), models);
            } catch (UserFileException e) {
                for (int i : group.getValue()) {
                    problems.add(e);
                    unusable.add(i);
                }
                continue;
            }
            opened = true;
            work.run(session, group.getValue(), named(args, group.getValue()));
        }
        if (!opened && !problems.isEmpty()) {
            throw problems.get(0);
        }
        for (int k = 0; k < unusable.size(); k++) {
            int i = unusable.get(k);
            String input = "-".equals(args.get(i)) ? options.stdinDisplayName() : args.get(i);
            notChecked.add(i, input, input + ": not checked: " + problems.get(k).getMessage());
        }
    }

    /** A result and the position on the command line of the argument it came from. */
    private record Ordered<T>(int argument, T result) {
    }

    private static List<String> named(List<String> args, List<Integer> positions) {
        return positions.stream().map(args::get).toList();
    }

    /**
     * Tags each of a group's results (in the group's argument order) with the command-line
     * position of its argument: a file named, or one found under a folder named.
     */
    private static <T> List<Ordered<T>> inArgumentOrder(List<Integer> positions, List<String> group, List<T> results,
                                                       java.util.function.Function<T, String> path) {
        List<Ordered<T>> out = new ArrayList<>();
        int at = 0;
        int from = 0;
        for (T r : results) {
            int k = from;
            while (k < group.size() && !comesFrom(path.apply(r), group.get(k))) {
                k++;
            }
            if (k < group.size()) {
                at = k;
                // a file named on the command line yields one result; a folder goes on yielding
                from = path.apply(r).equals(group.get(k)) ? k + 1 : k;
            }
            out.add(new Ordered<>(positions.get(Math.min(at, positions.size() - 1)), r));
        }
        return out;
    }

    private static boolean comesFrom(String path, String arg) {
        if (path.equals(arg)) {
            return true;
        }
        try {
            return !"-".equals(arg) && Path.of(path).normalize().startsWith(Path.of(arg).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static <T> List<T> sorted(List<Ordered<T>> results) {
        List<Ordered<T>> copy = new ArrayList<>(results);
        copy.sort(java.util.Comparator.comparingInt(Ordered::argument)); // stable: a folder's files keep their order
        return copy.stream().map(Ordered::result).toList();
    }

    /**
     * The command-line positions of the arguments under each config file (empty: none), in order;
     * results are put back in that order.
     */
    private Map<Optional<Path>, List<Integer>> groups(List<String> args) {
        Map<Optional<Path>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            groups.computeIfAbsent(configFileFor(args.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** Where standard input's config is looked for: beside its --stdin-filename, else the working folder. */
    private Path stdinPlace() {
        return options.stdinName() == null ? Path.of("") : Path.of(options.stdinName()).toAbsolutePath();
    }

    /** The config file that applies to a command-line argument, if any. */
    private Optional<Path> configFileFor(String arg) {
        return configFileFor("-".equals(arg) ? stdinPlace() : Path.of(arg));
    }

    /** The config file that applies at {@code place}, if any: as given, so that its problems name it as the user did. */
    private Optional<Path> configFileFor(Path place) {
        return Optional.ofNullable(explicitConfig != null ? explicitConfig : !findConfigs ? null : ConfigLoader.find(place));
    }

    /** The config read from {@code file} (once per workspace), or {@link Config#NONE}. */
    private Config config(Optional<Path> file) {
        if (file.isEmpty()) {
            return Config.NONE;
        }
        Config c = configs.get(file.get());
        if (c == null) {
            c = ConfigLoader.load(file.get());
            configs.put(file.get(), c);
        }
        return c;
    }
}
