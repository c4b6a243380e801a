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
                writeBlocks(a, out);
            }
            writePeople(a, e.facts().people(), out);
            writeDates(a, e.facts().dates(), out);
            writeQuotes(a, e.facts().quotes(), out);
            writeNumbers(a, e.facts().numbers(), out);
        }
        out.flush();
    }

    private static void writeBlocks(Article a, PrintWriter out) {
        out.println("  text:");
        for (dev.copydesk.article.Block b : a.blocks()) {
            Location l = a.locate(b, 0, b.text().length());
            out.println("    " + l.line() + ":" + l.column() + " [" + kind(b.kind()) + "] " + b.text());
        }
    }

    /** Each person with every mention, its title, and the kind of block when it is not the body. */
    private static void writePeople(Article a, List<Person> people, PrintWriter out) {
        out.println("  people:    " + people.size());
        for (Person p : people) {
            out.println("    " + p.name());
            for (Mention m : p.mentions()) {
                Location l = a.locate(m.block(), m.start(), m.end());
                BlockKind kind = m.block().kind();
                out.println("      " + l.line() + ":" + l.column() + "  " + m.text()
                        + (m.title() == null ? "" : "  — " + m.title().text())
                        + (kind == BlockKind.BODY ? "" : "  (" + kind(kind) + ")"));
            }
        }
    }

    private static void writeDates(Article a, List<DateMention> dates, PrintWriter out) {
        out.println("  dates:     " + dates.size());
        for (DateMention d : dates) {
            Location l = a.locate(d.block(), d.start(), d.end());
            out.println("    " + l.line() + ":" + l.column() + "  " + d.text() + "  → "
                    + (d.value() == null ? "(unresolved)" : d.value()) + (d.impossible() ? "  (no such day)" : ""));
        }
    }

    /** Each quote's opening words, its speaker and how the speaker was found. */
    private static void writeQuotes(Article a, List<Quote> quotes, PrintWriter out) {
        out.println("  quotes:    " + quotes.size());
        for (Quote q : quotes) {
            Location l = a.locate(q.block(), q.start(), q.end());
            String words = q.text().length() > 60 ? q.text().substring(0, 57) + "..." : q.text();
            out.println("    " + l.line() + ":" + l.column() + "  \u201C" + words + "\u201D  — "
                    + (q.speaker() == null ? "(no speaker)" : q.speaker().name() + " [" + q.speaker().attribution().label() + "]")
                    + (q.full() ? "" : "  (partial)"));
        }
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
        m.put("article", article(a));
        if (showText) {
            m.put("blocks", blocks(a));
        }
        m.put("people", people(a, e.facts().people()));
        m.put("dates", dates(a, e.facts().dates()));
        m.put("quotes", quotes(a, e.facts().quotes()));
        m.put("ages", ages(a, e.facts().numbers().ages()));
        m.put("births", births(a, e.facts().numbers().births()));
        m.put("counts", counts(a, e.facts().numbers().counts()));
        return m;
    }

    private static Map<String, Object> article(Article a) {
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("headline", a.headlineText().orElse(null));
        art.put("published", a.published() == null ? null : a.published().toString());
        art.put("publishedFrom", a.publishedFrom());
        art.put("byline", a.byline());
        art.put("extraction", a.strategy());
        return art;
    }

    private static List<Object> blocks(Article a) {
        List<Object> blocks = new ArrayList<>();
        for (dev.copydesk.article.Block b : a.blocks()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("kind", kind(b.kind()));
            put(bm, a.locate(b, 0, b.text().length()));
            bm.put("text", b.text());
            blocks.add(bm);
        }
        return blocks;
    }

    private static List<Object> people(Article a, List<Person> persons) {
        List<Object> people = new ArrayList<>();
        for (Person p : persons) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            List<Object> mentions = new ArrayList<>();
            for (Mention x : p.mentions()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("text", x.text());
                put(mm, a.locate(x.block(), x.start(), x.end()));
                mm.put("block", kind(x.block().kind()));
                mm.put("form", x.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                mm.put("title", x.title() == null ? null : x.title().text());
                mentions.add(mm);
            }
            pm.put("mentions", mentions);
            people.add(pm);
        }
        return people;
    }

    private static List<Object> dates(Article a, List<DateMention> mentions) {
        List<Object> dates = new ArrayList<>();
        for (DateMention d : mentions) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("text", d.text());
            dm.put("value", d.value());
            dm.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            put(dm, a.locate(d.block(), d.start(), d.end()));
            dates.add(dm);
        }
        return dates;
    }

    private static List<Object> quotes(Article a, List<Quote> found) {
        List<Object> quotes = new ArrayList<>();
        for (Quote q : found) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("text", q.text());
            qm.put("speaker", q.speaker() == null ? null : q.speaker().name());
            qm.put("attribution", q.speaker() == null ? null : q.speaker().attribution().label());
            qm.put("full", q.full());
            put(qm, a.locate(q.block(), q.start(), q.end()));
            quotes.add(qm);
        }
        return quotes;
    }

    private static List<Object> ages(Article a, List<Age> found) {
        List<Object> ages = new ArrayList<>();
        for (Age x : found) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("person", x.person().name());
            am.put("years", x.years());
            am.put("text", x.text());
            am.put("form", x.form().label());
            put(am, a.locate(x.block(), x.start(), x.end()));
            am.put("block", kind(x.block().kind()));
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("text", x.mention().text());
            put(mention, a.locate(x.mention().block(), x.mention().start(), x.mention().end()));
            am.put("mention", mention);
            am.put("past", x.past());
            am.put("quotedSpeaker", x.quote() == null ? null : x.quote().speaker() == null ? "" : x.quote().speaker().name());
            ages.add(am);
        }
        return ages;
    }

    private static List<Object> births(Article a, List<Birth> found) {
        List<Object> births = new ArrayList<>();
        for (Birth b : found) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("person", b.person().name());
            bm.put("year", b.year());
            bm.put("value", b.date().value());
            bm.put("text", b.date().text());
            put(bm, a.locate(b.block(), b.date().start(), b.date().end()));
            bm.put("mention", b.mention().text());
            births.add(bm);
        }
        return births;
    }

    private static List<Object> counts(Article a, List<Count> found) {
        List<Object> counts = new ArrayList<>();
        for (Count c : found) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("kind", c.kind().label());
            cm.put("value", c.amount());
            cm.put("bound", bound(c));
            cm.put("noun", c.noun());
            cm.put("object", c.object());
            cm.put("text", c.text());
            put(cm, a.locate(c.block(), c.start(), c.end()));
            cm.put("block", kind(c.block().kind()));
            cm.put("sentence", c.sentence());
            cm.put("inQuote", c.quote() != null);
            counts.add(cm);
        }
        return counts;
    }

    /** A block kind as the reports name it: "body", "blockquote", "caption". */
    private static String kind(BlockKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void put(Map<String, Object> m, Location l) {
        m.put("line", l.line());
        m.put("column", l.column());
    }
}
