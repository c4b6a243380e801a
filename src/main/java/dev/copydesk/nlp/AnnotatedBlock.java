package dev.copydesk.nlp;

import dev.copydesk.article.Block;
import java.util.List;

/**
 * A block with its sentences and tokens; {@code normalized} has the same length as the block text.
 *
 * @param overflows sentences too long to analyse whole, each read in pieces (empty on real copy)
 */
public record AnnotatedBlock(Block block, String normalized, List<Sentence> sentences, List<Overflow> overflows) {
    public AnnotatedBlock {
        sentences = List.copyOf(sentences);
        overflows = List.copyOf(overflows);
    }

    public AnnotatedBlock(Block block, String normalized, List<Sentence> sentences) {
        this(block, normalized, sentences, List.of());
    }
}
