package dev.copydesk.checks;

import dev.copydesk.article.Location;
import dev.copydesk.article.Span;

/**
 * Another place in the article that explains a finding ("first reference").
 *
 * @param text     the words there
 * @param location where they are in the source file
 * @param message  what they are to the finding ("full name first given here")
 * @param span     where they are in the article's blocks
 */
public record Related(String text, Location location, String message, Span span) {
}
