package dev.copydesk.nlp;

import java.util.List;

/** A sentence of a block: its span in the block text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
