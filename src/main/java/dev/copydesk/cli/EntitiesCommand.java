package dev.copydesk.cli;

import dev.copydesk.report.EntitiesReporter;
import dev.copydesk.report.OutputFormat;
import dev.copydesk.results.Extraction;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk entities}: shows who is in each story, with every mention and its title. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print what copydesk extracted: headline, publication date, byline, people with their mentions and titles.")
public final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--show-text", description = "Also print the text blocks extracted from each page, with their kind and position.")
    boolean showText;

    @Override
    public Integer call() {
        List<Extraction> entries = input.workspace().entities(input.paths, System.in);
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
}
