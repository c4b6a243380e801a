package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.Fingerprints;
import dev.copydesk.checks.Finding;
import dev.copydesk.checks.Related;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, the rules in
 * {@code tool.driver.rules} with their help text, each finding a result with a region, and
 * files that could not be read as tool execution notifications.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(RunResult result, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        Map<String, Object> run = new LinkedHashMap<>();
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "copydesk");
        driver.put("version", dev.copydesk.Version.VERSION);
        driver.put("semanticVersion", dev.copydesk.Version.VERSION);
        driver.put("informationUri", "https://github.com/copydesk/copydesk");
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : result.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        driver.put("rules", rules);
        run.put("tool", Map.of("driver", driver));
        List<Object> results = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        for (FileResult f : result.files()) {
            if (f.error() != null) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("level", "error");
                n.put("message", Map.of("text", f.error()));
                n.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifact(f.path())))));
                notifications.add(n);
            }
            for (Finding x : f.findings()) {
                results.add(result(f.path(), x, index));
            }
        }
        run.put("results", results);
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", notifications.isEmpty());
        invocation.put("toolExecutionNotifications", notifications);
        run.put("invocations", List.of(invocation));
        run.put("columnKind", "utf16CodeUnits");
        root.put("runs", List.of(run));
        out.println(Json.write(root));
        out.flush();
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.id());
        String description = r.description() == null ? r.id() : r.description();
        m.put("shortDescription", Map.of("text", description));
        m.put("fullDescription", Map.of("text", description + " (check type " + r.type() + ", category " + r.category().id() + ")"));
        m.put("help", Map.of("text", description + "\nMessage: " + r.sampleMessage() + "\nExample that fires: "
                + r.bad().get(0).replace("[[", "").replace("]]", "")));
        m.put("defaultConfiguration", Map.of("level", level(r.severity())));
        Map<String, Object> properties = new LinkedHashMap<>(); // Map.of's order changes from one JVM to the next
        properties.put("category", r.category().id());
        properties.put("tags", List.of("copydesk", r.category().id()));
        m.put("properties", properties);
        return m;
    }

    private static Map<String, Object> result(String path, Finding x, Map<String, Integer> index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", x.rule());
        Integer i = index.get(x.rule());
        if (i != null) {
            m.put("ruleIndex", i);
        }
        m.put("level", level(x.severity()));
        m.put("message", Map.of("text", x.message()));
        m.put("locations", List.of(location(path, x.location(), x.text())));
        m.put("partialFingerprints", Map.of("copydesk/v1", Fingerprints.of(path, x)));
        if (!x.related().isEmpty()) {
            List<Object> related = new ArrayList<>();
            int id = 1;
            for (Related r : x.related()) {
                Map<String, Object> loc = location(path, r.location(), r.text());
                loc.put("id", id++);
                loc.put("message", Map.of("text", r.message()));
                related.add(loc);
            }
            m.put("relatedLocations", related);
        }
        if (x.suggestion() != null) {
            m.put("fixes", List.of(fix(path, x)));
            m.put("properties", Map.of("suggestion", x.suggestion(), "category", x.category().id()));
        } else {
            m.put("properties", Map.of("category", x.category().id()));
        }
        return m;
    }

    /**
     * The suggestion as a fix code-scanning UIs offer: the finding's exact source region replaced
     * by the suggested words (HTML-escaped when the file is HTML, so the page says what was meant).
     */
    private static Map<String, Object> fix(String path, Finding x) {
        String inserted = isHtml(path) ? htmlText(x.suggestion()) : x.suggestion();
        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put("deletedRegion", region(x.location()));
        replacement.put("insertedContent", Map.of("text", inserted));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("artifactLocation", artifact(path));
        change.put("replacements", List.of(replacement));
        Map<String, Object> fix = new LinkedHashMap<>();
        fix.put("description", Map.of("text", "Replace '" + x.text() + "' with '" + x.suggestion() + "'"));
        fix.put("artifactChanges", List.of(change));
        return fix;
    }

    private static boolean isHtml(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".xhtml") || p.endsWith(".shtml");
    }

    private static String htmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, Object> region(dev.copydesk.article.Location l) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", l.line());
        region.put("startColumn", l.column());
        region.put("endLine", l.endLine());
        region.put("endColumn", l.endColumn());
        return region;
    }

    private static Map<String, Object> location(String path, dev.copydesk.article.Location l, String text) {
        Map<String, Object> region = region(l);
        region.put("snippet", Map.of("text", text));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(path));
        physical.put("region", region);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("physicalLocation", physical);
        return m;
    }

    private static Map<String, Object> artifact(String path) {
        return Map.of("uri", uri(path));
    }

    /**
     * The path as a URI reference: '/' between segments, and everything that is not plain in a URI
     * path percent-encoded as UTF-8 ('#' would start a fragment: {@code a#b.html} must not read as {@code a}).
     */
    static String uri(String path) {
        String p = path.replace('\\', '/').replaceFirst("^\\./", "");
        StringBuilder sb = new StringBuilder(p.length());
        for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
