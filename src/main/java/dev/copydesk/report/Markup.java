package dev.copydesk.report;

/** Text for HTML and XML reports. */
final class Markup {
    private Markup() {
    }

    /**
     * Text safe as element content or a quoted attribute value in HTML and XML 1.0: markup and
     * quotes escaped, so article text (a page quoting {@code <script>}) stays text; characters
     * the formats forbid or a parser rejects (control characters, U+FFFE, U+FFFF, unpaired
     * surrogates) written as U+FFFD, so the report always parses.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        }
        return sb.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
