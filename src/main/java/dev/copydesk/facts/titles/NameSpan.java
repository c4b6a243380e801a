package dev.copydesk.facts.titles;

/**
 * Where a name sits among a sentence's tokens, for finding the title around it.
 *
 * @param runStart   index of the first token of the capitalised run, leading titles included ("President")
 * @param firstToken index of the first token of the name itself
 * @param endToken   index just past the name
 * @param titled     the run itself starts with a title or courtesy title ("Sen. Park", "Mr. Park")
 */
public record NameSpan(int runStart, int firstToken, int endToken, boolean titled) {
}
