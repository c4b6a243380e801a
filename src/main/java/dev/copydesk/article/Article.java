package dev.copydesk.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article as the copy desk sees it: headline, metadata and the blocks of text, each mapped
 * back to the source.
 *
 * @param path      the input path as given
 * @param headline  the headline block, or null when none was found
 * @param published the publication date (metadata, a dateline, or {@code --pub-date}), or null
 * @param publishedFrom where {@code published} came from ("meta article:published_time", "JSON-LD datePublished",
 *                  "dateline", "--pub-date", …), or null
 * @param byline    the byline, or null
 * @param blocks    every block in reading order, the headline first when there is one
 * @param lines     the source file's line index
 * @param suppressions the editor's copydesk-disable directives in the source
 * @param strategy  how the story text was found (for HTML: which pass of the container search), for {@code entities}
 */
public record Article(String path, Block headline, LocalDate published, String publishedFrom, String byline,
                      List<Block> blocks, LineIndex lines, List<Suppression> suppressions, String strategy) {
    /**
     * Story text (of the kinds that are analysed) past this many chars is not kept: the parsers
     * stop after the block that crosses it, a block stops growing one char past it, and the
     * analysis reads up to it and says where it stopped. A million chars is five times the longest
     * long read; without the cap a 100 MB page would hold gigabytes of per-char source maps.
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;


    public Article {
        blocks = List.copyOf(blocks);
        suppressions = List.copyOf(suppressions);
    }

    /** The same article with the publication date given on the command line. */
    public Article withPublished(LocalDate date) {
        return new Article(path, headline, date, "--pub-date", byline, blocks, lines, suppressions, strategy);
    }

    public Optional<String> headlineText() {
        return Optional.ofNullable(headline).map(Block::text);
    }

    /**
     * The block's number among the story's paragraphs (body and block quotes, counted the way a
     * reader counts them), 1-based; 0 for a block that is no paragraph (headline, caption, subhead…).
     */
    public int paragraphOf(Block block) {
        if (!block.kind().isBody()) {
            return 0;
        }
        int n = 0;
        for (Block b : blocks) {
            if (b.kind().isBody()) {
                n++;
            }
            if (b.index() == block.index()) {
                return n;
            }
        }
        return 0;
    }

    /** Source location of {@code [start, end)} in a block (char offsets in its text). */
    public Location locate(Block block, int start, int end) {
        if (block.text().isEmpty()) {
            return new Location(1, 1, 1, 1);
        }
        int s = block.sourceStart()[Math.max(0, Math.min(start, block.text().length() - 1))];
        int e = block.sourceEnd()[Math.max(0, Math.min(end - 1, block.text().length() - 1))];
        return new Location(lines.line(s), lines.column(s), lines.line(e), lines.column(e));
    }
}
