package dev.copydesk.source;

/**
 * The decoded text of one input, exactly as read: offsets into {@code content} are the
 * offsets that source positions are computed from.
 *
 * @param path    the path as the user gave it (or {@code <stdin>})
 * @param content the decoded file content, never modified
 * @param format  how to parse it
 */
public record SourceFile(String path, String content, Format format) {

    /** The markup the content is in. */
    public enum Format { HTML, TEXT, MARKDOWN }

    /** Picks the format from the file name; content sniffing decides for stdin (and names without a known extension). */
    public static Format formatFor(String path, String content) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Format.HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        String head = content.stripLeading();
        if (head.startsWith("<")) {
            return Format.HTML;
        }
        // Standard input: front matter ("---" alone on the first line) or an ATX heading open a Markdown article.
        String c = content.startsWith(" ") || content.startsWith("\uFEFF") ? content.substring(1) : content; // a BOM
        boolean frontMatter = c.startsWith("---\n") || c.startsWith("---\r");
        return frontMatter || head.startsWith("# ") ? Format.MARKDOWN : Format.TEXT;
    }
}
