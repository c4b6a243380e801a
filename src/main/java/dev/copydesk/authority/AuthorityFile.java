package dev.copydesk.authority;

import dev.copydesk.UserFileException;
import dev.copydesk.checks.HouseName;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.rules.YamlNode;
import dev.copydesk.rules.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The house-names file {@code authority build} writes: a rule file with one {@code house-names}
 * rule (the people, each with the spelling printed most, its variants, latest title and when
 * last seen, and the counts behind them) and an {@code authority:} section with the fingerprints
 * of the articles counted, which {@code --update} reads to skip them. A newsroom reviews it,
 * commits it and lists it under {@code rules:} in its config.
 */
public final class AuthorityFile {
    /** The rule id of the generated rule. */
    static final String RULE_ID = "house-names";

    private AuthorityFile() {
    }

    /** What an existing file holds: the people as listed (reviewers' edits included) and the articles counted. */
    public record Contents(List<HouseName> names, Set<String> fingerprints) {
    }

    /** Reads a house-names file written by {@code authority build}; problems point at their line and column. */
    public static Contents read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFileException(file, "cannot be read (" + e.getMessage() + ")");
        }
        List<HouseName> names = new ArrayList<>();
        for (Rule r : RuleLoader.parse(file.toString(), text)) {
            if (r.type().equals("house-names")) {
                names.addAll(HouseName.listed(r));
            }
        }
        YamlNode root = YamlReader.read(file.toString(), text);
        YamlNode authority = root.map().get("authority");
        Set<String> fingerprints = new TreeSet<>();
        if (authority != null && authority.isMap() && authority.map().get("fingerprints") != null) {
            YamlNode f = authority.map().get("fingerprints");
            fingerprints.addAll(Arrays.stream(f.text().strip().split("\\s+")).filter(x -> !x.isEmpty()).toList());
        }
        return new Contents(names, fingerprints);
    }

    /** The file's text; {@code example} is a person the rule's examples can be written about. */
    static String write(List<NameAuthority.Person> people, Set<String> fingerprints, Examples example, LocalDate built) {
        StringBuilder y = new StringBuilder();
        writeRuleHead(y, fingerprints.size(), built);
        for (NameAuthority.Person p : people) {
            writeName(y, p);
        }
        y.append("    examples:\n")
                .append("      bad: [").append(q(example.bad())).append("]\n")
                .append("      good: [").append(q(example.good())).append("]\n");
        writeBookkeeping(y, fingerprints, built);
        return y.toString();
    }

    /** What the file is and how to review it, then the rule up to its list of names: id, type, messages. */
    private static void writeRuleHead(StringBuilder y, int articles, LocalDate built) {
        y.append("# House names built by `copydesk authority build` from ").append(articles).append(" articles, ")
                .append(built).append(".\n")
                .append("# Each person: the full name printed most (name), the other spellings of it (variants), the\n")
                .append("# latest title and when it was seen, when the person was last named, and the articles per\n")
                .append("# spelling. Review before committing: delete people you do not want checked; move a wrong\n")
                .append("# merge out of variants; fix a name and set `locked: true` to keep it when --update counts\n")
                .append("# another spelling more often. Then list this file under `rules:` in .copydesk.yml.\n")
                .append("rules:\n")
                .append("  - id: ").append(RULE_ID).append('\n')
                .append("    type: house-names\n")
                .append("    category: style\n")
                .append("    severity: warning\n")
                .append("    description: Names spelled the way this newsroom has printed them most often.\n")
                .append("    messages:\n")
                .append("      variant: ").append(q("'{text}' is not the house spelling of {name}: write '{suggestion}'"))
                .append('\n')
                .append("      near-miss: ").append(q("'{text}' looks like a misspelling of {name}, as this newsroom "
                        + "prints it: write '{suggestion}'")).append('\n')
                .append("      title: ").append(q("{name} is '{title}' here, but was last '{houseTitle}' in print "
                        + "({titleSeen}): {reason}")).append('\n')
                .append("    params:\n")
                .append("      names:\n");
    }

    /** One person of {@code names}: the name, then what is known of it, each line only when there is something to say. */
    private static void writeName(StringBuilder y, NameAuthority.Person p) {
        y.append("        - name: ").append(q(p.name())).append('\n');
        if (!p.variants().isEmpty()) {
            y.append("          variants: [").append(String.join(", ", p.variants().stream().map(AuthorityFile::q)
                    .toList())).append("]\n");
        }
        if (p.title() != null) {
            y.append("          title: ").append(q(p.title())).append('\n');
            if (p.titleSeen() != null) {
                y.append("          titleSeen: ").append(p.titleSeen()).append('\n');
            }
        }
        if (p.lastSeen() != null) {
            y.append("          lastSeen: ").append(p.lastSeen()).append('\n');
        }
        if (p.locked()) {
            y.append("          locked: true\n");
        }
        y.append("          spellings: {");
        int i = 0;
        for (Map.Entry<String, Integer> e : p.spellings().entrySet()) {
            y.append(i++ == 0 ? "" : ", ").append(q(e.getKey())).append(": ").append(e.getValue());
        }
        y.append("}\n");
    }

    /** The {@code authority:} section: the articles counted, by fingerprint, eight to a line, sorted. */
    private static void writeBookkeeping(StringBuilder y, Set<String> fingerprints, LocalDate built) {
        y.append("# Bookkeeping for `copydesk authority build --update`: the articles already counted\n")
                .append("# (64 bits of SHA-256 of each article's text). check ignores it.\n")
                .append("authority:\n")
                .append("  articles: ").append(fingerprints.size()).append('\n')
                .append("  built: ").append(built).append('\n')
                .append("  fingerprints:").append(fingerprints.isEmpty() ? " \"\"\n" : " >-\n");
        List<String> sorted = new ArrayList<>(new TreeSet<>(fingerprints));
        for (int i = 0; i < sorted.size(); i += 8) {
            y.append("    ").append(String.join(" ", sorted.subList(i, Math.min(sorted.size(), i + 8)))).append('\n');
        }
    }

    /** A YAML double-quoted string (the JSON escapes). */
    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
