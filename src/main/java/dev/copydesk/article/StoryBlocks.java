package dev.copydesk.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the story's elements into blocks: one per paragraph-level run of text (a paragraph, a
 * list item, a subhead, a line of a block quote, text set apart by a double line break), captions
 * apart, and contributor lines and credits marked as such. Blocks come out in source order.
 */
final class StoryBlocks {
    /** Contributor and credit lines at the end of a story; the names in them are not people in the story. */
    private static final Pattern CONTRIBUTOR = Pattern.compile("(?i)^(?:\\W{0,3})(?:(?:additional )?reporting by\\b"
            + "|writing by\\b|editing by\\b|compiled by\\b|with reporting (?:from|by)\\b|.{0,200}\\bcontributed (?:reporting|"
            + "to this (?:report|story|article)|additional reporting)\\b|.{0,120}\\b(?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,3}"
            + "(?:writer|reporter|correspondent|editor|columnist|photographer|contributor)\\b(?:(?!\\. ).){0,120}$)");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|,|de|van|von|al-\\p{L}+))"
            + "{0,8}\\s*(?:[|,/–—-].{0,80})?$");
    private static final Pattern CREDIT_TAIL = Pattern.compile("\\s*(?:\\((?:Photo|Picture|Image)s?:?[^)]{1,80}\\)"
            + "|(?:Photo(?:graph)?|Picture|Image|Credit)s?\\s*(?:by|:)\\s*[^.]{1,80}"
            + "|\\p{Lu}[\\p{L}.' -]{1,60}/(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA|Bloomberg|Shutterstock|\\p{Lu}[\\p{L} ]{1,30}))\\.?\\s*$");

    /** Class or id of reference lists, footnotes and bibliographies. */
    private static final Pattern NOTES = Pattern.compile("(?i)\\b(references|reflist|mw-references-wrap|citations?|"
            + "footnotes?|endnotes?|bibliography|refbegin)\\b");

    private static final Set<String> ITALIC = Set.of("i", "em", "cite");

    private final String html;
    private final int headlineStart;
    private final Set<Element> captions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Block> out = new ArrayList<>();
    /** The alt texts of the story's images, folded: a paragraph that repeats one is the image's caption. */
    private final Set<String> altTexts = new java.util.HashSet<>();
    /** The story text collected so far: once it is spent the walk stops. */
    private final TextBudget budget = new TextBudget();

    /**
     * @param headlineStart source offset of the headline element, so the story does not repeat it (-1: none)
     */
    StoryBlocks(String html, int headlineStart) {
        this.html = html;
        this.headlineStart = headlineStart;
    }

    /** The blocks of the story's parts and captions, in source order. */
    List<Block> collect(List<Element> parts, List<Element> captionElements) {
        captions.addAll(captionElements);
        for (Element c : captionElements) {
            if (!isHeadline(c)) {
                addCaption(c);
            }
        }
        for (Element part : parts) {
            for (Element img : part.select("img[alt]")) {
                String alt = fold(img.attr("alt"));
                if (alt.split(" ").length >= 4) {
                    altTexts.add(alt);
                }
            }
        }
        for (Element part : parts) {
            if (full()) {
                break;
            }
            walk(part);
        }
        out.sort(Comparator.comparingInt(b -> b.text().isEmpty() ? 0 : b.sourceStart()[0]));
        return out;
    }

    private boolean isHeadline(Element e) {
        return headlineStart >= 0 && e.sourceRange().isTracked() && e.sourceRange().startPos() == headlineStart;
    }

    private void addCaption(Element c) {
        TextBuilder tb = new TextBuilder();
        DomText.append(c, html, tb);
        if (tb.isBlank()) {
            return;
        }
        if (Furniture.isPullQuote(c)) {
            out.add(tb.build(BlockKind.PULLQUOTE));
            return;
        }
        Block b = tb.build(BlockKind.CAPTION);
        Matcher m = CREDIT_TAIL.matcher(b.text());
        if (m.find() && m.start() > 0) {
            out.add(slice(b, 0, m.start(), BlockKind.CAPTION));
            out.add(slice(b, m.start(), b.text().length(), BlockKind.CREDIT));
        } else {
            out.add(b);
        }
    }

    /** Walks one story part in source order, its blocks added as they end. */
    private void walk(Element part) {
        Walk walk = new Walk(part);
        NodeTraversor.filter(walk, part);
        walk.flush();
    }

    /**
     * One walk over a story part: text is gathered into a run, and the run becomes a block where a
     * block element opens or closes or a double line break stands, of the kind of the innermost
     * block element it is in ({@link #kindOf}). Stops when the text budget is spent.
     */
    private final class Walk implements NodeFilter {
        private final Element part;
        private final Deque<BlockKind> kinds = new ArrayDeque<>();
        private TextBuilder run = new TextBuilder();

        Walk(Element part) {
            this.part = part;
            kinds.push(kindOf(part, BlockKind.BODY));
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (full()) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                DomText.appendTextNode(t, html, run);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node == part) {
                return FilterResult.CONTINUE;
            }
            if (isLeftOut(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.tagName().equals("a") && isSourceLink(e)) {
                run.openLink();
            }
            if (ITALIC.contains(e.tagName())) {
                run.openItalic();
            }
            if (e.tagName().equals("br")) {
                if (previousIsBreak(e)) {
                    flush();
                } else {
                    run.space(DomText.position(e));
                }
            } else if (DomText.BLOCK_TAGS.contains(e.tagName())) {
                flush();
                kinds.push(kindOf(e, kinds.peek()));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.tagName().equals("a")) {
                run.closeLink();
            }
            if (node instanceof Element e && ITALIC.contains(e.tagName())) {
                run.closeItalic();
            }
            if (node instanceof Element e && node != part && DomText.BLOCK_TAGS.contains(e.tagName())) {
                flush();
                kinds.pop();
            }
            return FilterResult.CONTINUE;
        }

        /** Ends the run as a block, if it holds any text (a blank run goes on gathering). */
        void flush() {
            if (run.isBlank()) {
                return;
            }
            TextBuilder ended = run;
            run = new TextBuilder();
            addRun(ended, kinds.peek());
        }
    }

    /** Captions (collected apart), the headline, social embeds, footnote markers, short credits and bylines. */
    private boolean isLeftOut(Element e) {
        return captions.contains(e) || isHeadline(e) || isSocialEmbed(e) || DomText.isFootnoteMarker(e)
                || (Furniture.isCredit(e) || Furniture.isByline(e)) && e.text().length() < 200;
    }

    /** A link to somewhere else (a source), not an anchor on the page or a script. */
    private static boolean isSourceLink(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:");
    }

    private static boolean previousIsBreak(Element br) {
        for (Node n = br.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.tagName().equals("br");
        }
        return false;
    }

    private static boolean isSocialEmbed(Element e) {
        String cls = e.className();
        return e.tagName().equals("blockquote") && (cls.contains("twitter-tweet") || cls.contains("instagram-media")
                || cls.contains("tiktok-embed") || cls.contains("twitter-video"));
    }

    private static BlockKind kindOf(Element e, BlockKind parent) {
        if (parent == BlockKind.BLOCKQUOTE || parent == BlockKind.CAPTION || parent == BlockKind.NOTE || parent == BlockKind.CODE) {
            return parent;
        }
        if (NOTES.matcher(e.className() + " " + e.id()).find()) {
            return BlockKind.NOTE;
        }
        return switch (e.tagName()) {
            case "blockquote" -> BlockKind.BLOCKQUOTE;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.SUBHEAD;
            case "figcaption", "figure" -> BlockKind.CAPTION; // a figure's own text labels the image: credits, a link's words
            case "pre" -> BlockKind.CODE;
            case "td", "th" -> {
                Element table = e.closest("table");
                yield table != null && StoryFinder.isDataTable(table) ? BlockKind.TABLE : parent;
            }
            default -> parent == BlockKind.SUBHEAD || parent == BlockKind.TABLE ? parent : BlockKind.BODY;
        };
    }

    /**
     * A run of text as a block of {@code kind}: furniture text is dropped, a contributor line, byline
     * or timestamp in the body is a credit, and a paragraph that repeats an image's alt text a caption.
     */
    private void addRun(TextBuilder tb, BlockKind kind) {
        String text = tb.text();
        if (Furniture.FURNITURE_TEXT.matcher(text).find()) {
            return;
        }
        BlockKind k = kind == null ? BlockKind.BODY : kind;
        if (k.isBody() && (CONTRIBUTOR.matcher(text).find() || text.length() < 120 && BYLINE.matcher(text).matches()
                || TimestampLines.isTimestamp(text))) {
            k = BlockKind.CREDIT;
        }
        if (k.isBody() && !altTexts.isEmpty() && text.length() < 300 && repeatsAltText(fold(text))) {
            k = BlockKind.CAPTION; // "Hori Parata at his Pātaua farm, …" in a list under the picture it describes
        }
        add(tb.build(k));
    }

    private void add(Block b) {
        out.add(b);
        budget.spend(b);
    }

    private boolean full() {
        return budget.isSpent();
    }

    /** The paragraph says what an image's alt text says, word for word or nearly (captions get edited). */
    private boolean repeatsAltText(String folded) {
        if (altTexts.contains(folded)) {
            return true;
        }
        Set<String> words = new java.util.HashSet<>(List.of(folded.replaceAll("[^\\p{L}\\p{N} ]", "").split(" ")));
        for (String alt : altTexts) {
            Set<String> altWords = new java.util.HashSet<>(List.of(alt.replaceAll("[^\\p{L}\\p{N} ]", "").split(" ")));
            int shared = 0;
            for (String w : words) {
                if (altWords.contains(w)) {
                    shared++;
                }
            }
            altWords.addAll(words);
            if (words.size() >= 6 && shared >= 0.6 * altWords.size()) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The chars {@code [from, to)} of a block as a block of their own, trimmed. */
    static Block slice(Block b, int from, int to, BlockKind kind) {
        String t = b.text();
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        List<int[]> links = new ArrayList<>();
        for (int[] l : b.links()) {
            if (l[1] > from && l[0] < to) {
                links.add(new int[]{Math.max(l[0], from) - from, Math.min(l[1], to) - from});
            }
        }
        List<int[]> italics = new ArrayList<>();
        for (int[] l : b.italics()) {
            if (l[1] > from && l[0] < to) {
                italics.add(new int[]{Math.max(l[0], from) - from, Math.min(l[1], to) - from});
            }
        }
        return new Block(0, kind, t.substring(from, to), java.util.Arrays.copyOfRange(b.sourceStart(), from, to),
                java.util.Arrays.copyOfRange(b.sourceEnd(), from, to), links, italics);
    }
}
