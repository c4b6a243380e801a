package dev.copydesk.facts.quotes;

import dev.copydesk.article.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a span of a block lies inside one of the article's quotes, answered by a binary search:
 * a check asks it for every mention, and a paragraph of thousands of quotes must not make that
 * quadratic.
 */
public final class QuoteCover {
    /** Per block: quote starts in order, and the furthest end of any quote starting at or before each. */
    private record Ranges(int[] starts, int[] maxEnds) {
    }

    private final Map<Block, Ranges> byBlock = new IdentityHashMap<>();

    public QuoteCover(List<Quote> quotes) {
        Map<Block, List<Quote>> grouped = new IdentityHashMap<>();
        for (Quote q : quotes) {
            grouped.computeIfAbsent(q.block(), b -> new ArrayList<>()).add(q);
        }
        grouped.forEach((block, list) -> {
            list.sort(Comparator.comparingInt(Quote::start));
            int[] starts = new int[list.size()];
            int[] maxEnds = new int[list.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < list.size(); i++) {
                starts[i] = list.get(i).start();
                furthest = Math.max(furthest, list.get(i).end());
                maxEnds[i] = furthest;
            }
            byBlock.put(block, new Ranges(starts, maxEnds));
        });
    }

    /** Whether some quote of {@code block} has start ≤ {@code start} and end ≥ {@code end}. */
    public boolean covers(Block block, int start, int end) {
        Ranges r = byBlock.get(block);
        if (r == null) {
            return false;
        }
        int lo = 0;
        int hi = r.starts().length; // first quote starting after `start`
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r.starts()[mid] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && r.maxEnds()[lo - 1] >= end;
    }
}
