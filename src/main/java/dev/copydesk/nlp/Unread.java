package dev.copydesk.nlp;

import dev.copydesk.article.Block;

/**
 * Where the analysis of an over-long article stopped ({@link Limits#MAX_ARTICLE_CHARS}).
 *
 * @param block the block in which reading stopped
 * @param at    the char offset in that block from which nothing was read
 */
public record Unread(Block block, int at) {
}
