package dev.copydesk.facts.dates;

/** The tense of the clause a date sits in, as far as word forms tell it (UD tags carry no tense). */
public enum Tense {
    PAST, PRESENT, FUTURE,
    /** "would come back to it on Wednesday": ahead of when it was said, which may be before publication. */
    FUTURE_IN_PAST
}
