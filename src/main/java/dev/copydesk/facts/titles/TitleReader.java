package dev.copydesk.facts.titles;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a title written on its own ("Secretary of State", "former ambassador to Iraq"), as a
 * house-name list gives a person's current title, into the same {@link Title} the facts read
 * from copy, so the two can be compared.
 */
public final class TitleReader {
    /** Words (with inner hyphens, apostrophes and abbreviation dots) and commas. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*|,");

    private final TitleParser parser;

    public TitleReader(Lexicons lex) {
        this.parser = new TitleParser(lex);
    }

    /** The title, or null when the phrase holds no title word the lexicons know. */
    public Title read(String phrase) {
        String text = phrase.strip().replace('’', '\'');
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), "NOUN"));
        }
        return tokens.isEmpty() ? null : parser.parse(tokens, TitleSource.APPOSITIVE, text);
    }
}
