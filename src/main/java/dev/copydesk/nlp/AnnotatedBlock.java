package dev.copydesk.nlp;

import dev.copydesk.article.Block;
import java.util.List;

/** A block with its sentences and tokens; {@code normalized} has the same length as the block text. */
public record AnnotatedBlock(Block block, String normalized, List<Sentence> sentences) {
    public AnnotatedBlock {
        sentences = List.copyOf(sentences);
    }
}
