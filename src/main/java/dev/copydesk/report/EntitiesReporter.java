package dev.copydesk.report;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.article.Location;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.numbers.Age;
import dev.copydesk.facts.numbers.Birth;
import dev.copydesk.facts.numbers.Count;
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
                    BlockKind kind = m.block().kind();
                    out.println("      " + l.line() + ":" + l.column() + "  " + m.text()
                            + (m.title() == null ? "" : "  — " + m.title().text())
                            + (kind == BlockKind.BODY ? "" : "  (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")"));
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
                        + (q.speaker() == null ? "(no speaker)" : q.speaker().name() + " [" + q.speaker().attribution().label() + "]")
                        + (q.full() ? "" : "  (partial)"));
            }
            writeNumbers(a, e.facts().numbers(), out);
        }
        out.flush();
    }

    /** Ages and counts, each with the words it was read from. */
    private static void writeNumbers(Article a, dev.copydesk.facts.numbers.Numbers numbers, PrintWriter out) {
        out.println("  ages:      " + (numbers.ages().size() + numbers.births().size()));
        for (Age x : numbers.ages()) {
            Location l = a.locate(x.block(), x.start(), x.end());
            Location ml = a.locate(x.mention().block(), x.mention().start(), x.mention().end());
            out.println("    " + l.line() + ":" + l.column() + "  " + x.person().name() + "  " + x.years() + "  ("
                    + x.form().label() + ", '" + x.text() + "' at '" + x.mention().text() + "' " + ml.line() + ":" + ml.column()
                    + (x.past() ? "; an earlier age" : "") + (x.quote() == null ? "" : "; in a quote") + ")");
        }
        for (Birth b : numbers.births()) {
            Location l = a.locate(b.block(), b.date().start(), b.date().end());
            out.println("    " + l.line() + ":" + l.column() + "  " + b.person().name() + "  born " + b.date().value()
                    + "  ('" + b.date().text() + "' at '" + b.mention().text() + "')");
        }
        out.println("  counts:    " + numbers.counts().size());
        for (Count c : numbers.counts()) {
            Location l = a.locate(c.block(), c.start(), c.end());
            String what = c.kind().label() + (c.noun().isEmpty() ? "" : " " + c.noun()) + (c.object().isEmpty() ? "" : " (" + c.object() + ")");
            String sentence = c.sentence().length() > 70 ? c.sentence().substring(0, 67) + "..." : c.sentence();
            out.println("    " + l.line() + ":" + l.column() + "  " + what + "  " + c.amount()
                    + (c.bound() == dev.copydesk.facts.numbers.Bound.EXACT ? "" : "  (" + bound(c) + ")")
                    + "  \u201C" + sentence + "\u201D" + (c.quote() == null ? "" : "  (in a quote)"));
        }
    }

    private static String bound(Count c) {
        return c.bound().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
            qm.put("attribution", q.speaker() == null ? null : q.speaker().attribution().label());
            qm.put("full", q.full());
            Location l = a.locate(q.block(), q.start(), q.end());
            qm.put("line", l.line());
            qm.put("column", l.column());
            quotes.add(qm);
        }
        m.put("quotes", quotes);
        numbers(a, e.facts().numbers(), m);
        return m;
    }

    private static void numbers(Article a, dev.copydesk.facts.numbers.Numbers numbers, Map<String, Object> m) {
        List<Object> ages = new ArrayList<>();
        for (Age x : numbers.ages()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("person", x.person().name());
            am.put("years", x.years());
            am.put("text", x.text());
            am.put("form", x.form().label());
            put(am, a.locate(x.block(), x.start(), x.end()));
            am.put("block", x.block().kind().name().toLowerCase(java.util.Locale.ROOT));
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("text", x.mention().text());
            put(mention, a.locate(x.mention().block(), x.mention().start(), x.mention().end()));
            am.put("mention", mention);
            am.put("past", x.past());
            am.put("quotedSpeaker", x.quote() == null ? null : x.quote().speaker() == null ? "" : x.quote().speaker().name());
            ages.add(am);
        }
        m.put("ages", ages);
        List<Object> births = new ArrayList<>();
        for (Birth b : numbers.births()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("person", b.person().name());
            bm.put("year", b.year());
            bm.put("value", b.date().value());
            bm.put("text", b.date().text());
            put(bm, a.locate(b.block(), b.date().start(), b.date().end()));
            bm.put("mention", b.mention().text());
            births.add(bm);
        }
        m.put("births", births);
        List<Object> counts = new ArrayList<>();
        for (Count c : numbers.counts()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("kind", c.kind().label());
            cm.put("value", c.amount());
            cm.put("bound", bound(c));
            cm.put("noun", c.noun());
            cm.put("object", c.object());
            cm.put("text", c.text());
            put(cm, a.locate(c.block(), c.start(), c.end()));
            cm.put("block", c.block().kind().name().toLowerCase(java.util.Locale.ROOT));
            cm.put("sentence", c.sentence());
            cm.put("inQuote", c.quote() != null);
            counts.add(cm);
        }
        m.put("counts", counts);
    }

    private static void put(Map<String, Object> m, Location l) {
        m.put("line", l.line());
        m.put("column", l.column());
    }
}
