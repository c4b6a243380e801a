package dev.copydesk.checks;

import dev.copydesk.rules.Category;
import java.util.List;
import java.util.Set;

/**
 * One situation a check type reports, with the placeholders its message can use. A rule words it
 * under {@code messages.<id>}, or lets {@code message} cover it.
 *
 * @param id           the message id ("former-dropped")
 * @param when         when it is reported, in a few words, for the rule reference
 * @param modes        the modes that report it (their YAML names); empty for every mode
 * @param placeholders what the check fills for it
 * @param category     the category its findings are reported under, or null for the rule's own
 */
public record MessageSpec(String id, String when, Set<String> modes, List<String> placeholders, Category category) {
    public MessageSpec {
        modes = Set.copyOf(modes);
        placeholders = List.copyOf(placeholders);
    }

    /** A message every mode of the type may report, under the rule's category. */
    public static MessageSpec of(String id, String when, String... placeholders) {
        return new MessageSpec(id, when, Set.of(), List.of(placeholders), null);
    }

    /** The same message, reported only in {@code mode}. */
    public MessageSpec inMode(String... mode) {
        return new MessageSpec(id, when, Set.of(mode), placeholders, category);
    }

    /** The same message, reported under {@code c} whatever the rule's category. */
    public MessageSpec under(Category c) {
        return new MessageSpec(id, when, modes, placeholders, c);
    }
}
