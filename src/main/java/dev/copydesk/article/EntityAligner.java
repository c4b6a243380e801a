package dev.copydesk.article;

import org.jsoup.parser.Parser;

/** Maps each char of decoded text to the raw source chars it came from ({@code &rsquo;} → ’). */
final class EntityAligner {
    private EntityAligner() {
    }

    static void align(String raw, String decoded, int base, TextBuilder tb) {
        int r = 0;
        int d = 0;
        while (d < decoded.length()) {
            if (r < raw.length() && raw.charAt(r) == '&') {
                int semi = entityEnd(raw, r);
                if (semi > r) {
                    String entity = raw.substring(r, semi);
                    String value = Parser.unescapeEntities(entity, false);
                    if (!value.equals(entity) && decoded.startsWith(value, d)) {
                        for (int k = 0; k < value.length(); k++) {
                            tb.append(decoded.charAt(d + k), base + r, base + semi);
                        }
                        d += value.length();
                        r = semi;
                        continue;
                    }
                }
            }
            if (r < raw.length() && raw.charAt(r) == '\r' && decoded.charAt(d) != '\r') {
                r++; // CR of a CRLF pair that the parser normalised away
                continue;
            }
            int at = Math.min(r, Math.max(0, raw.length() - 1));
            tb.append(decoded.charAt(d), base + at, base + at + 1);
            d++;
            r++;
        }
    }

    /** End (exclusive) of the entity starting at {@code amp}, or {@code amp} when there is none. */
    private static int entityEnd(String raw, int amp) {
        int i = amp + 1;
        int limit = Math.min(raw.length(), amp + 40);
        while (i < limit) {
            char c = raw.charAt(i);
            if (c == ';') {
                return i + 1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                break;
            }
            i++;
        }
        // Entities without a semicolon (&amp followed by a space) still decode in HTML.
        return i > amp + 1 ? i : amp;
    }
}
