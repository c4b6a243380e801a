package dev.copydesk.results;

import dev.copydesk.facts.Facts;

/**
 * What was read from one input (headline, people, dates, quotes), or the reason nothing was:
 * the result of {@code copydesk entities}.
 *
 * @param path  the input as given
 * @param facts everything extracted, or null when the input could not be read
 * @param error why the input could not be read, or null
 */
public record Extraction(String path, Facts facts, String error) {
}
