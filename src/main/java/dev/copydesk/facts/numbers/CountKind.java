package dev.copydesk.facts.numbers;

/** What a count counts. */
public enum CountKind {
    KILLED("killed"), INJURED("injured"), MISSING("missing"), ARRESTED("arrested"), VOTES("votes"),
    JOBS_CUT("jobs cut"), JOBS_ADDED("jobs created"), PAID("paid");

    private final String label;

    CountKind(String label) {
        this.label = label;
    }

    /** In words, for messages and {@code entities}: "killed", "jobs cut". */
    public String label() {
        return label;
    }
}
