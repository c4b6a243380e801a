package dev.copydesk.article;

import java.util.List;

/**
 * A site's own hints for extraction, from its config file.
 *
 * @param bodySelector    CSS selector of the story container, or null to find it by paragraph density
 * @param ignoreSelectors CSS selectors of site furniture to drop before extraction
 */
public record ExtractionOptions(String bodySelector, List<String> ignoreSelectors) {
    public static final ExtractionOptions DEFAULT = new ExtractionOptions(null, List.of());

    public ExtractionOptions {
        ignoreSelectors = List.copyOf(ignoreSelectors);
    }
}
