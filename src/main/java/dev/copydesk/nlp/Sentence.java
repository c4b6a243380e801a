package dev.copydesk.nlp;

import java.util.List;

/**
 * A sentence of a block: its span in the block text, its tokens, and the names a user-supplied
 * name finder model found in it (empty without one).
 */
public record Sentence(int start, int end, List<Token> tokens, List<TokenSpan> names) {
    public Sentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    public Sentence(int start, int end, List<Token> tokens) {
        this(start, end, tokens, List.of());
    }
}
