package dev.copydesk.report;

import dev.copydesk.checks.Finding;
import dev.copydesk.checks.Related;
import dev.copydesk.facts.Facts;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.Category;
import dev.copydesk.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page (no network, no external fonts or scripts; a Content-Security-Policy
 * lets only its own style and script run) that an editor opens in a browser: a summary, then per
 * file the article with every finding marked in place, the findings by category, and who is in
 * the story with their titles, quotes and dates. Everything from the article is escaped.
 */
public final class HtmlReporter implements Reporter {
    private static final String CSS = Html.resource("report.css");
    private static final String JS = Html.resource("report.js");

    @Override
    public void write(RunResult result, PrintWriter out) {
        StringBuilder page = new StringBuilder(64 * 1024);
        head(result, page);
        summary(result, page);
        page.append("<main class=\"wrap\">\n");
        for (int i = 0; i < result.files().size(); i++) {
            file("f" + (i + 1), result.files().get(i), page);
        }
        page.append("</main>\n<div id=\"pop\" class=\"pop\" role=\"status\" aria-live=\"polite\" hidden></div>\n");
        page.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        out.print(page);
        out.flush();
    }

    private static void head(RunResult result, StringBuilder page) {
        String subject = result.files().size() == 1 ? result.files().get(0).path() : result.files().size() + " files";
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ")
                .append(Html.hash(CSS)).append("; script-src ").append(Html.hash(JS)).append("\">\n")
                .append("<meta name=\"generator\" content=\"copydesk ").append(dev.copydesk.Version.VERSION).append("\">\n")
                .append("<title>copydesk: ").append(Markup.escape(subject)).append(" — ").append(findings(result.findings()))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    private static void summary(RunResult result, StringBuilder page) {
        page.append("<header class=\"run\">\n<div class=\"wrap\">\n<h1><span class=\"tool\">copydesk</span> · ")
                .append(findings(result.findings())).append(" in ").append(plural(result.files().size(), "file"))
                .append("</h1>\n<p class=\"counts\">").append(counts(result.count(Severity.ERROR),
                        result.count(Severity.WARNING), result.count(Severity.INFO)));
        if (result.errors() > 0) {
            page.append(" <span class=\"count error\">").append(plural(result.errors(), "file"))
                    .append(" could not be checked</span>");
        }
        page.append("</p>\n");
        if (result.files().size() > 1) {
            page.append("<table class=\"files\">\n<thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < result.files().size(); i++) {
                FileResult f = result.files().get(i);
                page.append("<tr><td><a href=\"#f").append(i + 1).append("\">").append(Markup.escape(f.path())).append("</a></td>");
                if (f.error() != null) {
                    page.append("<td colspan=\"3\">could not be checked</td></tr>\n");
                } else {
                    page.append("<td class=\"n\">").append(count(f, Severity.ERROR)).append("</td><td class=\"n\">")
                            .append(count(f, Severity.WARNING)).append("</td><td class=\"n\">").append(count(f, Severity.INFO))
                            .append("</td></tr>\n");
                }
            }
            page.append("</tbody>\n</table>\n");
        }
        page.append("<p class=\"keys\"><kbd>j</kbd> / <kbd>k</kbd> next / previous finding · click or tab to a "
                + "highlight for its message · <kbd>Esc</kbd> closes it</p>\n</div>\n</header>\n");
    }

    private static void file(String id, FileResult f, StringBuilder page) {
        page.append("<section class=\"file\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<h2 id=\"").append(id).append("-title\"><span class=\"path\">").append(Markup.escape(f.path()))
                .append("</span>");
        if (f.error() != null) {
            page.append("</h2>\n<p class=\"failed\">Could not be checked: ").append(Markup.escape(f.error())).append("</p>\n</section>\n");
            return;
        }
        page.append(" <span class=\"counts\">").append(counts(count(f, Severity.ERROR), count(f, Severity.WARNING),
                count(f, Severity.INFO))).append("</span></h2>\n");
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < f.findings().size(); k++) {
            ids.add(id + "-" + (k + 1));
        }
        Facts facts = f.facts();
        page.append("<div class=\"layout\">\n");
        if (facts != null) {
            new HtmlStory(facts.article(), f.findings(), ids).write(id, page);
        } else {
            page.append("<article class=\"story\"><p class=\"empty\">The article's text was not kept for this report.</p></article>\n");
        }
        panel(f, ids, page);
        page.append("</div>\n");
        if (facts != null) {
            new HtmlEntities(facts, id).write(page);
        }
        page.append("</section>\n");
    }

    /** The findings grouped by category, each entry jumping to its highlight. */
    private static void panel(FileResult f, List<String> ids, StringBuilder page) {
        page.append("<aside class=\"panel\" aria-label=\"Findings\">\n<h3>Findings</h3>\n");
        if (f.findings().isEmpty()) {
            page.append("<p class=\"empty\">Nothing to report.</p>\n");
        }
        for (Category c : Category.values()) {
            List<Integer> in = new ArrayList<>();
            for (int k = 0; k < f.findings().size(); k++) {
                if (f.findings().get(k).category() == c) {
                    in.add(k);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            page.append("<h4>").append(Markup.escape(c.id())).append(" <span class=\"n\">").append(in.size()).append("</span></h4>\n<ol>\n");
            for (int k : in) {
                item(f.findings().get(k), ids.get(k), page);
            }
            page.append("</ol>\n");
        }
        page.append("</aside>\n");
    }

    private static void item(Finding x, String id, StringBuilder page) {
        String sev = x.severity().id();
        page.append("<li class=\"finding ").append(sev).append("\" id=\"item-").append(id).append("\">");
        String head = "<div class=\"head\"><span class=\"sev " + sev + "\">" + icon(x.severity()) + " " + sev
                + "</span><code>" + Markup.escape(x.rule()) + "</code><span class=\"where\">" + where(x) + "</span></div>"
                + "<p class=\"msg\">" + Markup.escape(x.message()) + "</p>";
        if (x.span() != null) {
            page.append("<a class=\"jump\" href=\"#").append(id).append("\">").append(head).append("</a>");
        } else {
            page.append(head);
        }
        if (x.suggestion() != null) {
            page.append("<p class=\"fix\">Suggestion: <b>").append(Markup.escape(x.suggestion())).append("</b></p>");
        }
        for (int j = 0; j < x.related().size(); j++) {
            Related r = x.related().get(j);
            String text = r.span() == null ? Markup.escape(r.text())
                    : "<a href=\"#" + HtmlStory.relatedId(id, j) + "\">" + Markup.escape(r.text()) + "</a>";
            page.append("<p class=\"also\">").append(text).append(" — ").append(Markup.escape(r.message())).append("</p>");
        }
        page.append("</li>\n");
    }

    /** "¶ 5 · 46:12": the paragraph (or kind of block) and the source position. */
    private static String where(Finding x) {
        String block = x.context() == null ? "source" : x.context().place();
        return block + " · " + x.location().line() + ":" + x.location().column();
    }

    static String icon(Severity s) {
        return switch (s) {
            case ERROR -> "✖";
            case WARNING -> "▲";
            case INFO -> "ℹ";
        };
    }

    private static String counts(int errors, int warnings, int info) {
        if (errors + warnings + info == 0) {
            return "<span class=\"count none\">no findings</span>";
        }
        StringBuilder sb = new StringBuilder();
        count(sb, errors, Severity.ERROR, plural(errors, "error"));
        count(sb, warnings, Severity.WARNING, plural(warnings, "warning"));
        count(sb, info, Severity.INFO, info + " info");
        return sb.toString().strip();
    }

    private static void count(StringBuilder sb, int n, Severity s, String label) {
        if (n > 0) {
            sb.append("<span class=\"count ").append(s.id()).append("\">").append(icon(s)).append(' ').append(label).append("</span> ");
        }
    }

    private static int count(FileResult f, Severity s) {
        return (int) f.findings().stream().filter(x -> x.severity() == s).count();
    }

    private static String findings(int n) {
        return plural(n, "finding");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
