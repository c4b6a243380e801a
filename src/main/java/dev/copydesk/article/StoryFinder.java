package dev.copydesk.article;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the story, the way Readability does: paragraph-like elements are
 * scored by their text (length, commas) and give their score to their ancestors; the best
 * ancestor, scaled by how little of it is links, is the story container; siblings that score
 * nearly as well (a story split by an ad or a photo) join it; then furniture inside is cleaned
 * away element by element. Mutates the document it is given.
 */
final class StoryFinder {

    /** What one pass may do; a pass that finds too little text is retried with fewer of them. */
    enum Pass { STRIP_UNLIKELY, WEIGHT_CLASSES, CLEAN_CONDITIONALLY }

    /**
     * The story's elements in reading order, and the elements whose captions belong to it.
     *
     * @param parts        the container and the siblings that joined it
     * @param captionScope the element (an {@code article}, {@code main} or the container) whose captions belong to the story
     */
    record Found(List<Element> parts, Element captionScope, List<Element> captions) {
    }

    private static final Set<String> SCORED_TAGS = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Children that make a div more than a paragraph. */
    private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
            "aside", "nav", "form", "main");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> RUNNING_TEXT = Set.of("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "dd", "dt", "pre", "figcaption");
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "div");
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");
    private static final int MIN_PARAGRAPH = 25;

    private final EnumSet<Pass> pass;
    private final String title;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Map<Element, Double> score = new IdentityHashMap<>();
    private final Map<Element, Integer> paragraphText = new IdentityHashMap<>();
    private int paragraphTotal;
    private final Set<Element> dataTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param pass  what this pass may do
     * @param title the page's declared title: a heading that repeats it is the headline, not story
     */
    StoryFinder(EnumSet<Pass> pass, String title) {
        this.pass = pass;
        this.title = title;
    }

    /** Finds the story in {@code doc}; the document is pruned and cleaned on the way. */
    Found find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Found(List.of(), null, List.of());
        }
        List<Element> scorable = prepare(body);
        measure(body);
        Element top = topCandidate(scorable, body);
        List<Element> parts = top == body ? List.of(body) : withLeadCards(withSiblings(top), captionScope(top));
        Element scope = captionScope(top);
        List<Element> captions = captions(scope, parts);
        if (pass.contains(Pass.CLEAN_CONDITIONALLY)) {
            for (Element part : parts) {
                clean(part);
            }
        } else {
            for (Element part : parts) {
                removeAlwaysJunk(part);
            }
        }
        List<Element> kept = new ArrayList<>();
        for (Element p : parts) {
            if (p.parent() != null) {
                kept.add(p);
            }
        }
        return new Found(kept, scope, captions);
    }

    // ---- 1. prepare: drop what a reader cannot see or what is not the story; make paragraphs of bare text

    private List<Element> prepare(Element body) {
        measureParagraphs(body);
        List<Element> scorable = new ArrayList<>();
        boolean titleHeaderSeen = false;
        Element node = body;
        while (node != null) {
            String tag = node.tagName();
            if (node != body && shouldRemove(node, tag)) {
                node = removeAndNext(node);
                continue;
            }
            if (!titleHeaderSeen && (tag.equals("h1") || tag.equals("h2")) && title != null
                    && similarity(title, node.text()) > 0.75) {
                titleHeaderSeen = true;
                node = removeAndNext(node);
                continue;
            }
            if (isEmptyContainer(node, tag)) {
                node = removeAndNext(node);
                continue;
            }
            if (SCORED_TAGS.contains(tag)) {
                scorable.add(node);
            }
            if (tag.equals("div")) {
                node = paragraphsOfDiv(node, scorable);
            }
            node = next(node, false);
        }
        return scorable;
    }

    private boolean shouldRemove(Element e, String tag) {
        if (Furniture.isHidden(e) || "true".equals(e.attr("aria-modal")) && "dialog".equals(e.attr("role"))) {
            return true;
        }
        if (inRunningText(e)) {
            // Inside a paragraph only what a reader cannot see, or a pop-over card, is furniture:
            // dropping a styled name or a profile link would cut the sentence.
            return Furniture.isPopover(e);
        }
        if (!pass.contains(Pass.STRIP_UNLIKELY) || tag.equals("a") || tag.equals("body")) {
            return false;
        }
        if (UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        String key = e.className() + " " + e.id();
        return key.length() > 1 && Furniture.isUnlikely(key) && !Furniture.mayBeContent(key)
                && !hasAncestor(e, "table", 3) && !hasAncestor(e, "code", 3) && !holdsMuchOfTheStory(e);
    }

    /**
     * A furniture-sounding name on the element that holds a large share of the page's paragraph
     * text ("read-more-content", a share-button container wrapped around the story) is a
     * misleading name, not furniture.
     */
    private boolean holdsMuchOfTheStory(Element e) {
        return paragraphText.getOrDefault(e, 0) * 10 >= paragraphTotal * 4 && paragraphTotal > 0;
    }

    private static int linkText(Element p) {
        int n = 0;
        for (Element a : p.getElementsByTag("a")) {
            n += a.wholeText().length();
        }
        return n;
    }

    /** Paragraph text under each element, before anything is removed. */
    private void measureParagraphs(Element body) {
        paragraphText.clear();
        paragraphTotal = 0;
        for (Element p : body.getElementsByTag("p")) {
            int len = p.wholeText().length();
            if (len < 80 || p.closest("li") != null || linkText(p) * 4 > len) {
                continue; // teaser lists and link lists are not story paragraphs
            }
            paragraphTotal += len;
            for (Element a = p.parent(); a != null; a = a.parent()) {
                paragraphText.merge(a, len, Integer::sum);
            }
        }
    }

    private static boolean inRunningText(Element e) {
        if (!Furniture.isInline(e.tagName())) {
            return false;
        }
        int depth = 0;
        for (Element a = e.parent(); a != null && depth < 8; a = a.parent(), depth++) {
            if (RUNNING_TEXT.contains(a.tagName())) {
                return true;
            }
            if (!Furniture.isInline(a.tagName())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isEmptyContainer(Element e, String tag) {
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("header") || tag.length() == 2 && tag.charAt(0) == 'h'
                && Character.isDigit(tag.charAt(1)))) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
            if (n instanceof Element c && !c.tagName().equals("br") && !c.tagName().equals("hr")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs of text and inline elements directly in a div become paragraphs; a div that is one
     * paragraph becomes that paragraph. Returns the element that now stands where the div stood.
     */
    private Element paragraphsOfDiv(Element div, List<Element> scorable) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (Furniture.isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!isWhitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                p = null;
            }
        }
        if (div.childrenSize() == 1 && div.child(0).tagName().equals("p") && !hasOwnText(div)
                && linkDensity(div) < 0.25) {
            Element only = div.child(0);
            // Keep the div's class for the scoring: it often says "story" or "body".
            if (only.className().isEmpty() && !div.className().isEmpty()) {
                only.attr("class", div.className());
            }
            div.replaceWith(only);
            scorable.add(only);
            return only;
        }
        if (!hasBlockDescendant(div)) {
            div.tagName("p");
            scorable.add(div);
        }
        return div;
    }

    private static boolean isWhitespace(Node n) {
        return n instanceof TextNode t && t.isBlank() || n instanceof Element e && e.tagName().equals("br");
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockDescendant(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCK_CHILDREN.contains(d.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** The next element in document order; with {@code skipChildren}, the next one after this subtree. */
    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.childrenSize() > 0) {
            return node.child(0);
        }
        for (Element n = node; n != null; n = n.parent()) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    // ---- 2. measure: text, link text and commas of every element, once, bottom-up

    private record Stats(int text, double links, int commas) {
    }

    private void measure(Element root) {
        stats.clear();
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int text = 0;
            double links = 0;
            int commas = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    String s = t.getWholeText();
                    text += collapsedLength(s);
                    commas += commas(s);
                } else if (n instanceof Element c) {
                    Stats s = stats.get(c);
                    if (s != null) {
                        text += s.text();
                        links += s.links();
                        commas += s.commas();
                    }
                }
            }
            if (e.tagName().equals("a")) {
                links = text * (e.attr("href").startsWith("#") ? 0.3 : 1.0);
            }
            stats.put(e, new Stats(text, links, commas));
        }
    }

    private int textLength(Element e) {
        Stats s = stats.get(e);
        return s == null ? e.text().length() : s.text();
    }

    private double linkDensity(Element e) {
        Stats s = stats.get(e);
        if (s == null) {
            int len = e.text().length();
            if (len == 0) {
                return 0;
            }
            double links = 0;
            for (Element a : e.select("a")) {
                links += a.text().length();
            }
            return links / len;
        }
        return s.text() == 0 ? 0 : s.links() / s.text();
    }

    static int collapsedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                n += space ? 2 : 1;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    // ---- 3. score and choose the container

    private Element topCandidate(List<Element> scorable, Element body) {
        score.clear();
        List<Element> candidates = new ArrayList<>();
        for (Element e : scorable) {
            if (e.parent() == null || !(e.parent() instanceof Element) || e.parent() instanceof Document) {
                continue;
            }
            int len = textLength(e);
            if (len < MIN_PARAGRAPH) {
                continue;
            }
            Stats s = stats.get(e);
            double content = 1 + (s == null ? 0 : s.commas()) + 1 + Math.min(len / 100, 3);
            int level = 0;
            for (Element a = e.parent(); a != null && level < 5; a = a.parent(), level++) {
                if (a.parent() == null || a.parent() instanceof Document) {
                    break;
                }
                if (!score.containsKey(a)) {
                    score.put(a, initialScore(a));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score.merge(a, content / divider, Double::sum);
            }
        }
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double scaled = score.get(c) * (1 - linkDensity(c));
            score.put(c, scaled);
            int at = 0;
            while (at < top.size() && score.get(top.get(at)) >= scaled) {
                at++;
            }
            if (at < 5) {
                top.add(at, c);
                if (top.size() > 5) {
                    top.remove(5);
                }
            }
        }
        if (top.isEmpty() || top.get(0) == body) {
            return body;
        }
        Element best = commonAncestorOfContenders(top);
        best = climbWhileScoreRises(best);
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        score.putIfAbsent(best, initialScore(best));
        return best;
    }

    /** Three or more near-equal contenders under one ancestor: the story is split, take the ancestor. */
    private Element commonAncestorOfContenders(List<Element> top) {
        Element best = top.get(0);
        double bestScore = score.get(best);
        List<Set<Element>> contenders = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (score.get(top.get(i)) / bestScore >= 0.75) {
                Set<Element> ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                ancestors.addAll(top.get(i).parents());
                contenders.add(ancestors);
            }
        }
        if (contenders.size() < 3) {
            return best;
        }
        for (Element a = best.parent(); a != null && !a.tagName().equals("body"); a = a.parent()) {
            int containing = 0;
            for (Set<Element> c : contenders) {
                if (c.contains(a)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return a;
            }
        }
        return best;
    }

    private Element climbWhileScoreRises(Element best) {
        double last = score.getOrDefault(best, 0.0);
        double threshold = last / 3;
        for (Element a = best.parent(); a != null && !a.tagName().equals("body"); a = a.parent()) {
            Double s = score.get(a);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return a;
            }
            last = s;
        }
        return best;
    }

    private double initialScore(Element e) {
        double s = switch (e.tagName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private int classWeight(Element e) {
        if (!pass.contains(Pass.WEIGHT_CLASSES)) {
            return 0;
        }
        int w = 0;
        for (String key : new String[]{e.className(), e.id()}) {
            if (key.isEmpty()) {
                continue;
            }
            if (Furniture.isNegative(key)) {
                w -= 25;
            }
            if (Furniture.isPositive(key)) {
                w += 25;
            }
        }
        return w;
    }

    /** The container and the siblings that read as part of the same story. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = score.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double s = score.get(sibling);
            if (s != null && s + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.tagName().equals("p")) {
                double density = linkDensity(sibling);
                int len = textLength(sibling);
                String text = sibling.text();
                if (len > 80 && density < 0.25 || len > 0 && len < 80 && density == 0 && text.matches("(?s).*\\.( .*|$)")) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /**
     * Summary and claim cards before the story (a fact-check's claim and rating, "Key points")
     * are story text even though they score like furniture: short, and set apart from the body.
     */
    private List<Element> withLeadCards(List<Element> parts, Element scope) {
        if (scope == null || parts.contains(scope)) {
            return parts;
        }
        Set<Element> inParts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p : parts) {
            inParts.addAll(p.getAllElements());
        }
        int firstPart = parts.isEmpty() ? Integer.MAX_VALUE : parts.get(0).sourceRange().startPos();
        List<Element> cards = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (inParts.contains(e) || !Furniture.isLeadCard(e.className() + " " + e.id())
                    || e.sourceRange().startPos() > firstPart || textLength(e) < 40 || linkDensity(e) > 0.5
                    || cards.stream().anyMatch(c -> e.parents().contains(c))) {
                continue;
            }
            cards.add(e);
        }
        if (cards.isEmpty()) {
            return parts;
        }
        List<Element> out = new ArrayList<>(cards);
        out.addAll(parts);
        return out;
    }

    private static Element captionScope(Element top) {
        int depth = 0;
        for (Element a = top; a != null && depth < 6; a = a.parent(), depth++) {
            if (a.tagName().equals("article") || a.tagName().equals("main")) {
                return a;
            }
        }
        return top.parent() != null && !top.parent().tagName().equals("body") ? top.parent() : top;
    }

    private static List<Element> captions(Element scope, List<Element> parts) {
        List<Element> out = new ArrayList<>();
        List<Element> roots = new ArrayList<>(parts);
        if (scope != null && parts.stream().noneMatch(p -> p == scope)) {
            roots.add(0, scope);
        }
        Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                if ((Furniture.isCaption(e) || Furniture.isPullQuote(e)) && seen.add(e) && !insideCaption(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static boolean insideCaption(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (Furniture.isCaption(a) || Furniture.isPullQuote(a)) {
                return true;
            }
        }
        return false;
    }

    // ---- 4. clean: furniture inside the story, element by element

    private static void removeAlwaysJunk(Element part) {
        part.select("footer, aside, link, input, textarea, select, button, iframe, object, embed").remove();
    }

    /** Per-element counts for the conditional clean, gathered bottom-up as elements are removed. */
    private static final class Counts {
        int text;
        double links;
        int commas;
        int p;
        int img;
        int li;
        int input;
        int headingText;
        int listText;
        boolean textish;
        boolean dataTable;
    }

    private void clean(Element part) {
        removeAlwaysJunk(part);
        for (Element e : part.getAllElements()) {
            if (e != part && Furniture.isShare(e.className() + " " + e.id()) && textLength(e) < 500) {
                e.remove();
            }
        }
        for (Element h : part.select("h1, h2")) {
            if (classWeight(h) < 0) {
                h.remove();
            }
        }
        markDataTables(part);
        Map<Element, Counts> counts = new IdentityHashMap<>();
        List<Element> all = part.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null) {
                continue;
            }
            Counts c = countsOf(e, counts);
            if (CONDITIONAL.contains(e.tagName()) && !isDataTableOrInside(e) && !hasAncestor(e, "code", 3)
                    && !c.dataTable && isFishy(e, c)) {
                e.remove();
                continue;
            }
            counts.put(e, c);
        }
    }

    private Counts countsOf(Element e, Map<Element, Counts> counts) {
        Counts c = new Counts();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                c.text += collapsedLength(s);
                c.commas += commas(s);
            } else if (n instanceof Element child) {
                Counts k = counts.get(child);
                if (k == null) {
                    continue; // removed, or not yet seen (cannot happen bottom-up)
                }
                c.text += k.text;
                c.links += k.links;
                c.commas += k.commas;
                c.p += k.p;
                c.img += k.img;
                c.li += k.li;
                c.input += k.input;
                c.headingText += k.headingText;
                c.listText += k.listText;
                c.textish |= k.textish;
                c.dataTable |= k.dataTable;
                String tag = child.tagName();
                switch (tag) {
                    case "p" -> c.p++;
                    case "img" -> c.img++;
                    case "li" -> c.li++;
                    case "input" -> c.input++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> c.headingText += k.text;
                    case "ul", "ol" -> c.listText += k.text;
                    default -> {
                    }
                }
                if (TEXTISH.contains(tag) && (k.text > 0 || tag.equals("img"))) {
                    c.textish = true;
                }
                if (tag.equals("table") && dataTables.contains(child)) {
                    c.dataTable = true;
                }
            }
        }
        if (e.tagName().equals("a")) {
            c.links = c.text * (e.attr("href").startsWith("#") ? 0.3 : 1.0);
        }
        return c;
    }

    /** Readability's "clean conditionally": few commas and the shape of a widget, a link list or an image grid. */
    private boolean isFishy(Element e, Counts c) {
        int weight = classWeight(e);
        if (weight < 0) {
            return true;
        }
        if (c.commas >= 10) {
            return false;
        }
        String tag = e.tagName();
        boolean list = tag.equals("ul") || tag.equals("ol") || c.text > 0 && c.listText / (double) c.text > 0.9;
        String text = c.text < 40 ? e.text().strip() : "";
        if (!text.isEmpty() && text.matches("(?i)(ad|ads|advertisement|advertising|sponsored|loading(…|\\.\\.\\.)?)")) {
            return true;
        }
        double density = c.text == 0 ? 0 : c.links / c.text;
        double headingDensity = c.text == 0 ? 0 : c.headingText / (double) c.text;
        boolean inFigure = hasAncestor(e, "figure", 3);
        int li = c.li - 100;
        boolean remove = !inFigure && c.img > 1 && c.p / (double) c.img < 0.5
                || !list && li > c.p
                || c.input > c.p / 3
                || !list && !inFigure && headingDensity < 0.9 && c.text < 25 && (c.img == 0 || c.img > 2) && density > 0
                || !list && weight < 25 && density > 0.2
                || weight >= 25 && density > 0.5
                || c.img == 0 && !c.textish && c.text == 0;
        if (list && remove) {
            // A list of images stays: every item one image.
            boolean simple = e.children().stream().allMatch(ch -> ch.childrenSize() <= 1);
            if (simple && c.img == e.select("li").size() && c.img > 0) {
                return false;
            }
        }
        return remove;
    }

    private void markDataTables(Element root) {
        for (Element t : root.select("table")) {
            if (isDataTable(t)) {
                dataTables.add(t);
            }
        }
    }

    static boolean isDataTable(Element t) {
        if ("presentation".equals(t.attr("role")) || "0".equals(t.attr("datatable"))) {
            return false;
        }
        if (!t.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = t.selectFirst("caption");
        if (caption != null && !caption.childNodes().isEmpty()) {
            return true;
        }
        if (t.selectFirst("col, colgroup, tfoot, thead, th") != null) {
            return true;
        }
        if (t.select("table").size() > 1) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : t.select("tr")) {
            rows++;
            columns = Math.max(columns, tr.select("td").size());
        }
        if (rows == 1 || columns == 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private boolean isDataTableOrInside(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.tagName().equals("table") && dataTables.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element a = e.parent(); a != null; a = a.parent(), depth++) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (a.tagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** How much of {@code b}'s wording is also in {@code a}: 1 the same words, 0 none shared. */
    static double similarity(String a, String b) {
        List<String> ta = words(a);
        List<String> tb = words(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> inA = new java.util.HashSet<>(ta);
        int unique = 0;
        int all = 0;
        for (String w : tb) {
            all += w.length() + 1;
            if (!inA.contains(w)) {
                unique += w.length() + 1;
            }
        }
        return 1 - unique / (double) all;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
