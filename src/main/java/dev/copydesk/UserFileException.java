package dev.copydesk;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the user gave copydesk that it cannot use: a config, a baseline, a name finder model, a
 * house-names file, a report or baseline to write ({@link dev.copydesk.rules.RuleFileException}
 * for rule files). The message is one line that an editor reads and an editor's error parser
 * understands: {@code file:line:column: problem} where the problem has a place in the file,
 * {@code file: problem} where it is the whole file, with the option that named the file first when
 * it helps ({@code --baseline old.json: no such baseline}). The command line prints it as it is,
 * never with a stack trace, and exits 2. Articles that cannot be read are not this:
 * {@link dev.copydesk.source.InputException} makes them one result of a run that goes on.
 */
public class UserFileException extends RuntimeException {
    private final String option;
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem with the whole file. */
    public UserFileException(Path file, String problem) {
        this(null, file.toString(), 0, 0, problem);
    }

    /**
     * @param file    the file as the user named it (or as copydesk names a built-in one)
     * @param line    1-based line, or 0 when the problem is the whole file
     * @param column  1-based column, or 0 with line 0
     * @param problem what is wrong, in the words of the file's reader ("unknown config key 'colour'")
     */
    public UserFileException(String file, int line, int column, String problem) {
        this(null, file, line, column, problem);
    }

    protected UserFileException(String option, String file, int line, int column, String problem) {
        super(message(option, file, line, column, problem));
        this.option = option;
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with a file a command-line option named: the message begins with the option. */
    public static UserFileException named(String option, Path file, String problem) {
        return new UserFileException(Objects.requireNonNull(option, "option"), file.toString(), 0, 0, problem);
    }

    private static String message(String option, String file, int line, int column, String problem) {
        return (option == null ? "" : option + " ") + where(file, line, column) + ": " + problem;
    }

    private static String where(String file, int line, int column) {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** The file the problem is in, as the user named it. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it is the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it is the whole file. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** {@code file:line:column}, or {@code file} when the problem is the whole file. */
    public String where() {
        return where(file, line, column);
    }

    /** The option that named the file, or null. */
    protected String option() {
        return option;
    }
}
