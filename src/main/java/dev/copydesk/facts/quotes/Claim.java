package dev.copydesk.facts.quotes;

import dev.copydesk.article.Block;

/**
 * A claim phrase the attribution checks care about.
 *
 * @param block  the block it is in
 * @param start  char offset of the phrase
 * @param end    char offset just past it
 * @param text   the phrase as written ("are alleged to", "people familiar with")
 * @param kind   hedge (agentless allegation) or anonymous source
 * @param source the words that give a hedge its source ("police said", "according to court documents"), or null
 */
public record Claim(Block block, int start, int end, String text, Kind kind, String source) {
    public enum Kind { HEDGE, ANONYMOUS }
}
