package dev.copydesk.facts;

import dev.copydesk.article.Block;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * One block's text as the facts were read from it, for the checks that look at the words
 * themselves (the word rules, quotes compared with the story's sentences).
 *
 * @param block      the block
 * @param normalized the text the analysis ran on: the block text with curly apostrophes, Unicode hyphens and
 *                   exotic spaces made plain, the same length, so offsets are block offsets
 * @param sentences  where its sentences start and end, in order
 */
public record BlockText(Block block, String normalized, List<SentenceSpan> sentences) {
    public BlockText {
        sentences = List.copyOf(sentences);
    }

    /** A sentence of the block: char offsets in the block text, end exclusive. */
    public record SentenceSpan(int start, int end) {
    }

    static BlockText of(AnnotatedBlock ab) {
        List<SentenceSpan> spans = new ArrayList<>(ab.sentences().size());
        for (Sentence s : ab.sentences()) {
            spans.add(new SentenceSpan(s.start(), s.end()));
        }
        return new BlockText(ab.block(), ab.normalized(), spans);
    }
}
