package dev.copydesk.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finishes an {@link Article} the same way for every format (HTML, text, Markdown, rule-example
 * snippets): blocks numbered, the headline found among them, notes about the author made credits,
 * a dateline or timestamp line as the last source of a date.
 */
final class Articles {
    private Articles() {
    }

    /**
     * The article made of {@code blocks}, numbered in reading order; its headline is the first
     * headline block. A body paragraph about the byline's author becomes a credit. Without a date
     * in {@code meta}, a wire dateline gives one, else a "Posted on …" timestamp line.
     *
     * @param meta     what the source says about itself: date and where it came from, byline
     * @param blocks   every block the parser kept, in reading order, not yet numbered
     * @param strategy how the story text was found, for {@code entities}
     */
    static Article assemble(String path, PageMetadata meta, List<Block> blocks, LineIndex lines,
                            List<Suppression> suppressions, String strategy) {
        List<Block> numbered = numbered(blocks, authors(meta.byline()));
        LocalDate published = meta.published();
        String publishedFrom = meta.publishedFrom();
        if (published == null) {
            published = Datelines.find(numbered);
            publishedFrom = published == null ? null : "dateline";
        }
        if (published == null) {
            published = stampedDate(numbered);
            publishedFrom = published == null ? null : "timestamp line";
        }
        Block headline = numbered.stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst().orElse(null);
        return new Article(path, headline, published, publishedFrom, meta.byline(), numbered, lines, suppressions,
                strategy);
    }

    /** The blocks with their index in reading order; a note about one of the {@code authors} is a credit. */
    private static List<Block> numbered(List<Block> blocks, List<String> authors) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add((b.kind().isBody() && isAuthorNote(b.text(), authors) ? b.as(BlockKind.CREDIT) : b)
                    .withIndex(out.size()));
        }
        return out;
    }

    /** The date of a "Posted on Tuesday 15 October 2019" line; a "published" or "posted" stamp before an "updated" one. */
    private static LocalDate stampedDate(List<Block> blocks) {
        LocalDate any = null;
        for (Block b : blocks) {
            if (b.kind() != BlockKind.CREDIT || !TimestampLines.isTimestamp(b.text())) {
                continue;
            }
            LocalDate d = PublicationDates.parse(b.text());
            if (d != null && b.text().matches("(?is).*\\b(published|posted)\\b.*")) {
                return d;
            }
            if (any == null && !b.text().matches("(?is).*\\b(updated|modified)\\b.*")) {
                any = d;
            }
        }
        return any;
    }

    /** The names in a byline: "By Ana Ruiz and Tom Lee" → [Ana Ruiz, Tom Lee]. */
    private static List<String> authors(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        for (String part : byline.replaceFirst("(?i)^by\\s+", "").split("\\s*(?:,|\\band\\b|&|\\|)\\s*")) {
            String name = part.strip();
            if (name.split("\\s+").length >= 2 && name.length() < 60) {
                out.add(name);
            }
        }
        return out;
    }

    /** "Steven Mufson covers the White House.": a note about the story's own author, not the story. */
    private static boolean isAuthorNote(String text, List<String> authors) {
        for (String a : authors) {
            if (text.startsWith(a) && text.length() < 400) {
                String rest = text.substring(a.length()).stripLeading();
                if (rest.matches("(?s)^(is|was|has|covers|writes|reports|joined|contributed|edits|can be reached|"
                        + "is a|previously|\\(@).*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
