package dev.copydesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Extracts an {@link Article} from a news page: metadata first (before any pruning), then page
 * furniture removed, then the densest paragraph container taken as the story.
 */
public final class HtmlArticleParser {
    private final ExtractionOptions options;

    public HtmlArticleParser() {
        this(ExtractionOptions.DEFAULT);
    }

    public HtmlArticleParser(ExtractionOptions options) {
        this.options = options;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "ul", "ol", "li",
            "table", "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "header", "main", "dl");
    private static final int MIN_PARAGRAPH = 30;

    /** Parses the page; never fails on malformed HTML (jsoup repairs it as a browser would). */
    public Article parse(String path, String html) {
        try {
            return parseDocument(path, html);
        } finally {
            LENGTHS.get().clear();
        }
    }

    private Article parseDocument(String path, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        JsonLd ld = JsonLd.read(doc);
        LocalDate published = publishedDate(doc, ld);
        String byline = byline(doc, ld);
        Element h1 = headlineElement(doc, ld);
        LineIndex lines = new LineIndex(html);
        List<Suppression> suppressions = SuppressionScanner.scan(doc, html, lines);

        for (String selector : options.ignoreSelectors()) {
            doc.select(selector).remove();
        }
        prune(doc);
        List<Block> blocks = new ArrayList<>();
        Block headline = null;
        if (h1 != null) {
            TextBuilder tb = new TextBuilder();
            appendText(h1, html, tb);
            if (!tb.isBlank()) {
                headline = tb.build(BlockKind.HEADLINE);
            }
        }
        if (headline == null) {
            headline = metaHeadline(doc, html, ld);
        }
        if (headline != null) {
            blocks.add(headline);
        }
        Element configured = options.bodySelector() == null ? null : doc.selectFirst(options.bodySelector());
        Element root = configured != null ? configured : contentRoot(doc);
        if (root != null) {
            collectBlocks(captionScope(root), root, html, h1, blocks);
        }
        List<Block> numbered = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            numbered.add(blocks.get(i).withIndex(i));
        }
        Block head = headline == null ? null : numbered.get(0);
        if (published == null) {
            published = Datelines.find(numbered);
        }
        return new Article(path, head, published, byline, numbered, lines, suppressions);
    }

    // ---- metadata -------------------------------------------------------------------------

    private static LocalDate publishedDate(Document doc, JsonLd ld) {
        // One pass over the meta tags: a selector per name would walk the whole page each time.
        Map<String, String> meta = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("name");
            meta.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), e.attr("content"));
        }
        String[] names = {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "date", "og:published_time", "original-publish-date",
            "ptime"};
        for (String name : names) {
            LocalDate d = PublicationDates.parse(meta.get(name));
            if (d != null) {
                return d;
            }
        }
        LocalDate fromLd = PublicationDates.parse(ld.datePublished);
        if (fromLd != null) {
            return fromLd;
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            LocalDate d = PublicationDates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String byline(Document doc, JsonLd ld) {
        Element meta = doc.selectFirst("meta[name=author], meta[property=article:author], meta[name=byl]");
        if (meta != null && !meta.attr("content").isBlank() && !meta.attr("content").startsWith("http")) {
            return cleanByline(meta.attr("content"));
        }
        if (ld.author != null) {
            return cleanByline(ld.author);
        }
        Element e = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
        if (e != null && !e.text().isBlank() && e.text().length() < 120) {
            return cleanByline(e.text());
        }
        return null;
    }

    private static String cleanByline(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.replaceFirst("(?i)^by\\s+", "");
    }

    /**
     * The element holding the headline: an h1 (or marked headline) that agrees with the page's
     * declared title, since site headers and photo captions sit in h1s too.
     */
    private static Element headlineElement(Document doc, JsonLd ld) {
        List<String> declared = new ArrayList<>();
        if (ld.headline != null) {
            declared.add(ld.headline);
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null) {
            declared.add(og.attr("content"));
        }
        Element title = doc.selectFirst("title");
        if (title != null) {
            declared.add(title.text().split("\\s+[-|–—]\\s+")[0]);
        }
        for (String selector : new String[]{"h1", "[itemprop=headline]", "h2", "[class*=headline]"}) {
            for (Element e : doc.select(selector)) {
                for (String d : declared) {
                    if (e.text().strip().length() >= 8 && similar(e.text(), d)) {
                        return e;
                    }
                }
            }
        }
        if (declared.isEmpty() || declared.stream().allMatch(String::isBlank)) {
            for (Element e : doc.select("h1")) {
                if (e.text().strip().length() >= 8) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Two headlines agree when most of their words are shared. */
    static boolean similar(String a, String b) {
        java.util.Set<String> wa = words(a);
        java.util.Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        java.util.Set<String> common = new java.util.HashSet<>(wa);
        common.retainAll(wb);
        return common.size() >= 0.6 * Math.min(wa.size(), wb.size()) && common.size() >= 0.4 * Math.max(wa.size(), wb.size());
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Block metaHeadline(Document doc, String html, JsonLd ld) {
        Element title = doc.selectFirst("title");
        Element og = doc.selectFirst("meta[property=og:title]");
        String declared = ld.headline != null ? ld.headline : og != null ? og.attr("content") : null;
        if (title != null && !title.text().isBlank() && (declared == null || similar(title.text(), declared))) {
            TextBuilder tb = new TextBuilder();
            appendText(title, html, tb);
            return tb.isBlank() ? null : tb.build(BlockKind.HEADLINE);
        }
        if (og != null && !og.attr("content").isBlank() && (ld.headline == null || similar(og.attr("content"), ld.headline))) {
            return attributeBlock(og, og.attr("content"));
        }
        return title == null || title.text().isBlank() ? null : metaTitle(title, html);
    }

    private static Block metaTitle(Element title, String html) {
        TextBuilder tb = new TextBuilder();
        appendText(title, html, tb);
        return tb.isBlank() ? null : tb.build(BlockKind.HEADLINE);
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

    // ---- pruning and the story container ---------------------------------------------------

    private static void prune(Document doc) {
        doc.select(Boilerplate.REMOVE_TAGS).remove();
        List<Element> unlikely = new ArrayList<>();
        for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
            String tag = e.tagName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            String key = e.className() + " " + e.id();
            if (key.isBlank() || !Boilerplate.UNLIKELY.matcher(key).find()) {
                continue;
            }
            if (isCaption(e)) {
                continue;
            }
            unlikely.add(e);
        }
        Map<Element, Integer> within = textWithin(doc);
        int total = within.getOrDefault(doc.body(), 0);
        for (Element e : unlikely) {
            // A class name like "article-body ad-free" must not take the story with it.
            if (e.parent() != null && within.getOrDefault(e, 0) * 2 < Math.max(total, 1)) {
                e.remove();
            }
        }
    }

    /** For each element, the length of copy-like paragraph text inside it. */
    private static Map<Element, Integer> textWithin(Document doc) {
        Map<Element, Integer> within = new IdentityHashMap<>();
        for (Element p : doc.select("p, pre")) {
            int len = qualifyingLength(p);
            if (len > 0) {
                for (Element a = p.parent(); a != null; a = a.parent()) {
                    within.merge(a, len, Integer::sum);
                }
            }
        }
        return within;
    }

    /** Per-thread memo of {@link #measure}: p.text() is the costliest call in extraction. */
    private static final ThreadLocal<Map<Element, Integer>> LENGTHS = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Text length of a paragraph that reads like copy, or 0 for short or link-heavy ones. */
    private static int qualifyingLength(Element p) {
        return LENGTHS.get().computeIfAbsent(p, HtmlArticleParser::measure);
    }

    private static int measure(Element p) {
        for (Element a = p.parent(); a != null; a = a.parent()) {
            if (a.tagName().equals("li") || a.tagName().equals("a")) {
                return 0; // teaser lists of other stories, linked cards
            }
        }
        String text = p.text();
        if (text.length() < MIN_PARAGRAPH) {
            return 0;
        }
        int linked = 0;
        for (Element a : p.select("a")) {
            linked += a.text().length();
        }
        if (linked * 2 > text.length()) {
            return 0;
        }
        return text.length();
    }

    /** The element whose paragraphs make up the story (Readability's scoring, simplified). */
    private static Element contentRoot(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : doc.select("p, pre")) {
            int len = qualifyingLength(p);
            if (len == 0) {
                continue;
            }
            double s = 1 + Math.min(len / 100.0, 3) + commas(p.text());
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, s / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null) {
            return doc.body();
        }
        // Stories split across sibling containers (NYT, WaPo) share an ancestor: climb while the
        // ancestor holds clearly more copy than the container found so far.
        Map<Element, Integer> within = textWithin(doc);
        boolean climbed = true;
        while (climbed) {
            climbed = false;
            int here = within.getOrDefault(best, 0);
            Element a = best.parent();
            // Wrappers that add nothing are skipped: look a few levels up for the next real gain.
            for (int depth = 0; depth < 7 && a != null && !a.tagName().equals("html"); depth++, a = a.parent()) {
                if (within.getOrDefault(a, 0) >= here * 1.3) {
                    best = a;
                    climbed = true;
                    break;
                }
            }
        }
        return best;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return Math.min(n, 6);
    }

    // ---- blocks ---------------------------------------------------------------------------

    /** Lead photos often sit beside the story container, not in it: captions come from the enclosing article. */
    private static Element captionScope(Element root) {
        for (Element a = root; a != null; a = a.parent()) {
            if (a.tagName().equals("article") || a.tagName().equals("main") || a.tagName().equals("body")) {
                return a;
            }
        }
        return root;
    }

    private static void collectBlocks(Element scope, Element root, String html, Element h1, List<Block> out) {
        Set<Element> inHeadline = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (h1 != null) {
            inHeadline.addAll(h1.getAllElements());
        }
        Set<Element> inRoot = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inRoot.addAll(root.getAllElements());
        for (Element e : scope.getAllElements()) {
            if (inHeadline.contains(e)) {
                continue;
            }
            BlockKind kind = kindOf(e);
            if (kind == null || hasBlockAncestorOfSameRole(e, scope)) {
                continue;
            }
            if (kind != BlockKind.CAPTION && !inRoot.contains(e)) {
                continue; // copy outside the story container is not the story
            }
            if (kind == BlockKind.BODY && qualifyingLength(e) == 0 && !isShortCopy(e)) {
                continue;
            }
            if (kind == BlockKind.BLOCKQUOTE) {
                // Each paragraph of a block quote is its own block, so sentences do not run together.
                Elements ps = e.select("p");
                if (!ps.isEmpty()) {
                    for (Element p : ps) {
                        addBlock(p, html, BlockKind.BLOCKQUOTE, out);
                    }
                    continue;
                }
            }
            addBlock(e, html, kind, out);
        }
    }

    /** Short paragraphs that are still copy ("He declined to comment."), not labels or links. */
    private static boolean isShortCopy(Element p) {
        String t = p.text().strip();
        return t.length() >= 12 && p.select("a").isEmpty() && t.matches(".*[.?!\"”’]$") && t.contains(" ");
    }

    private static BlockKind kindOf(Element e) {
        if (isCaption(e)) {
            return BlockKind.CAPTION;
        }
        return switch (e.tagName()) {
            case "p", "pre" -> BlockKind.BODY;
            case "blockquote" -> e.hasClass("twitter-tweet") || e.hasClass("instagram-media") ? null : BlockKind.BLOCKQUOTE;
            default -> null;
        };
    }

    private static boolean isCaption(Element e) {
        if (e.tagName().equals("figcaption")) {
            return true;
        }
        String key = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        return (key.contains("caption") && !key.contains("credit")) && !e.text().isBlank()
                && e.select("p").size() <= 2;
    }

    /** True when an ancestor inside the root already produces a block that covers this element. */
    private static boolean hasBlockAncestorOfSameRole(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root.parent(); a = a.parent()) {
            if (a.tagName().equals("blockquote") || a.tagName().equals("p") || isCaption(a)) {
                return true;
            }
        }
        return false;
    }

    private static void addBlock(Element e, String html, BlockKind kind, List<Block> out) {
        TextBuilder tb = new TextBuilder();
        appendText(e, html, tb);
        if (tb.isBlank()) {
            return;
        }
        String text = tb.text();
        if (Boilerplate.FURNITURE_TEXT.matcher(text).find()) {
            return;
        }
        out.add(tb.build(kind));
    }

    /** Appends the decoded text under {@code e}, each char mapped to its raw source offset. */
    static void appendText(Element e, String html, TextBuilder tb) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                appendTextNode(t, html, tb);
            } else if (child instanceof Element c) {
                if (c.tagName().equals("br")) {
                    tb.space(Math.max(0, c.sourceRange().startPos()));
                    continue;
                }
                if (c.tagName().equals("sup") && c.text().matches("\\[?\\d+\\]?")) {
                    continue; // footnote markers
                }
                boolean block = BLOCK_TAGS.contains(c.tagName());
                if (block) {
                    tb.space(Math.max(0, c.sourceRange().startPos()));
                }
                appendText(c, html, tb);
                if (block) {
                    tb.space(Math.max(0, c.sourceRange().startPos()));
                }
            }
        }
    }

    private static void appendTextNode(TextNode t, String html, TextBuilder tb) {
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
        String raw = html.substring(start, end);
        if (raw.equals(decoded)) {
            for (int i = 0; i < decoded.length(); i++) {
                tb.append(decoded.charAt(i), start + i, start + i + 1);
            }
            return;
        }
        EntityAligner.align(raw, decoded, start, tb);
    }

    /** The bits of JSON-LD metadata that the page may carry. */
    private static final class JsonLd {
        String datePublished;
        String author;
        String headline;

        static JsonLd read(Document doc) {
            JsonLd ld = new JsonLd();
            for (Element s : doc.getElementsByTag("script")) {
                if (!s.attr("type").equalsIgnoreCase("application/ld+json")) {
                    continue;
                }
                try {
                    ld.visit(JSON.readTree(s.data()));
                } catch (Exception ignored) {
                    // malformed JSON-LD is common on real pages; other metadata still applies
                }
            }
            return ld;
        }

        private void visit(JsonNode n) {
            if (n == null) {
                return;
            }
            if (n.isArray()) {
                n.forEach(this::visit);
                return;
            }
            if (!n.isObject()) {
                return;
            }
            if (datePublished == null && n.path("datePublished").isTextual()) {
                datePublished = n.path("datePublished").asText();
            }
            if (headline == null && n.path("headline").isTextual()) {
                headline = n.path("headline").asText();
            }
            if (author == null) {
                JsonNode a = n.path("author");
                if (a.isArray() && a.size() > 0) {
                    a = a.get(0);
                }
                if (a.isTextual()) {
                    author = a.asText();
                } else if (a.path("name").isTextual()) {
                    author = a.path("name").asText();
                }
            }
            visit(n.get("@graph"));
        }
    }
}
