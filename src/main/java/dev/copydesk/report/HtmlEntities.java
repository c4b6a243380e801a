package dev.copydesk.report;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.Excerpt;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import java.util.List;

/** Who is in the story (every mention with the title written there, the quotes attributed to them), the quotes with their speakers, and the dates with their values: what {@code entities} shows, as tables. */
final class HtmlEntities {
    private static final int QUOTE_CHARS = 160;

    private final Facts facts;
    private final Article article;
    private final String fileId;

    HtmlEntities(Facts facts, String fileId) {
        this.facts = facts;
        this.article = facts.article();
        this.fileId = fileId;
    }

    void write(StringBuilder out) {
        out.append("<div class=\"entities\">\n");
        people(out);
        quotes(out);
        dates(out);
        out.append("</div>\n");
    }

    private void people(StringBuilder out) {
        if (!open("people", "People", facts.people().size(), "No one named in the story.", out,
                "Person", "Mentions, with the title written there", "Quotes attributed")) {
            return;
        }
        for (Person p : facts.people()) {
            out.append("<tr class=\"person\"><td><b>").append(Markup.escape(p.name())).append("</b></td><td><ul>");
            for (Mention m : p.mentions()) {
                out.append("<li>").append(place(m.block())).append(' ').append(Markup.escape(m.text()));
                if (m.title() != null) {
                    out.append(" <span class=\"title\">— ").append(Markup.escape(m.title().text())).append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul></td><td>");
            List<Quote> said = facts.quotes().stream()
                    .filter(q -> q.speaker() != null && q.speaker().person() != null && q.speaker().person().equals(p)).toList();
            if (said.isEmpty()) {
                out.append("<span class=\"none\">none</span>");
            } else {
                out.append("<ul>");
                for (Quote q : said) {
                    out.append("<li class=\"q\">").append(place(q.block())).append(" “").append(Markup.escape(shortQuote(q)))
                            .append("”</li>");
                }
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        close(out);
    }

    private void quotes(StringBuilder out) {
        if (!open("quotes", "Quotes", facts.quotes().size(), "No direct quotations.", out, "Where", "Quote", "Speaker")) {
            return;
        }
        for (Quote q : facts.quotes()) {
            out.append("<tr class=\"quote\"><td>").append(place(q.block())).append("</td><td class=\"q\">“")
                    .append(Markup.escape(shortQuote(q))).append("”").append(q.full() ? "" : " <span class=\"loc\">(partial)</span>")
                    .append("</td><td>");
            if (q.speaker() == null) {
                out.append("<span class=\"none\">no speaker</span>");
            } else {
                out.append(Markup.escape(q.speaker().name())).append(" <span class=\"loc\">(").append(Markup.escape(q.speaker().attribution().label()))
                        .append(")</span>");
            }
            out.append("</td></tr>\n");
        }
        close(out);
    }

    private void dates(StringBuilder out) {
        if (!open("dates", "Dates", facts.dates().size(), "No dates.", out, "Where", "As written", "Value")) {
            return;
        }
        for (DateMention d : facts.dates()) {
            out.append("<tr class=\"date\"><td>").append(place(d.block())).append("</td><td>").append(Markup.escape(d.text()))
                    .append("</td><td>").append(d.value() == null ? "<span class=\"none\">unresolved</span>" : Markup.escape(d.value()))
                    .append(d.impossible() ? " <span class=\"loc\">(no such day)</span>" : "").append("</td></tr>\n");
        }
        close(out);
    }

    /** Opens a section with its heading and, when it has rows, its table; false (section closed) when empty. */
    private boolean open(String kind, String title, int rows, String empty, StringBuilder out, String... headers) {
        String id = fileId + "-" + kind;
        out.append("<section class=\"").append(kind).append("\" aria-labelledby=\"").append(id).append("\">\n<h3 id=\"")
                .append(id).append("\">").append(title).append(" (").append(rows).append(")</h3>\n");
        if (rows == 0) {
            out.append("<p class=\"empty\">").append(empty).append("</p>\n</section>\n");
            return false;
        }
        out.append("<table>\n<thead><tr>");
        for (String h : headers) {
            out.append("<th>").append(h).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        return true;
    }

    private static void close(StringBuilder out) {
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** "¶ 5" (or "caption"), linking to the block in the article above. */
    private String place(Block b) {
        return "<a class=\"loc\" href=\"#" + HtmlStory.blockId(fileId, b) + "\">"
                + Excerpt.place(b.kind(), article.paragraphOf(b)) + "</a>";
    }

    private static String shortQuote(Quote q) {
        String t = q.text();
        return t.length() <= QUOTE_CHARS ? t : t.substring(0, t.lastIndexOf(' ', QUOTE_CHARS) > 0
                ? t.lastIndexOf(' ', QUOTE_CHARS) : QUOTE_CHARS) + " …";
    }
}
