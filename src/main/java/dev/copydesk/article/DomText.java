package dev.copydesk.article;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The decoded text of a DOM subtree, each char mapped to its raw source offset (so entities such
 * as {@code &rsquo;} keep their exact column). Walks the tree iteratively: a page of 50,000
 * nested inline elements must not overflow the stack.
 */
final class DomText {
    /** Elements whose start and end separate words, as a reader sees them. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "ul", "ol", "li", "table", "tr",
            "td", "th", "tbody", "thead", "tfoot", "figure", "figcaption", "blockquote", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "header", "footer", "main", "dl", "dt", "dd", "hr", "address", "aside", "nav", "details",
            "summary", "center", "form", "fieldset", "caption", "hgroup", "picture", "video", "audio");

    private DomText() {
    }

    /** Appends the text under {@code root} to {@code tb}. */
    static void append(Element root, String html, TextBuilder tb) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendTextNode(t, html, tb);
                } else if (node instanceof Element e && node != root) {
                    if (e.tagName().equals("br")) {
                        tb.space(position(e));
                    } else if (isFootnoteMarker(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (BLOCK_TAGS.contains(e.tagName())) {
                        tb.space(position(e));
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node != root && BLOCK_TAGS.contains(e.tagName())) {
                    tb.space(position(e));
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    static boolean isFootnoteMarker(Element e) {
        return e.tagName().equals("sup") && e.childrenSize() <= 1 && e.text().matches("\\[?\\d+\\]?");
    }

    /** Source offset of an element, or 0 for one the parser did not track (an element made during extraction). */
    static int position(Element e) {
        return Math.max(0, e.sourceRange().startPos());
    }

    static void appendTextNode(TextNode t, String html, TextBuilder tb) {
        String decoded = t.getWholeText();
        Range range = t.sourceRange();
        int start = range.startPos();
        int end = range.endPos();
        if (!range.isTracked() || start < 0 || end > html.length() || end < start) {
            int pos = Math.max(0, start);
            for (int i = 0; i < decoded.length(); i++) {
                tb.append(decoded.charAt(i), pos, pos + 1);
            }
            return;
        }
        if (html.regionMatches(start, decoded, 0, decoded.length()) && end - start == decoded.length()) {
            for (int i = 0; i < decoded.length(); i++) {
                tb.append(decoded.charAt(i), start + i, start + i + 1);
            }
            return;
        }
        EntityAligner.align(html.substring(start, end), decoded, start, tb);
    }
}
