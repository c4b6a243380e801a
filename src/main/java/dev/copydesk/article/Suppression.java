package dev.copydesk.article;

import java.util.Set;

/**
 * An editor's instruction in the article to silence rules over a stretch of it:
 * {@code <!-- copydesk-disable RULE -->} … {@code <!-- copydesk-enable -->},
 * {@code <!-- copydesk-disable-next RULE -->} (the next block), or a {@code data-copydesk-ignore}
 * attribute (its element).
 *
 * @param rules     rule ids it silences; empty for every rule
 * @param from      first source position covered
 * @param to        source position where the cover ends (exclusive)
 * @param directive the directive as written, for reporting a suppression that matched nothing
 * @param at        where the directive is
 */
public record Suppression(Set<String> rules, Position from, Position to, String directive, Location at) {

    /** A 1-based line and column in the source. */
    public record Position(int line, int column) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
        }
    }

    public Suppression {
        rules = Set.copyOf(rules);
    }

    /** True when it silences {@code rule} at {@code [start, end)}. */
    public boolean covers(String rule, Position start) {
        return (rules.isEmpty() || rules.contains(rule)) && start.compareTo(from) >= 0 && start.compareTo(to) < 0;
    }
}
