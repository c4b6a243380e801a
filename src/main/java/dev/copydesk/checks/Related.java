package dev.copydesk.checks;

import dev.copydesk.article.Location;

/** Another place in the article that explains a finding ("first reference"). */
public record Related(String text, Location location, String message) {
}
