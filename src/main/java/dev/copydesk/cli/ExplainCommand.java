package dev.copydesk.cli;

import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copydesk explain RULE}: what a rule catches, the examples that prove it, and how to turn it off or re-grade it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: what it catches, its examples, and how to disable or re-grade it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  copydesk explain name-variant",
            "  copydesk explain --rules house-rules/ house-spelling"})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as in the report ([name-variant]) or 'copydesk rules list'.")
    String id;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Rule file or folder to look in as well as the built-in rules (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Override
    public Integer call() {
        List<Rule> loaded = RuleLoader.load(true, RuleLoader.PRESETS, rules); // a preset's rules can be explained too
        List<String> ids = new ArrayList<>();
        for (Rule r : loaded) {
            if (r.id().equals(id)) {
                print(r, spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            ids.add(r.id());
        }
        throw new ParameterException(spec.commandLine(), "no rule '" + id + "'" + DidYouMean.hint(id, ids)
                + "; 'copydesk rules list' shows them all");
    }

    private static void print(Rule r, PrintWriter out) {
        out.println(r.id() + " — " + r.severity().id() + ", category " + r.category().id() + ", check type " + r.type()
                + " (" + r.origin().where() + ")");
        out.println();
        out.println("  " + (r.description() == null ? "(no description)" : r.description()));
        out.println();
        out.println("Message:");
        if (r.message() != null) {
            out.println("  " + r.message());
        }
        r.messages().forEach((id, template) -> out.println("  " + id + ": " + template));
        out.println();
        out.println("Fires on:");
        for (String bad : r.bad()) {
            printMarked(bad, out);
        }
        if (!r.good().isEmpty()) {
            out.println();
            out.println("Stays quiet on:");
            for (String good : r.good()) {
                out.println("  " + good.replace("[[", "").replace("]]", ""));
            }
        }
        out.println();
        out.println("To turn it off for a folder of articles, in its .copydesk.yml:");
        out.println("  disable: [" + r.id() + "]");
        out.println("To change how much it matters (error, warning or info; --fail-on decides which fail a run):");
        out.println("  severity:");
        out.println("    " + r.id() + ": " + (r.severity() == Severity.INFO ? "warning" : "info"));
        out.println("To set its parameters without copying it (those in effect, with what they do):");
        out.println("  params:");
        out.println("    " + r.id() + ":");
        RuleReference.printParams(r, out, "      ");
        out.println("For one paragraph, in the article:");
        out.println("  <!-- copydesk-disable-next " + r.id() + " -->");
        out.flush();
    }

    /** An example with its [[marked]] words underlined by carets, as the report shows a finding. */
    private static void printMarked(String example, PrintWriter out) {
        int open = example.indexOf("[[");
        int close = example.indexOf("]]");
        String plain = example.replace("[[", "").replace("]]", "");
        out.println("  " + plain);
        if (open >= 0 && close > open) {
            out.println("  " + " ".repeat(open) + "^".repeat(Math.max(1, close - open - 2)));
        }
    }
}
