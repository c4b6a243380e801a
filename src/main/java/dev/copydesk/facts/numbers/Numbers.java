package dev.copydesk.facts.numbers;

import java.util.List;

/**
 * The numbers a copy editor checks: people's ages and years of birth, and counts of the dead,
 * the injured, arrests, votes, jobs and prices.
 */
public record Numbers(List<Age> ages, List<Birth> births, List<Count> counts) {
    public static final Numbers NONE = new Numbers(List.of(), List.of(), List.of());

    public Numbers {
        ages = List.copyOf(ages);
        births = List.copyOf(births);
        counts = List.copyOf(counts);
    }
}
