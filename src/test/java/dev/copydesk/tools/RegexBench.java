package dev.copydesk.tools;

import dev.copydesk.TestSupport;
import dev.copydesk.checks.Check;
import dev.copydesk.facts.Facts;

/**
 * Benchmark for bench/regex/run.sh (not a test): an existence rule with the pattern {@code (a+)+$},
 * exponential for a backtracking engine without memoisation, run by RE2/J on runs of a's from
 * 0.5 to 4 MB: the time per megabyte stays flat.
 */
public final class RegexBench {
    private RegexBench() {
    }

    public static void main(String[] args) {
        Check check = TestSupport.runawayPatternRule();
        System.out.println("existence rule with the pattern (a+)+$ on RE2/J (median of 7 runs, warm):");
        for (int kb : new int[]{512, 1024, 2048, 4096}) {
            String run = "a".repeat(kb * 1024);
            Facts miss = TestSupport.wordFacts(run + "!");
            Facts hit = TestSupport.wordFacts("!" + run);
            long missNs = median(() -> check.run(miss));
            long hitNs = median(() -> check.run(hit));
            System.out.printf("  %5d KB: no match %7.1f ms (%5.1f ms/MB), one match of %7d chars %7.1f ms (%5.1f ms/MB)%n",
                    kb, missNs / 1e6, missNs / 1e6 / (kb / 1024.0), check.run(hit).get(0).text().length(), hitNs / 1e6,
                    hitNs / 1e6 / (kb / 1024.0));
        }
    }

    private static long median(Runnable r) {
        long[] t = new long[7];
        r.run();
        r.run();
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2];
    }
}
