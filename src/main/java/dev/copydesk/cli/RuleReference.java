package dev.copydesk.cli;

import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.checks.CheckType;
import dev.copydesk.checks.MessageSpec;
import dev.copydesk.rules.ParamBinder;
import dev.copydesk.rules.Rule;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The rule reference, printed from the check types' own declarations (parameter records and
 * message specs), so the documentation cannot drift from the code: the README's section
 * between {@link #START} and {@link #END}, and {@code rules list --verbose}.
 */
final class RuleReference {
    static final String START = "<!-- rule-reference: generated from the check types' declarations; "
            + "mvn test -Dcopydesk.updateReadme=true rewrites it -->";
    static final String END = "<!-- end of rule-reference -->";

    private RuleReference() {
    }

    /** The README section: one heading per check type, its parameters and its messages. */
    static String markdown() {
        StringBuilder sb = new StringBuilder();
        for (CheckType<?> t : CheckRegistry.types()) {
            sb.append("#### `").append(t.name()).append("`\n\n").append(t.summary()).append("\n\n");
            sb.append("| parameter | type | default | what it does |\n|---|---|---|---|\n");
            for (ParamBinder.Doc d : t.paramDocs()) {
                row(sb, d, "");
            }
            sb.append("\n| message | reported when | placeholders |\n|---|---|---|\n");
            for (MessageSpec m : t.messages()) {
                sb.append("| `").append(m.id()).append("` | ").append(cell(m.when()))
                        .append(m.modes().isEmpty() ? "" : " (mode " + String.join(", ", m.modes().stream().sorted().toList()) + ")")
                        .append(m.category() == null ? "" : "; category `" + m.category().id() + "`")
                        .append(" | ").append(String.join(", ", m.placeholders().stream().map(p -> "`{" + p + "}`").toList()))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, ParamBinder.Doc d, String prefix) {
        sb.append("| `").append(prefix).append(d.name()).append("` | ").append(d.type()).append(" | ")
                .append(d.dflt().equals("required") || d.dflt().equals("none") ? d.dflt() : "`" + d.dflt() + "`")
                .append(" | ").append(cell(d.description())).append(" |\n");
        for (ParamBinder.Doc f : d.fields()) {
            row(sb, f, prefix + d.name() + ".");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /**
     * {@code rules list --verbose}: under each rule, its description, its parameters in effect (as YAML a
     * config's {@code params:} could take) and the wording of each message it reports.
     */
    static void printVerbose(Rule r, PrintWriter out) {
        if (r.description() != null) {
            out.println("    " + r.description());
        }
        printParams(r, out, "    ");
        CheckType<?> type = CheckRegistry.type(r);
        for (MessageSpec m : type.reported(CheckRegistry.settings(type, r))) {
            out.println("    message " + m.id() + ": " + r.template(m.id()));
        }
    }

    /** The rule's parameters in effect, one a line as YAML, each with what it does, its type and default. */
    static void printParams(Rule r, PrintWriter out, String indent) {
        CheckType<?> type = CheckRegistry.type(r);
        Record settings = CheckRegistry.settings(type, r);
        List<ParamBinder.Doc> docs = type.paramDocs();
        RecordComponent[] components = settings.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            ParamBinder.Doc d = docs.get(i);
            out.printf("%s%-34s # %s; %s, default %s%n", indent, d.name() + ": " + value(components[i], settings),
                    d.description(), d.type(), d.dflt());
        }
    }

    private static String value(RecordComponent c, Record settings) {
        Object v;
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true); // parameter records are package-private to their check
            v = accessor.invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
            return list.size() + " entries";
        }
        if (v instanceof Map<?, ?> map && map.size() > 3) {
            return map.size() + " entries";
        }
        if (v instanceof Enum<?> e) {
            return ParamBinder.yamlName(e);
        }
        String s = String.valueOf(v);
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
