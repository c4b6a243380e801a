package dev.copydesk.rules;

import dev.copydesk.UserFileException;
import java.nio.file.Path;

/**
 * A rule that cannot be used: a problem in a rule file (a rule folder that cannot be listed, the
 * file's YAML, a rule's keys, type, messages or parameters), or in a rule's parameters where a
 * config sets them ({@code params:}). The message is {@code path:line:column: what is wrong}.
 * Problems with other files the user gives are the general {@link UserFileException}.
 */
public final class RuleFileException extends UserFileException {
    /** A problem with the whole rule file or folder. */
    public RuleFileException(Path file, String problem) {
        this(file.toString(), 0, 0, problem);
    }

    /** A problem at a line and column (0 and 0 for the whole file). */
    public RuleFileException(String file, int line, int column, String problem) {
        super(file, line, column, problem);
    }

    /** A problem with the value (or key) {@code node}, at its place. */
    public static RuleFileException at(YamlNode node, String problem) {
        return new RuleFileException(node.file(), node.line(), node.column(), problem);
    }

    /**
     * The same problem as a rule file's: what the reader of any YAML or settings file found wrong
     * ("not valid YAML", "expected a list") is, in a rule file, a rule-file problem.
     */
    static RuleFileException of(UserFileException e) {
        return e instanceof RuleFileException r ? r : new RuleFileException(e.file(), e.line(), e.column(), e.problem());
    }

    /**
     * The same problem told by position only: for a file that a config's {@code rules:} reaches
     * outside its own folder, whose contents are not the repository's to print (a CI log is public).
     */
    public RuleFileException withoutContents(String reason) {
        return new RuleFileException(file(), line(), column(), "not a valid rule file (the details are not shown: "
                + reason + ")");
    }
}
