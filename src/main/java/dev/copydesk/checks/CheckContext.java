package dev.copydesk.checks;

import dev.copydesk.facts.lexicon.Lexicons;

/**
 * What a check may need beyond its rule when it is built: the session's lexicons (to read the
 * names and titles a rule lists the way the facts read them in articles).
 */
public record CheckContext(Lexicons lexicons) {
}
