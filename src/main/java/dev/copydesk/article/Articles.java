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
        List<String> authors = authors(byline);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind().isBody() && isAuthorNote(b.text(), authors)) {
                b = b.as(BlockKind.CREDIT);
            }
            numbered.add(b.withIndex(i));
            if (blocks.get(i) == headline) {
                numberedHeadline = numbered.get(i);
            }
        }
        if (published == null) {
            published = Datelines.find(numbered);
            publishedFrom = published == null ? null : "dateline";
        }
        if (published == null) {
            published = stampedDate(numbered);
            publishedFrom = published == null ? null : "timestamp line";
        }
        return new Article(path, numberedHeadline, published, publishedFrom, byline, numbered, lines,
                suppressions, strategy);
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
