package dev.copydesk.cli;

import dev.copydesk.authority.AuthorityBuilder;
import dev.copydesk.authority.AuthorityFile;
import dev.copydesk.engine.RunOptions;
import dev.copydesk.engine.Session;
import dev.copydesk.engine.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk authority}: a name authority built from the newsroom's archive. */
@Command(name = "authority", mixinStandardHelpOptions = true,
        description = "Build the house's spellings of people's names from an archive of articles.",
        subcommands = {AuthorityCommand.Build.class})
public final class AuthorityCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which: authority build");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Read every article under ARCHIVE_DIR (.html, .htm, .txt, .md) and write a house-names rule "
                    + "file: each person's spelling printed most, its variants, latest title and when last seen.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:usage error, bad config or authority file, or an article that could not be read "
                    + "(the file is still written from the others)"})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ARCHIVE_DIR", description = "Folder of articles, searched recursively.")
        Path archive;

        @Option(names = "--out", paramLabel = "FILE", required = true,
                description = "The house-names file to write (.yml).")
        Path out;

        @Option(names = "--update", description = "Add the articles not yet counted to the existing --out file, "
                + "keeping its counts and the reviewers' edits; articles it has counted are skipped unread.")
        boolean update;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Config to read the articles with (body and ignore selectors, lexicons); default: the "
                        + ".copydesk.yml above ARCHIVE_DIR.")
        Path config;

        @Option(names = "--no-config", description = "Ignore .copydesk.yml files.")
        boolean noConfig;

        @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MB",
                description = "Skip articles larger than this. Default: ${DEFAULT-VALUE}.")
        String maxFileSize;

        private final Environment env;

        Build(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            checkArguments();
            long maxBytes = InputOptions.parseSize(spec, maxFileSize);
            // the config named, else (unless --no-config) the one above the archive, as check finds it
            Workspace workspace = new Workspace(new RunOptions(List.of(), true, null, maxBytes), config,
                    config == null && !noConfig, env.models());
            Session session = workspace.session(archive);
            AuthorityFile.Contents previous = update ? AuthorityFile.read(out) : new AuthorityFile.Contents(List.of(), Set.of());
            AuthorityBuilder builder = new AuthorityBuilder(session.analyzer(), maxBytes, previous.names(),
                    previous.fingerprints());
            PrintWriter err = spec.commandLine().getErr();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            ProgressLine.during(env.terminal(), err, progress -> {
                builder.read(archive, problems::add, progress);
                return null;
            });
            problems.forEach(problem -> err.println("copydesk: " + problem));
            Optional<String> file = builder.houseNames(LocalDate.now());
            AuthorityBuilder.Summary done = builder.summary();
            if (file.isEmpty()) {
                err.println("copydesk: " + archive + ": no person is named in full in its " + done.articles()
                        + " article(s); " + out + " not written");
                err.flush();
                return ExitCodes.TROUBLE;
            }
            ReportFile.write(out, w -> w.print(file.get()));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%s: %d article(s) read, %d already counted, %d could not be read; %d spelling(s) of names%n", out,
                    done.articles(), done.skipped(), done.failed(), done.spellings());
            o.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.TROUBLE;
        }

        private void checkArguments() {
            if (!Files.isDirectory(archive)) {
                throw new ParameterException(spec.commandLine(), archive + ": no such folder");
            }
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                throw new ParameterException(spec.commandLine(), "--out " + out + ": a house-names file ends in .yml");
            }
            if (update && !Files.isRegularFile(out)) {
                throw new ParameterException(spec.commandLine(), "--update: " + out + ": no such file to update");
            }
            if (!update && Files.exists(out)) {
                throw new ParameterException(spec.commandLine(), "--out " + out + ": exists; add --update to add the "
                        + "archive to it (reviewers' edits are kept), or remove it to start again");
            }
            if (config != null) {
                InputOptions.requireFile("--config", config, "config");
            }
        }

    }
}
