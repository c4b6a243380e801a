package dev.copydesk.rules;

import java.util.List;

/**
 * Thrown by a parameter record's constructor when a value is out of range; {@link ParamBinder}
 * turns it into a {@link RuleFileException} at the place the value was written.
 */
public final class ParamException extends IllegalArgumentException {
    private final String param;
    private final List<Object> path;

    /**
     * @param param   the record component whose value is wrong
     * @param problem what is wrong, to follow the parameter's name ("must be at least 1")
     * @param path    where inside the value: list indexes and mapping keys ({@code 2, "variants", 0})
     */
    public ParamException(String param, String problem, Object... path) {
        super(problem);
        this.param = param;
        this.path = List.of(path);
    }

    public String param() {
        return param;
    }

    /** Where inside the parameter's value the problem is: list indexes and mapping keys; empty for the value itself. */
    public List<Object> path() {
        return path;
    }

    /** Throws when {@code ok} is false. */
    public static void require(boolean ok, String param, String problem) {
        if (!ok) {
            throw new ParamException(param, problem);
        }
    }
}
