package dev.copydesk.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeTraversor;

/** Reads suppression directives from a page's comments and attributes, or from a text file's comment lines. */
final class SuppressionScanner {
    static final String ATTRIBUTE = "data-copydesk-ignore";
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*copydesk-(disable-next|disable|enable)\\b\\s*(.*?)\\s*$");

    private SuppressionScanner() {
    }

    /** Directives in an HTML document (call before pruning: the elements must still be there). */
    static List<Suppression> scan(Document doc, String html, LineIndex lines) {
        List<Suppression> out = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c) {
                Matcher m = DIRECTIVE.matcher(c.getData());
                Range r = c.sourceRange();
                if (!m.matches() || !r.isTracked()) {
                    return;
                }
                String directive = html.substring(r.startPos(), r.endPos());
                Location at = new Location(lines.line(r.startPos()), lines.column(r.startPos()),
                        lines.line(r.endPos()), lines.column(r.endPos()));
                Set<String> rules = rules(m.group(2));
                switch (m.group(1)) {
                    case "disable" -> open.add(new Open(rules, r.endPos(), directive, at));
                    case "enable" -> close(open, rules, r.startPos(), lines, out);
                    default -> {
                        Element next = nextElement(c);
                        if (next != null) {
                            out.add(new Suppression(rules, pos(lines, next.sourceRange().startPos()),
                                    pos(lines, end(next)), directive, at));
                        } else {
                            out.add(new Suppression(rules, pos(lines, r.endPos()), pos(lines, r.endPos()), directive, at));
                        }
                    }
                }
            } else if (node instanceof Element e && e.hasAttr(ATTRIBUTE) && e.sourceRange().isTracked()) {
                int s = e.sourceRange().startPos();
                Location at = new Location(lines.line(s), lines.column(s), lines.line(s), lines.column(s) + 1);
                out.add(new Suppression(rules(e.attr(ATTRIBUTE)), pos(lines, s), pos(lines, end(e)),
                        ATTRIBUTE + (e.attr(ATTRIBUTE).isBlank() ? "" : "=\"" + e.attr(ATTRIBUTE) + "\""), at));
            }
        }, doc);
        close(open, Set.of(), html.length(), lines, out);
        return out;
    }

    /** Directives in plain text: comment lines; "disable-next" covers the next paragraph. */
    static List<Suppression> scanText(String text, LineIndex lines) {
        List<Suppression> out = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        // indexOf, not a lazy regex: a text with thousands of unclosed "<!--" must stay linear.
        for (int cs = text.indexOf("<!--"); cs >= 0; ) {
            int close = text.indexOf("-->", cs + 4);
            if (close < 0) {
                break;
            }
            int ce = close + 3;
            String comment = text.substring(cs, ce);
            Matcher m = DIRECTIVE.matcher(text.substring(cs + 4, close));
            int commentStart = cs;
            cs = text.indexOf("<!--", ce);
            if (!m.matches()) {
                continue;
            }
            Location at = new Location(lines.line(commentStart), lines.column(commentStart), lines.line(ce),
                    lines.column(ce));
            Set<String> rules = rules(m.group(2));
            switch (m.group(1)) {
                case "disable" -> open.add(new Open(rules, ce, comment, at));
                case "enable" -> close(open, rules, commentStart, lines, out);
                default -> {
                    int start = ce;
                    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    int blank = text.indexOf("\n\n", start);
                    int end = blank < 0 ? text.length() : blank;
                    out.add(new Suppression(rules, pos(lines, start), pos(lines, end), comment, at));
                }
            }
        }
        close(open, Set.of(), text.length(), lines, out);
        return out;
    }

    private record Open(Set<String> rules, int from, String directive, Location at) {
    }

    private static void close(List<Open> open, Set<String> rules, int at, LineIndex lines, List<Suppression> out) {
        for (int i = open.size() - 1; i >= 0; i--) {
            Open o = open.get(i);
            if (rules.isEmpty() || rules.containsAll(o.rules())) {
                out.add(new Suppression(o.rules(), pos(lines, o.from()), pos(lines, at), o.directive(), o.at()));
                open.remove(i);
            }
        }
    }

    private static Set<String> rules(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : list.split("[,\\s]+")) {
            if (!r.isBlank()) {
                out.add(r.strip());
            }
        }
        return out;
    }

    private static Element nextElement(Node n) {
        for (Node s = n.nextSibling(); s != null; s = s.nextSibling()) {
            if (s instanceof Element e) {
                return e;
            }
        }
        return n.parent() instanceof Element p ? p.nextElementSibling() : null;
    }

    /** Where an element's source ends, its end tag included when there is one (an iterative walk: nesting can be deep). */
    private static int end(Element e) {
        Range endTag = e.endSourceRange();
        if (endTag.isTracked() && endTag.endPos() > e.sourceRange().startPos()) {
            return endTag.endPos();
        }
        int[] max = {e.sourceRange().endPos()};
        NodeTraversor.traverse((node, depth) -> {
            if (node != e && node.sourceRange().isTracked()) {
                max[0] = Math.max(max[0], node.sourceRange().endPos());
            }
            if (node != e && node instanceof Element child && child.endSourceRange().isTracked()) {
                max[0] = Math.max(max[0], child.endSourceRange().endPos());
            }
        }, e);
        return max[0];
    }

    private static Suppression.Position pos(LineIndex lines, int offset) {
        return new Suppression.Position(lines.line(offset), lines.column(offset));
    }
}
