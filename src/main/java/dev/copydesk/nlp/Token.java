package dev.copydesk.nlp;

/**
 * One token of a sentence.
 *
 * @param text  the token as it appears after normalisation (straight apostrophes)
 * @param start char offset in the block text
 * @param end   char offset in the block text, exclusive
 * @param tag   UD part-of-speech tag (may be combined, e.g. {@code PROPN+PART} for "Assad's")
 */
public record Token(String text, int start, int end, String tag) {

    public boolean isPropn() {
        return tag.startsWith("PROPN");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isPunct() {
        return tag.equals("PUNCT");
    }

    public boolean isVerb() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
