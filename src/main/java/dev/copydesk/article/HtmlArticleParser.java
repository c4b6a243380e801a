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

    /** One pass of the search for the story container: what it may do, and its name for {@code entities}. */
    private record Search(String name, EnumSet<StoryFinder.Pass> options) {
    }

    /** Readability's passes, strictest first. */
    private static final List<Search> PASSES = List.of(
            new Search("scored container", EnumSet.allOf(StoryFinder.Pass.class)),
            new Search("scored container, furniture-looking names kept",
                    EnumSet.of(StoryFinder.Pass.WEIGHT_CLASSES, StoryFinder.Pass.CLEAN_CONDITIONALLY)),
            new Search("scored container, class names ignored", EnumSet.of(StoryFinder.Pass.CLEAN_CONDITIONALLY)),
            new Search("scored container, nothing cleaned", EnumSet.noneOf(StoryFinder.Pass.class)));

    private final ExtractionOptions options;

    public HtmlArticleParser() {
        this(ExtractionOptions.DEFAULT);
    }

    public HtmlArticleParser(ExtractionOptions options) {
        this.options = options;
    }

    /** Parses the page; never fails on malformed HTML (jsoup repairs it as a browser would). */
    public Article parse(String path, String source) {
        Page page = Page.parse(source);
        PageMetadata meta = PageMetadata.read(page.doc());
        List<Suppression> suppressions = SuppressionScanner.scan(page.doc(), page.html(), page.lines());
        // read before the story search, which reshapes the page it searches
        HeadlineAndDek top = HeadlineAndDek.read(page, meta);
        Story story = story(page.doc(), page.html(), top.title(), top.headlineStart());
        return Articles.assemble(path, meta, top.withStory(story.blocks()), page.lines(), suppressions, story.strategy());
    }

    /**
     * The source as jsoup parsed it, with positions. A {@code <title>} left open would swallow the
     * page ({@link UnclosedTitle}): it is closed where its text turns into markup, and the line index
     * counts the file's own columns past the inserted tag.
     */
    private record Page(String html, Document doc, LineIndex lines) {
        static Page parse(String source) {
            Document doc = parseHtml(source);
            int titleEnd = UnclosedTitle.end(doc, source);
            if (titleEnd < 0) {
                return new Page(source, doc, new LineIndex(source));
            }
            String html = source.substring(0, titleEnd) + UnclosedTitle.END_TAG + source.substring(titleEnd);
            return new Page(html, parseHtml(html),
                    new LineIndex(html).withInsertion(titleEnd, UnclosedTitle.END_TAG.length()));
        }
    }

    /**
     * The display type above the story: the headline ({@link Headlines}: an {@code h1} that agrees
     * with a declared title, else the declared title itself) and the dek under it.
     *
     * @param headline      the headline block, or null
     * @param headlineStart source offset of the headline element, so the story does not repeat it (-1: none)
     * @param title         the headline's text, else the first declared title, for the story search; or null
     * @param dek           the dek block, or null
     * @param dekRange      the dek element's {@code [start, end)} in the source, or null
     */
    private record HeadlineAndDek(Block headline, int headlineStart, String title, Block dek, int[] dekRange) {
        static HeadlineAndDek read(Page page, PageMetadata meta) {
            Element h1 = Headlines.element(page.doc(), meta.titles());
            Block headline = h1 != null ? Headlines.block(h1, page.html()) : null;
            if (headline == null) {
                headline = Headlines.fromMetadata(page.doc(), page.html(), meta.titles());
            }
            String title = headline != null ? headline.text() : meta.titles().isEmpty() ? null : meta.titles().get(0);
            Element dek = Headlines.dek(page.doc(), h1);
            return new HeadlineAndDek(headline, h1 == null ? -1 : h1.sourceRange().startPos(), title,
                    dek == null ? null : Headlines.dekBlock(dek, page.html()), dek == null ? null : range(dek));
        }

        /**
         * The article's blocks: the headline, the dek when it comes before the story's first paragraph
         * (a dek inside the story container is taken out of the story: it is no subhead), the story.
         */
        List<Block> withStory(List<Block> story) {
            List<Block> blocks = new ArrayList<>();
            if (headline != null) {
                blocks.add(headline);
            }
            List<Block> storyBlocks = dek == null ? story : without(story, dekRange);
            if (dek != null && before(dek, storyBlocks)) {
                blocks.add(dek);
                blocks.addAll(storyBlocks);
            } else {
                blocks.addAll(story);
            }
            return blocks;
        }
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

    /**
     * The story: the configured {@code body} element when the page has one, else the first of
     * Readability's passes ({@link #PASSES}) that keeps {@link #ENOUGH_TEXT} chars of story, else the
     * pass that kept the most.
     */
    private Story story(Document doc, String html, String title, int headlineStart) {
        prune(doc);
        Element configured = options.bodySelector() == null ? null : doc.selectFirst(options.bodySelector());
        if (configured != null) {
            List<Element> captions = configured.getAllElements().stream()
                    .filter(e -> Furniture.isCaption(e) || Furniture.isPullQuote(e)).toList();
            return new Story(new StoryBlocks(html, headlineStart).collect(List.of(configured), captions),
                    "configured selector '" + options.bodySelector() + "'");
        }
        Story best = null;
        Document pristine = null; // the pruned page, parsed once more for the looser passes and copied for each
        for (int i = 0; i < PASSES.size(); i++) {
            Interruption.check();
            if (i == 1) {
                pristine = pruned(parseHtml(html));
            }
            Document d = i == 0 ? doc : i == PASSES.size() - 1 ? pristine : pristine.clone();
            StoryFinder.Found found = new StoryFinder(PASSES.get(i).options(), title).find(d);
            Story s = new Story(new StoryBlocks(html, headlineStart).collect(found.parts(), found.captions()),
                    PASSES.get(i).name());
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
