package dev.copydesk.report;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.Span;
import dev.copydesk.checks.Finding;
import dev.copydesk.checks.Related;
import dev.copydesk.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The article as a reader sees it (headline, byline, date, paragraphs, captions), every finding
 * marked where it is and every related mention (the first spelling, the other title) a target a
 * finding can link to. Overlapping findings split the text into segments, each marked with all
 * the findings over it.
 */
final class HtmlStory {
    /** A finding's or related mention's stretch of one block. */
    private record Mark(int block, int start, int end, String id, Severity severity, String message, boolean related) {
        static Mark of(Span s, String id, Severity severity, String message, boolean related) {
            return new Mark(s.block().index(), s.start(), s.end(), id, severity, message, related);
        }
    }

    private final Article article;
    private final List<Mark> marks = new ArrayList<>();

    /** @param ids the element id of each finding, in the order of {@code findings} */
    HtmlStory(Article article, List<Finding> findings, List<String> ids) {
        this.article = article;
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (f.span() != null) {
                marks.add(Mark.of(f.span(), ids.get(k), f.severity(), f.severity().id() + ": " + f.message(), false));
            }
            for (int j = 0; j < f.related().size(); j++) {
                Related r = f.related().get(j);
                if (r.span() != null) {
                    marks.add(Mark.of(r.span(), relatedId(ids.get(k), j), null, null, true));
                }
            }
        }
    }

    /** The id of a finding's {@code j}th related mention. */
    static String relatedId(String findingId, int j) {
        return findingId + "-r" + (j + 1);
    }

    /** The id of a block's element. */
    static String blockId(String fileId, Block b) {
        return fileId + "-b" + b.index();
    }

    void write(String fileId, StringBuilder out) {
        out.append("<article class=\"story\" lang=\"en\">\n");
        boolean metaDone = false;
        for (Block b : article.blocks()) {
            if (!metaDone && b.kind() != dev.copydesk.article.BlockKind.HEADLINE && b.kind() != dev.copydesk.article.BlockKind.DEK) {
                meta(out);
                metaDone = true;
            }
            block(fileId, b, out);
        }
        if (!metaDone) {
            meta(out);
        }
        out.append("</article>\n");
    }

    private void meta(StringBuilder out) {
        List<String> parts = new ArrayList<>();
        if (article.byline() != null) {
            parts.add("By " + Markup.escape(article.byline()));
        }
        parts.add(article.published() == null ? "Publication date unknown"
                : "Published " + article.published() + (article.publishedFrom() == null ? ""
                : " <span class=\"loc\">(" + Markup.escape(article.publishedFrom()) + ")</span>"));
        out.append("<p class=\"meta\">").append(String.join(" · ", parts)).append("</p>\n");
    }

    private void block(String fileId, Block b, StringBuilder out) {
        String id = " id=\"" + blockId(fileId, b) + "\"";
        String text = text(b);
        int para = article.paragraphOf(b);
        switch (b.kind()) {
            case HEADLINE -> out.append("<h1 class=\"headline\"").append(id).append('>').append(text).append("</h1>\n");
            case BODY -> out.append("<p class=\"para\" data-para=\"").append(para).append('"').append(id).append('>')
                    .append(text).append("</p>\n");
            case BLOCKQUOTE -> out.append("<blockquote class=\"para\" data-para=\"").append(para).append('"').append(id)
                    .append('>').append(text).append("</blockquote>\n");
            case DEK -> out.append("<p class=\"dek\"").append(id).append('>').append(text).append("</p>\n");
            case PULLQUOTE -> out.append("<aside class=\"pullquote\"").append(id).append('>').append(text).append("</aside>\n");
            case SUBHEAD -> out.append("<h3 class=\"subhead\"").append(id).append('>').append(text).append("</h3>\n");
            case CODE -> out.append("<pre").append(id).append('>').append(text).append("</pre>\n");
            default -> out.append("<p class=\"").append(Html.lower(b.kind()).replace("table", "cell")).append('"')
                    .append(id).append('>').append(text).append("</p>\n");
        }
    }

    /** The block's text, escaped, split at every mark boundary; each segment wrapped in the marks over it. */
    private String text(Block b) {
        String t = b.text();
        List<Mark> here = new ArrayList<>();
        for (Mark m : marks) {
            if (m.block() == b.index()) {
                here.add(m);
            }
        }
        if (here.isEmpty()) {
            return Markup.escape(t);
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
        for (Mark m : here) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StringBuilder sb = new StringBuilder(t.length() * 2);
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segment(t, from, to, here, sb);
        }
        return sb.toString();
    }

    private static void segment(String t, int from, int to, List<Mark> here, StringBuilder sb) {
        List<Mark> findings = new ArrayList<>();
        List<Mark> related = new ArrayList<>();
        for (Mark m : here) {
            if (m.start() == from && !m.related()) {
                sb.append("<span class=\"anchor\" data-nav id=\"").append(m.id()).append("\"></span>");
            }
            if (m.start() <= from && m.end() >= to) {
                (m.related() ? related : findings).add(m);
            }
        }
        String text = Markup.escape(t.substring(from, to));
        if (!related.isEmpty()) {
            StringBuilder ids = new StringBuilder();
            String anchor = null;
            for (Mark r : related) {
                ids.append(ids.length() == 0 ? "" : " ").append(r.id());
                anchor = r.start() == from && anchor == null ? r.id() : anchor;
            }
            text = "<span class=\"rel\" data-r=\"" + ids + "\"" + (anchor == null ? "" : " id=\"" + anchor + "\"") + ">"
                    + text + "</span>";
        }
        if (!findings.isEmpty()) {
            Severity worst = Severity.INFO;
            boolean starts = false;
            StringBuilder ids = new StringBuilder();
            StringBuilder title = new StringBuilder();
            for (Mark f : findings) {
                worst = f.severity().compareTo(worst) > 0 ? f.severity() : worst;
                starts |= f.start() == from;
                ids.append(ids.length() == 0 ? "" : " ").append(f.id());
                title.append(title.length() == 0 ? "" : "\n").append(f.message());
            }
            text = "<mark class=\"" + worst.id() + (starts ? " start" : "") + "\" data-f=\"" + ids + "\" tabindex=\""
                    + (starts ? "0" : "-1") + "\" title=\"" + Markup.escape(title.toString()) + "\">" + text + "</mark>";
        }
        sb.append(text);
    }
}
