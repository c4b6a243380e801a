package dev.copydesk.article;

import dev.copydesk.Interruption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an {@link Article} from a news page: metadata first (before any pruning), then the
 * headline, then the story found the way Readability finds it ({@link StoryFinder}), retried with
 * looser passes when a pass keeps too little text.
 */
public final class HtmlArticleParser {
    /** A pass that keeps less story text than this gives way to a looser one (Readability's threshold). */
    private static final int ENOUGH_TEXT = 500;

    private final ExtractionOptions options;

    public HtmlArticleParser() {
        this(ExtractionOptions.DEFAULT);
    }

    public HtmlArticleParser(ExtractionOptions options) {
        this.options = options;
    }

    /** Parses the page; never fails on malformed HTML (jsoup repairs it as a browser would). */
    public Article parse(String path, String source) {
        String html = source;
        Document doc = parseHtml(html);
        LineIndex lines;
        int titleEnd = UnclosedTitle.end(doc, html);
        if (titleEnd >= 0) {
            html = html.substring(0, titleEnd) + UnclosedTitle.END_TAG + html.substring(titleEnd);
            doc = parseHtml(html);
            lines = new LineIndex(html).withInsertion(titleEnd, UnclosedTitle.END_TAG.length());
        } else {
            lines = new LineIndex(html);
        }
        PageMetadata meta = PageMetadata.read(doc);
        List<Suppression> suppressions = SuppressionScanner.scan(doc, html, lines);
        Element h1 = Headlines.element(doc, meta.titles());
        Block headline = h1 != null ? Headlines.block(h1, html) : null;
        if (headline == null) {
            headline = Headlines.fromMetadata(doc, html, meta.titles());
        }
        int headlineStart = h1 == null ? -1 : h1.sourceRange().startPos();
        Element dekElement = Headlines.dek(doc, h1);
        // read before the story search, which reshapes the page it searches
        Block dek = dekElement == null ? null : Headlines.dekBlock(dekElement, html);
        int[] dekRange = dekElement == null ? null : range(dekElement);
        String title = headline != null ? headline.text() : meta.titles().isEmpty() ? null : meta.titles().get(0);
        Story story = story(doc, html, title, headlineStart);
        List<Block> blocks = new ArrayList<>();
        if (headline != null) {
            blocks.add(headline);
        }
        List<Block> storyBlocks = dek == null ? story.blocks() : without(story.blocks(), dekRange);
        if (dek != null && before(dek, storyBlocks)) {
            blocks.add(dek);
            blocks.addAll(storyBlocks);
        } else {
            blocks.addAll(story.blocks());
        }
        return Articles.assemble(path, meta, blocks, lines, suppressions, story.strategy());
    }

    /** The dek comes before the story's first paragraph: a standfirst further down belongs to a teaser. */
    private static boolean before(Block dek, List<Block> story) {
        for (Block b : story) {
            if (b.kind().isBody() && !b.text().isEmpty()) {
                return dek.sourceStart()[0] < b.sourceStart()[0];
            }
        }
        return true;
    }

    /** The story's blocks but those made from the dek's element (a dek inside the story container is no subhead). */
    private static List<Block> without(List<Block> blocks, int[] range) {
        int from = range[0];
        int to = range[1];
        return blocks.stream().filter(b -> b.text().isEmpty() || b.sourceStart()[0] < from || b.sourceStart()[0] >= to).toList();
    }

    /** The element's {@code [start, end)} in the source. */
    private static int[] range(Element e) {
        int from = e.sourceRange().startPos();
        return new int[]{from, e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : from};
    }

    private static Document parseHtml(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** The story's blocks and how they were found. */
    private record Story(List<Block> blocks, String strategy) {
        int textLength() {
            int n = 0;
            for (Block b : blocks) {
                if (b.kind().isStoryText()) {
                    n += b.text().length();
                }
            }
            return n;
        }
    }

    private Story story(Document doc, String html, String title, int headlineStart) {
        prune(doc);
        if (options.bodySelector() != null) {
            Element configured = doc.selectFirst(options.bodySelector());
            if (configured != null) {
                List<Element> captions = configured.getAllElements().stream().filter(e -> Furniture.isCaption(e) || Furniture.isPullQuote(e)).toList();
                return new Story(new StoryBlocks(html, headlineStart).collect(List.of(configured), captions),
                        "configured selector '" + options.bodySelector() + "'");
            }
        }
        List<EnumSet<StoryFinder.Pass>> passes = List.of(EnumSet.allOf(StoryFinder.Pass.class),
                EnumSet.of(StoryFinder.Pass.WEIGHT_CLASSES, StoryFinder.Pass.CLEAN_CONDITIONALLY),
                EnumSet.of(StoryFinder.Pass.CLEAN_CONDITIONALLY),
                EnumSet.noneOf(StoryFinder.Pass.class));
        List<String> names = List.of("scored container", "scored container, furniture-looking names kept",
                "scored container, class names ignored", "scored container, nothing cleaned");
        Story best = null;
        Document pristine = null; // the pruned page, parsed once more for the looser passes and copied for each
        for (int i = 0; i < passes.size(); i++) {
            Interruption.check();
            if (i == 1) {
                pristine = pruned(parseHtml(html));
            }
            Document d = i == 0 ? doc : i == passes.size() - 1 ? pristine : pristine.clone();
            StoryFinder.Found found = new StoryFinder(passes.get(i), title).find(d);
            Story s = new Story(new StoryBlocks(html, headlineStart).collect(found.parts(), found.captions()), names.get(i));
            if (s.textLength() >= ENOUGH_TEXT) {
                return s;
            }
            if (best == null || s.textLength() > best.textLength()) {
                best = s;
            }
        }
        return best;
    }

    private Document pruned(Document doc) {
        prune(doc);
        return doc;
    }

    private void prune(Document doc) {
        doc.select(Furniture.NEVER_STORY).remove();
        for (String selector : options.ignoreSelectors()) {
            doc.select(selector).remove();
        }
    }
}
