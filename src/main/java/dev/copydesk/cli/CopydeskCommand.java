package dev.copydesk.cli;

import dev.copydesk.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code copydesk} command; the work is in its subcommands ({@link Main#SUBCOMMANDS}). */
@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "copydesk " + Version.VERSION,
        description = "Fact-consistency checker for news copy: names, titles, first references, quotes, dates.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  copydesk check story.html                  findings, each with its sentence",
            "  copydesk check --format html --output report.html drafts/",
            "  copydesk entities story.html               people, titles, quotes, dates",
            "  copydesk explain first-reference           what a rule catches",
            "  copydesk authority build archive/ --out house-names.yml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error, bad rule file, or an input that could not be read"})
public final class CopydeskCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which command to run: check, entities, rules, explain or authority");
    }
}
