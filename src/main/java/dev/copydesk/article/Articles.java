package dev.copydesk.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Finishes an {@link Article} the same way for every format: blocks numbered, a dateline as the last source of a date. */
final class Articles {
    private Articles() {
    }

    /**
     * @param headline      the headline, one of {@code blocks}, or null
     * @param published     the date from the page's metadata, or null (then a wire dateline may give it)
     * @param publishedFrom where that date came from, or null
     * @param strategy      how the story text was found, for {@code entities}
     */
    static Article assemble(String path, Block headline, LocalDate published, String publishedFrom, String byline,
                            List<Block> blocks, LineIndex lines, List<Suppression> suppressions, String strategy) {
        List<Block> numbered = new ArrayList<>(blocks.size());
        Block numberedHeadline = null;
        for (int i = 0; i < blocks.size(); i++) {
            numbered.add(blocks.get(i).withIndex(i));
            if (blocks.get(i) == headline) {
                numberedHeadline = numbered.get(i);
            }
        }
        if (published == null) {
            published = Datelines.find(numbered);
            publishedFrom = published == null ? null : "dateline";
        }
        return new Article(path, numberedHeadline, published, publishedFrom, byline, numbered, lines,
                suppressions, strategy);
    }
}
