package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.nlp.Models;
import dev.copydesk.results.Extraction;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Rule;
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
 * order of the command line.
 */
public final class Workspace {
    private final RunOptions options;
    private final Path explicitConfig;
    private final boolean findConfigs;
    private final Supplier<Models> models;
    private final Map<Path, Config> configs = new HashMap<>();

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
        for (Map.Entry<Config, List<Integer>> group : groups(args).entrySet()) {
            List<String> named = named(args, group.getValue());
            RunResult r = Session.open(options.withConfig(group.getKey()), models).check(named, stdin, progress);
            files.addAll(inArgumentOrder(group.getValue(), named, r.files(), FileResult::path));
            r.rules().forEach(x -> rules.putIfAbsent(x.id(), x));
        }
        return new RunResult(sorted(files), List.copyOf(rules.values()));
    }

    public List<Extraction> entities(List<String> args, InputStream stdin, Progress progress) {
        List<Ordered<Extraction>> out = new ArrayList<>();
        for (Map.Entry<Config, List<Integer>> group : groups(args).entrySet()) {
            List<String> named = named(args, group.getValue());
            List<Extraction> found = Session.open(options.withConfig(group.getKey()), models).entities(named, stdin, progress);
            out.addAll(inArgumentOrder(group.getValue(), named, found, Extraction::path));
        }
        return sorted(out);
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

    /** The command-line positions of the arguments under each config, in order; results are put back in that order. */
    private Map<Config, List<Integer>> groups(List<String> args) {
        Map<Config, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            groups.computeIfAbsent(configFor(args.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** Where standard input's config is looked for: beside its --stdin-filename, else the working folder. */
    private Path stdinPlace() {
        return options.stdinName() == null ? Path.of("") : Path.of(options.stdinName()).toAbsolutePath();
    }

    private Config configFor(String arg) {
        Path file = explicitConfig != null ? explicitConfig
                : !findConfigs ? null : ConfigLoader.find("-".equals(arg) ? stdinPlace() : Path.of(arg));
        if (file == null) {
            return Config.NONE;
        }
        Path key = file.toAbsolutePath().normalize();
        return Optional.ofNullable(configs.get(key)).orElseGet(() -> {
            Config c = ConfigLoader.load(file);
            configs.put(key, c);
            return c;
        });
    }
}
