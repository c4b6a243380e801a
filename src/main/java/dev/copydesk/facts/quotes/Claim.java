package dev.copydesk.facts.quotes;

import dev.copydesk.article.Block;

/**
 * A claim phrase the attribution checks care about.
 *
 * @param block  the block it is in
 * @param start  char offset of the phrase
 * @param end    char offset just past it
 * @param text   the phrase as written ("are alleged to", "people familiar with")
 * @param kind   hedge (agentless allegation), anonymous source, or the verb that attributes a report
 * @param source the words that give a hedge its source ("police said", "according to court documents", "a link"), or null
 * @param scopeEnd where the claim a hedge hedges ends: "are said to [have fled]", "allegedly [took]"; {@code end} when
 *                 nothing follows
 */
public record Claim(Block block, int start, int end, String text, Kind kind, String source, int scopeEnd) {
    public Claim(Block block, int start, int end, String text, Kind kind, String source) {
        this(block, start, end, text, kind, source, end);
    }

    public enum Kind {
        /** "allegedly", "are said to": a claim passed on without its source. */
        HEDGE,
        /** "officials said", "people familiar with the matter". */
        ANONYMOUS,
        /** The speech verb that attributes a report to its subject ("Smith admitted that …"), in the writer's words. */
        ATTRIBUTION_VERB
    }
}
