package dev.copydesk.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * A {@code <title>} that is never closed, or closed with a typo ({@code </titl>}): HTML reads
 * everything after it as title text, so the page has no body and its whole markup would become
 * one headline. Found by the markup inside the title's text; the parser then puts the end tag
 * where the markup starts and the page reads as its author meant.
 */
final class UnclosedTitle {
    static final String END_TAG = "</title>";
    /** A tag or comment: text in a real title never looks like this (a title's "<" is escaped or followed by a space). */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9-]*[\\s/>]|!--)");

    private UnclosedTitle() {
    }

    /** Offset in {@code html} where the first title should have ended, or -1 when it is closed. */
    static int end(Document doc, String html) {
        Element title = doc.selectFirst("title");
        if (title == null || title.childNodeSize() != 1 || !(title.childNode(0) instanceof TextNode text)) {
            return -1;
        }
        Range r = text.sourceRange();
        if (!r.isTracked() || r.startPos() < 0 || r.endPos() > html.length()) {
            return -1;
        }
        Matcher m = MARKUP.matcher(html).region(r.startPos(), r.endPos());
        return m.find() ? m.start() : -1;
    }
}
