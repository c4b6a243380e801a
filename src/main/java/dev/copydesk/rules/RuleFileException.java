package dev.copydesk.rules;

/** A rule file that cannot be used; the message is {@code path:line:column: what is wrong}. */
public final class RuleFileException extends RuntimeException {
    public RuleFileException(String message) {
        super(message);
    }

    public static RuleFileException at(YamlNode node, String problem) {
        return new RuleFileException(node.where() + ": " + problem);
    }
}
