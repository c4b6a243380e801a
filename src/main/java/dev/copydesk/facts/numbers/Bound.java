package dev.copydesk.facts.numbers;

/** What a number says about the real value: exactly it, or a bound ("at least 12"), or roughly it ("about 12"). */
public enum Bound {
    EXACT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, APPROXIMATE;

    /** The smallest value the statement allows. */
    public double low(double v) {
        return switch (this) {
            case EXACT, AT_LEAST -> v;
            case MORE_THAN -> Math.nextUp(v);
            case AT_MOST, LESS_THAN -> Double.NEGATIVE_INFINITY;
            case APPROXIMATE -> Double.NEGATIVE_INFINITY;
        };
    }

    /** The largest value the statement allows. */
    public double high(double v) {
        return switch (this) {
            case EXACT, AT_MOST -> v;
            case LESS_THAN -> Math.nextDown(v);
            case AT_LEAST, MORE_THAN, APPROXIMATE -> Double.POSITIVE_INFINITY;
        };
    }
}
