package dev.copydesk.report;

import dev.copydesk.article.Article;
import dev.copydesk.article.Location;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.results.Extraction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints what was extracted (who is in the story, with every mention and its title) as text or JSON. */
public final class EntitiesReporter {

    public void writeText(List<Extraction> entries, boolean showText, PrintWriter out) {
        for (Extraction e : entries) {
            out.println(e.path());
            if (e.error() != null) {
                out.println("  error: " + e.error());
                continue;
            }
            Article a = e.facts().article();
            out.println("  headline:  " + a.headlineText().orElse("(none)"));
            out.println("  published: " + (a.published() == null ? "(unknown)" : a.published() + "  (from " + a.publishedFrom() + ")"));
            out.println("  byline:    " + (a.byline() == null ? "(none)" : a.byline()));
            out.println("  story:     " + a.strategy());
            if (showText) {
                out.println("  text:");
                for (dev.copydesk.article.Block b : a.blocks()) {
                    Location l = a.locate(b, 0, b.text().length());
                    out.println("    " + l.line() + ":" + l.column() + " [" + b.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + "] " + b.text());
                }
            }
            out.println("  people:    " + e.facts().people().size());
            for (Person p : e.facts().people()) {
                out.println("    " + p.name());
                for (Mention m : p.mentions()) {
                    Location l = a.locate(m.block(), m.start(), m.end());
                    String kind = m.block().kind().name().toLowerCase(java.util.Locale.ROOT);
                    out.println("      " + l.line() + ":" + l.column() + "  " + m.text()
                            + (m.title() == null ? "" : "  — " + m.title().text())
                            + (kind.equals("body") ? "" : "  (" + kind + ")"));
                }
            }
            out.println("  dates:     " + e.facts().dates().size());
            for (DateMention d : e.facts().dates()) {
                Location l = a.locate(d.block(), d.start(), d.end());
                out.println("    " + l.line() + ":" + l.column() + "  " + d.text() + "  → "
                        + (d.value() == null ? "(unresolved)" : d.value()) + (d.impossible() ? "  (no such day)" : ""));
            }
            out.println("  quotes:    " + e.facts().quotes().size());
            for (Quote q : e.facts().quotes()) {
                Location l = a.locate(q.block(), q.start(), q.end());
                String words = q.text().length() > 60 ? q.text().substring(0, 57) + "..." : q.text();
                out.println("    " + l.line() + ":" + l.column() + "  \u201C" + words + "\u201D  — "
                        + (q.speaker() == null ? "(no speaker)" : q.speaker().name() + " [" + q.speaker().how() + "]")
                        + (q.full() ? "" : "  (partial)"));
            }
        }
        out.flush();
    }

    public void writeJson(List<Extraction> entries, PrintWriter out) {
        writeJson(entries, false, out);
    }

    /** The JSON report; with {@code showText}, every extracted block too (kind, position, text), so any tool can score the extraction. */
    public void writeJson(List<Extraction> entries, boolean showText, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", JsonReporter.SCHEMA_VERSION);
        root.put("tool", Json.tool());
        List<Object> files = new ArrayList<>();
        for (Extraction e : entries) {
            files.add(file(e, showText));
        }
        root.put("files", files);
        out.println(Json.write(root));
        out.flush();
    }

    private static Map<String, Object> file(Extraction e, boolean showText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", e.path());
        m.put("error", e.error());
        if (e.error() != null) {
            return m;
        }
        Article a = e.facts().article();
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("headline", a.headlineText().orElse(null));
        art.put("published", a.published() == null ? null : a.published().toString());
        art.put("publishedFrom", a.publishedFrom());
        art.put("byline", a.byline());
        art.put("extraction", a.strategy());
        m.put("article", art);
        if (showText) {
            List<Object> blocks = new ArrayList<>();
            for (dev.copydesk.article.Block b : a.blocks()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                Location l = a.locate(b, 0, b.text().length());
                bm.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
                bm.put("line", l.line());
                bm.put("column", l.column());
                bm.put("text", b.text());
                blocks.add(bm);
            }
            m.put("blocks", blocks);
        }
        List<Object> people = new ArrayList<>();
        for (Person p : e.facts().people()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            List<Object> mentions = new ArrayList<>();
            for (Mention x : p.mentions()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("text", x.text());
                Location l = a.locate(x.block(), x.start(), x.end());
                mm.put("line", l.line());
                mm.put("column", l.column());
                mm.put("block", x.block().kind().name().toLowerCase(java.util.Locale.ROOT));
                mm.put("form", x.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                mm.put("title", x.title() == null ? null : x.title().text());
                mentions.add(mm);
            }
            pm.put("mentions", mentions);
            people.add(pm);
        }
        m.put("people", people);
        List<Object> dates = new ArrayList<>();
        for (DateMention d : e.facts().dates()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("text", d.text());
            dm.put("value", d.value());
            dm.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            Location l = a.locate(d.block(), d.start(), d.end());
            dm.put("line", l.line());
            dm.put("column", l.column());
            dates.add(dm);
        }
        m.put("dates", dates);
        List<Object> quotes = new ArrayList<>();
        for (Quote q : e.facts().quotes()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("text", q.text());
            qm.put("speaker", q.speaker() == null ? null : q.speaker().name());
            qm.put("attribution", q.speaker() == null ? null : q.speaker().how());
            qm.put("full", q.full());
            Location l = a.locate(q.block(), q.start(), q.end());
            qm.put("line", l.line());
            qm.put("column", l.column());
            quotes.add(qm);
        }
        m.put("quotes", quotes);
        return m;
    }
}
