package dev.copydesk.nlp;

/**
 * Rewrites text for the UD models without changing its length, so every offset stays valid:
 * curly apostrophes become straight (the tokenizer splits "Assad’s" badly otherwise), Unicode
 * hyphens and dashes inside words become '-', and exotic spaces become ' '.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            switch (c) {
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> out[i] = '\'';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> out[i] = ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013' -> {
                    if (between(text, i)) {
                        out[i] = '-';
                    }
                }
                default -> {
                }
            }
        }
        return new String(out);
    }

    private static boolean between(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }
}
