package dev.copydesk.cli;

import dev.copydesk.engine.Baseline;
import dev.copydesk.engine.Workspace;
import dev.copydesk.results.FileResult;
import dev.copydesk.report.OutputFormat;
import dev.copydesk.report.Reporter;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk check}: runs the rules over articles and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check articles for name, title, first-reference, date and attribution problems.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  Each finding with the sentence it is in:",
            "    copydesk check story.html",
            "  The articles with every finding marked, to open in a browser:",
            "    copydesk check --format html --output report.html drafts/",
            "  One line per finding (grep, editors' error parsers); fail on warnings too:",
            "    copydesk check --format compact --fail-on warning articles/",
            "  SARIF for code scanning:",
            "    copydesk check --format sarif --output copydesk.sarif articles/",
            "  What a rule catches and how to turn it off:",
            "    copydesk explain name-variant"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error, bad rule file, or an input that could not be read"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Environment env;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text (each finding with its sentence), compact (one line each), json, "
                    + "html (the articles with findings marked, one self-contained page), sarif (SARIF 2.1.0), "
                    + "github (workflow annotations), junit. Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this level: error, warning, info, never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE, for --baseline later.")
    Path writeBaseline;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that FILE (from --write-baseline) does not already record.")
    Path baseline;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (written to a temporary file, then renamed into place).")
    Path output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never. Default: ${DEFAULT-VALUE}.")
    String color;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        OutputFormat format = Choices.format(spec, formatName, EnumSet.allOf(OutputFormat.class));
        Severity threshold = Choices.failOn(spec, failOn);
        boolean colored = Choices.color(spec, color, env.terminal())
                && (format == OutputFormat.TEXT || format == OutputFormat.COMPACT);
        Baseline known = null;
        if (baseline != null) {
            // read before the run: a bad baseline stops it before minutes of work, and before --write-baseline writes
            InputOptions.requireFile("--baseline", baseline, "baseline");
            known = Baseline.read(baseline);
        }
        refuseToOverwriteInputs();
        RunResult checked = check(format);
        if (writeBaseline != null) {
            ReportFile.write(writeBaseline, out -> Baseline.write(out, checked));
        }
        RunResult result = known == null ? checked : known.filter(checked);
        PrintWriter err = spec.commandLine().getErr();
        for (FileResult f : result.files()) {
            if (f.error() != null) {
                err.println("copydesk: " + f.error());
            }
        }
        err.flush();
        Reporter reporter = format.reporter(output == null && colored, threshold);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            reporter.write(result, out);
            out.flush();
            if (out.checkError()) {
                err.println("copydesk: standard output: cannot write the report (is the device full or closed?)");
                err.flush();
                return ExitCodes.TROUBLE;
            }
        } else {
            ReportFile.write(output, out -> reporter.write(result, out));
        }
        if (result.errors() > 0) {
            return ExitCodes.TROUBLE;
        }
        return result.hasAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Before any work: neither report nor baseline may land on a file the run reads. */
    private void refuseToOverwriteInputs() {
        if (output == null && writeBaseline == null) {
            return;
        }
        List<Path> read = input.filesRead();
        if (output != null) {
            List<Path> withBaseline = new ArrayList<>(read);
            if (baseline != null) {
                withBaseline.add(baseline);
            }
            if (writeBaseline != null) {
                withBaseline.add(writeBaseline);
            }
            ReportFile.refuseInput("--output", output, withBaseline);
        }
        if (writeBaseline != null) {
            ReportFile.refuseInput("--write-baseline", writeBaseline, read);
        }
    }

    /** The run, with a progress line on a terminal (never in a pipe or CI log). */
    private RunResult check(OutputFormat format) {
        Workspace workspace = input.workspace(format.showsArticle(), env.models());
        return ProgressLine.during(env.terminal(), spec.commandLine().getErr(),
                progress -> workspace.check(input.paths, env.stdin(), progress));
    }
}
