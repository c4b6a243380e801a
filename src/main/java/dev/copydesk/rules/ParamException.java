package dev.copydesk.rules;

/**
 * Thrown by a parameter record's constructor when a value is out of range; {@link ParamBinder}
 * turns it into a {@link RuleFileException} at the place the value was written.
 */
public final class ParamException extends IllegalArgumentException {
    private final String param;

    /**
     * @param param   the record component whose value is wrong
     * @param problem what is wrong, to follow the parameter's name ("must be at least 1")
     */
    public ParamException(String param, String problem) {
        super(problem);
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** Throws when {@code ok} is false. */
    public static void require(boolean ok, String param, String problem) {
        if (!ok) {
            throw new ParamException(param, problem);
        }
    }
}
