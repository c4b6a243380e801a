package dev.copydesk.cli;

import dev.copydesk.engine.RuleExamples;
import dev.copydesk.engine.RunOptions;
import dev.copydesk.engine.Session;
import dev.copydesk.engine.Workspace;
import dev.copydesk.rules.Rule;
import dev.copydesk.source.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk rules}: list the rules, or run their examples (for rule authors' own CI). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List rules or test their examples.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.TestRules.class})
public final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which: rules list or rules test");
    }

    /**
     * The rules of {@code paths} (after the built-in ones when {@code defaults}) under {@code config}
     * (or none; no .copydesk.yml is looked for), opened as {@code check} opens them.
     */
    static Workspace workspace(Environment env, boolean defaults, List<Path> paths, Path config) {
        if (config != null) {
            InputOptions.requireFile("--config", config, "config");
        }
        return new Workspace(new RunOptions(paths, defaults, null, SourceReader.DEFAULT_MAX_BYTES), config, false,
                env.models());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every rule: id, type, category, severity, source file.",
            footerHeading = "%nExamples:%n",
            footer = {
                "  copydesk rules list                          the built-in rules",
                "  copydesk rules list house-rules/             the built-in rules and a folder of your own",
                "  copydesk rules list --no-default-rules house-rules/",
                "  copydesk rules list --verbose --config .copydesk.yml   parameters in effect under a config"})
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Rule files or folders to add to the built-in rules.")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--no-default-rules", description = "Do not list the built-in rules.")
        boolean noDefaults;

        @Option(names = "--config", paramLabel = "FILE",
                description = "List the rules as this .copydesk.yml sets them (its rules, disable, severity, params).")
        Path config;

        @Option(names = "--verbose", description = "Also print each rule's description, parameters in effect and messages.")
        boolean verbose;

        private final Environment env;

        ListRules(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            if (noDefaults && paths.isEmpty() && config == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--no-default-rules leaves no rule to list; name your rule files or folders");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<Rule> rules = workspace(env, !noDefaults, paths, config).rules(Path.of("")).rules();
            out.printf("%-26s %-18s %-16s %-8s %s%n", "ID", "TYPE", "CATEGORY", "SEVERITY", "SOURCE");
            for (Rule r : rules) {
                out.printf("%-26s %-18s %-16s %-8s %s%n", r.id(), r.type(), r.category().id(), r.severity().id(),
                        r.origin().where());
                if (verbose) {
                    RuleReference.printVerbose(r, out);
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every rule's examples: bad examples must fire at their [[mark]], good ones must not. Exit 1 if any fails.",
            footerHeading = "%nExamples:%n",
            footer = {
                "  copydesk rules test                          the built-in rules' examples",
                "  copydesk rules test --verbose house-rules/   your own, passing ones listed too",
                "  copydesk rules test --config .copydesk.yml   every rule a config puts in effect, presets included"})
    static final class TestRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Rule files or folders to test (default: the built-in rules).")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--config", paramLabel = "FILE",
                description = "Test the rules as this .copydesk.yml sets them (its rules, disable, severity, params).")
        Path config;

        @Option(names = "--verbose", description = "Print passing examples too.")
        boolean verbose;

        private final Environment env;

        TestRules(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Session session = workspace(env, paths.isEmpty(), paths, config).session(Path.of(""));
            RuleExamples runner = new RuleExamples(session.analyzer());
            int passed = 0;
            int failed = 0;
            for (Rule r : session.rules()) {
                for (RuleExamples.Result x : runner.run(r)) {
                    if (x.passed()) {
                        passed++;
                        if (verbose) {
                            out.println("ok   " + r.id() + " " + x.kind() + ": " + x.example());
                        }
                    } else {
                        failed++;
                        out.println(r.origin().where() + ": " + r.id() + " " + x.kind() + " example «" + x.example()
                                + "» " + x.problem());
                    }
                }
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
