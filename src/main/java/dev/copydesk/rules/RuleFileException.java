package dev.copydesk.rules;

/** A rule file that cannot be used; the message is {@code path:line:column: what is wrong}. */
public final class RuleFileException extends RuntimeException {
    /** The file the problem is in and where, when known (null, 0, 0 otherwise). */
    private final String file;
    private final int line;
    private final int column;

    public RuleFileException(String message) {
        this(message, null, 0, 0);
    }

    RuleFileException(String message, String file, int line, int column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public static RuleFileException at(YamlNode node, String problem) {
        return new RuleFileException(node.where() + ": " + problem, node.file(), node.line(), node.column());
    }

    /** The file the problem is in, or null when the message is not about a place in a file. */
    public String file() {
        return file;
    }

    /**
     * The same problem told by position only: for a file that a config's {@code rules:} reaches
     * outside its own folder, whose contents are not the repository's to print (a CI log is public).
     */
    public RuleFileException withoutContents(String reason) {
        return new RuleFileException(file + ":" + line + ":" + column + ": not a valid rule file (the details are "
                + "not shown: " + reason + ")", file, line, column);
    }
}
