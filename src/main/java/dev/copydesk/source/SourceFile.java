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

    /** Picks the format from the file name; content sniffing decides for stdin. */
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
        return head.startsWith("<") ? Format.HTML : Format.TEXT;
    }
}
