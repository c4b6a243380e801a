package dev.copydesk.article;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the {@code h1} (or marked headline) that agrees with a title the page
 * declares, since site headers and photo captions sit in {@code h1}s too.
 */
final class Headlines {
    private Headlines() {
    }

    /** The element holding the headline, or null. */
    static Element element(Document doc, List<String> declared) {
        List<String> titles = declared.stream().map(t -> t.split("\\s+[-|–—]\\s+")[0]).toList();
        for (String selector : new String[]{"h1", "[itemprop=headline]", "h2", "[class*=headline]"}) {
            for (Element e : doc.select(selector)) {
                String text = e.text().strip();
                if (text.length() < 8) {
                    continue;
                }
                for (String d : titles) {
                    if (similar(text, d)) {
                        return e;
                    }
                }
            }
        }
        if (titles.isEmpty()) {
            for (Element e : doc.select("h1")) {
                if (e.text().strip().length() >= 8) {
                    return e;
                }
            }
        }
        return null;
    }

    static Block block(Element e, String html) {
        TextBuilder tb = new TextBuilder();
        DomText.append(e, html, tb);
        return tb.isBlank() ? null : tb.build(BlockKind.HEADLINE);
    }

    /** Class, id or data words of a dek: the line under the headline that sums the story up. */
    private static final java.util.regex.Pattern DEK = java.util.regex.Pattern.compile(
            "(?i)(?:^|[-_\\s])(dek|deck|standfirst|sub-?headline|subhed|subtitle|strapline|article-?summary|article-?description)"
                    + "(?:$|[-_\\s])");

    /**
     * The dek under the headline, or null: the first element after the headline whose class, id or
     * {@code data-component} names a dek (or that is {@code itemprop=description}), outside teaser lists.
     */
    static Element dek(Document doc, Element headline) {
        int after = headline == null ? -1 : headline.sourceRange().startPos();
        for (Element e : doc.select("[class], [id], [data-component], [itemprop=description]")) {
            if (!e.sourceRange().isTracked() || e.sourceRange().startPos() <= after) {
                continue; // before the headline (most of a page's named elements): no need to read the name
            }
            String key = e.className() + " " + e.id() + " " + e.attr("data-component");
            boolean named = DEK.matcher(key).find() || e.attr("itemprop").equals("description") && !e.tagName().equals("meta");
            if (!named || inTeaser(e)) {
                continue;
            }
            Element line = firstLine(e);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    /** The element's one line of dek text: itself, or its first paragraph when a byline follows in the next. */
    private static Element firstLine(Element e) {
        Element line = e.select("p").size() > 1 ? e.selectFirst("p") : e;
        String text = line.text().strip();
        boolean oneParagraph = line.select("p, li").size() <= 1;
        return oneParagraph && text.length() >= 20 && text.length() <= 400 && !text.regionMatches(true, 0, "by ", 0, 3)
                ? line : null;
    }

    /** Inside a list of links to other stories, the page's navigation, a link or a figure: not this story's dek. */
    private static boolean inTeaser(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("li") || tag.equals("a") || tag.equals("nav") || tag.equals("aside") || tag.equals("footer")
                    || tag.equals("figure") || Furniture.isCaption(a)) {
                return true;
            }
        }
        return false;
    }

    static Block dekBlock(Element e, String html) {
        TextBuilder tb = new TextBuilder();
        DomText.append(e, html, tb);
        return tb.isBlank() ? null : tb.build(BlockKind.DEK);
    }

    /** The headline from {@code <title>} or {@code og:title} when no element holds it. */
    static Block fromMetadata(Document doc, String html, List<String> declared) {
        Element title = doc.selectFirst("title");
        String trusted = declared.isEmpty() ? null : declared.get(0);
        if (title != null && !title.text().isBlank() && (trusted == null || similar(title.text(), trusted))) {
            return block(title, html);
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank() && (trusted == null || similar(og.attr("content"), trusted))) {
            return attributeBlock(og, og.attr("content"));
        }
        return title == null || title.text().isBlank() ? null : block(title, html);
    }

    /** A block from an attribute value; every char points at its element, the closest we can say. */
    private static Block attributeBlock(Element e, String value) {
        TextBuilder tb = new TextBuilder();
        int pos = Math.max(0, e.sourceRange().startPos());
        for (int i = 0; i < value.length(); i++) {
            tb.append(value.charAt(i), pos, pos + 1);
        }
        return tb.build(BlockKind.HEADLINE);
    }

    /** Two headlines agree when most of their words are shared. */
    static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return common.size() >= 0.6 * Math.min(wa.size(), wb.size()) && common.size() >= 0.4 * Math.max(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
