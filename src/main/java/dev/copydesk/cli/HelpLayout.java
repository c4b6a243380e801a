package dev.copydesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} lists options under headings (what to read, which rules, the report, baselines) instead of one long list. */
final class HelpLayout {
    /** Headings in the order they print, each with its options; an option in none goes under "Other". */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Report", List.of("--format", "--output", "--fail-on", "--color", "--show-text"));
        GROUPS.put("Rules", List.of("--rules", "--no-default-rules", "--ner-model"));
        GROUPS.put("Articles", List.of("--pub-date", "--config", "--no-config", "--max-file-size"));
        GROUPS.put("Baseline (adopting copydesk on an archive)", List.of("--baseline", "--write-baseline"));
    }

    private HelpLayout() {
    }

    /** Installs the grouped option list on the command and all its subcommands. */
    static void apply(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "");
        for (CommandLine sub : cl.getSubcommands().values()) {
            apply(sub);
        }
    }

    private static String options(Help help) {
        Map<String, List<OptionSpec>> grouped = new LinkedHashMap<>();
        for (String heading : GROUPS.keySet()) {
            grouped.put(heading, new ArrayList<>());
        }
        grouped.put("Other", new ArrayList<>());
        for (OptionSpec o : help.commandSpec().options()) {
            if (o.hidden()) {
                continue;
            }
            grouped.get(heading(o)).add(o);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> g : grouped.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            Help.Layout layout = help.createDefaultLayout();
            for (OptionSpec o : g.getValue()) {
                layout.addOption(o, help.createDefaultParamLabelRenderer());
            }
            sb.append(String.format("%n%s:%n", g.getKey())).append(layout);
        }
        return sb.toString();
    }

    private static String heading(OptionSpec o) {
        for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
            if (g.getValue().contains(o.longestName())) {
                return g.getKey();
            }
        }
        return "Other";
    }
}
