package dev.copydesk.facts.lexicon;

import java.util.Locale;

/** Where a surname written before the given name comes from (surname-first.txt): its given names are read differently. */
public enum SurnameOrigin {
    CHINESE, KOREAN, VIETNAMESE,
    /** An origin a newsroom's own list names that copydesk has no rule for: read like Chinese and Vietnamese. */
    OTHER;

    /** The origin a lexicon line gives ("korean"); {@link #OTHER} for one not listed here. */
    static SurnameOrigin of(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "chinese" -> CHINESE;
            case "korean" -> KOREAN;
            case "vietnamese" -> VIETNAMESE;
            default -> OTHER;
        };
    }
}
