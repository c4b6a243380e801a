package dev.copydesk.cli;

import dev.copydesk.engine.Workspace;
import dev.copydesk.report.EntitiesReporter;
import dev.copydesk.report.OutputFormat;
import dev.copydesk.results.Extraction;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk entities}: shows who is in each story, with every mention and its title. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print what copydesk extracted: headline, publication date, byline, people with their mentions "
                + "and titles, dates with their values, quotes with their speakers.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  People, dates and quotes as text:",
            "    copydesk entities story.html",
            "  Everything as JSON, with the text blocks extracted from the page:",
            "    copydesk entities --format json --show-text story.html"})
public final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    private final Environment env;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json. Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Option(names = "--show-text", description = "Also print the text blocks extracted from each page, with their kind and position.")
    boolean showText;

    EntitiesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        OutputFormat format = Choices.format(spec, formatName, EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON));
        List<Extraction> entries = extract();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Extraction e : entries) {
            if (e.error() != null) {
                err.println("copydesk: " + e.error());
                failed = true;
            }
        }
        err.flush();
        EntitiesReporter reporter = new EntitiesReporter();
        if (format == OutputFormat.JSON) {
            reporter.writeJson(entries, showText, spec.commandLine().getOut());
        } else {
            reporter.writeText(entries, showText, spec.commandLine().getOut());
        }
        return failed ? ExitCodes.TROUBLE : ExitCodes.OK;
    }

    /** Every input's extraction, with a progress line on a terminal. */
    private List<Extraction> extract() {
        Workspace workspace = input.workspace(false, env.models());
        return ProgressLine.during(env.terminal(), spec.commandLine().getErr(),
                progress -> workspace.entities(input.paths, env.stdin(), progress));
    }
}
