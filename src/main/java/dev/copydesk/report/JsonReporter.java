package dev.copydesk.report;

import dev.copydesk.results.RunResult;
import dev.copydesk.results.FileResult;
import dev.copydesk.article.Excerpt;
import dev.copydesk.checks.Finding;
import dev.copydesk.checks.Related;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON report, schema v1 (see README): a contract other tools parse, so fields never move. */
public final class JsonReporter implements Reporter {
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void write(RunResult result, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", Json.tool());
        List<Object> files = new ArrayList<>();
        for (FileResult f : result.files()) {
            files.add(file(f));
        }
        root.put("files", files);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", result.files().size());
        summary.put("findings", result.findings());
        summary.put("error", result.count(Severity.ERROR));
        summary.put("warning", result.count(Severity.WARNING));
        summary.put("info", result.count(Severity.INFO));
        root.put("summary", summary);
        out.println(Json.write(root));
        out.flush();
    }

    private static Map<String, Object> file(FileResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("error", f.error());
        if (f.error() == null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("headline", f.headline());
            a.put("published", f.published() == null ? null : f.published().toString());
            m.put("article", a);
        } else {
            m.put("article", null);
        }
        List<Object> findings = new ArrayList<>();
        for (Finding x : f.findings()) {
            findings.add(finding(x));
        }
        m.put("findings", findings);
        return m;
    }

    private static Map<String, Object> finding(Finding x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", x.rule());
        m.put("category", x.category().id());
        m.put("severity", x.severity().id());
        m.put("message", x.message());
        m.put("text", x.text());
        Json.putLocation(m, x.location());
        m.put("suggestion", x.suggestion());
        putContext(m, x.context());
        List<Object> related = new ArrayList<>();
        for (Related r : x.related()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("text", r.text());
            rm.put("line", r.location().line());
            rm.put("column", r.location().column());
            rm.put("message", r.message());
            related.add(rm);
        }
        m.put("related", related);
        return m;
    }

    /** Added in v1 without breaking it: the sentence around the text, its paragraph and kind of block. */
    private static void putContext(Map<String, Object> m, Excerpt c) {
        if (c == null) {
            return;
        }
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("text", c.text());
        cm.put("offset", c.offset());
        cm.put("length", c.length());
        m.put("context", cm);
        m.put("paragraph", c.paragraph() > 0 ? c.paragraph() : null);
        m.put("block", c.kind() == null ? null : c.kind().name().toLowerCase(Locale.ROOT));
    }
}
