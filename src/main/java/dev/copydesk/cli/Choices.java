package dev.copydesk.cli;

import dev.copydesk.report.OutputFormat;
import dev.copydesk.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values that are one of a few words: checked against what the command accepts, with the nearest word on a typo. */
final class Choices {
    private Choices() {
    }

    /** The format named by {@code --format}, if this command writes it; else a usage error. */
    static OutputFormat format(CommandSpec spec, String word, Set<OutputFormat> accepted) {
        OutputFormat f = OutputFormat.parse(word);
        if (f != null && accepted.contains(f)) {
            return f;
        }
        List<String> names = new ArrayList<>();
        for (OutputFormat a : OutputFormat.values()) {
            if (accepted.contains(a)) {
                names.add(a.toString());
            }
        }
        String command = spec.qualifiedName();
        String why = f != null ? "'" + word + "' is not a format of " + command + ", which writes " + String.join(", ", names)
                : "'" + word + "' is not a format; " + command + " writes " + String.join(", ", names)
                + DidYouMean.hint(word, names);
        throw new ParameterException(spec.commandLine(), "--format: " + why);
    }

    /** The {@code --fail-on} level; null for "never". */
    static Severity failOn(CommandSpec spec, String word) {
        if (word.equals("never")) {
            return null;
        }
        Severity s = Severity.parse(word);
        if (s == null) {
            List<String> levels = List.of("error", "warning", "info", "never");
            throw new ParameterException(spec.commandLine(), "--fail-on: '" + word + "' is not one of "
                    + String.join(", ", levels) + DidYouMean.hint(word, levels));
        }
        return s;
    }

    /** Whether {@code --color WHEN} asks for colour, {@code auto} deciding by the terminal. */
    static boolean color(CommandSpec spec, String word, Terminal terminal) {
        return switch (word) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> terminal.colors();
            default -> throw new ParameterException(spec.commandLine(), "--color: '" + word
                    + "' is not one of auto, always, never" + DidYouMean.hint(word, List.of("auto", "always", "never")));
        };
    }
}
