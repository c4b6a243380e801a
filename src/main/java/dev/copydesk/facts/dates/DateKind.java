package dev.copydesk.facts.dates;

/** What kind of temporal expression a date mention is. */
public enum DateKind {
    /** A calendar day: "Feb. 4, 2012", "4 February", "2012-02-04". */
    DATE,
    /** A span of days: "Feb. 4-6". */
    RANGE,
    /** A weekday alone: "on Monday", "next Tuesday". */
    WEEKDAY,
    /** A month: "in March", "March 2011". */
    MONTH,
    /** A year: "in 2011". */
    YEAR,
    /** Relative to publication or to the previous date: "yesterday", "last week", "two days later". */
    RELATIVE
}
