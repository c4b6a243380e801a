package dev.copydesk.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's measure: lower-cased word tokens, every run of four consecutive
 * tokens a shingle (a multiset), precision and recall of the predicted shingles against the
 * expected ones.
 */
record ShingleScore(double precision, double recall, int predicted, int expected) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static ShingleScore of(String predicted, String expected) {
        Map<String, Integer> p = shingles(predicted);
        Map<String, Integer> e = shingles(expected);
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int ne = e.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (Map.Entry<String, Integer> x : p.entrySet()) {
            shared += Math.min(x.getValue(), e.getOrDefault(x.getKey(), 0));
        }
        // An empty side is perfect only when both are empty.
        double precision = np == 0 ? (ne == 0 ? 1 : 0) : (double) shared / np;
        double recall = ne == 0 ? (np == 0 ? 1 : 0) : (double) shared / ne;
        return new ShingleScore(precision, recall, np, ne);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 4 <= t.size(); i++) {
            out.merge(String.join(" ", t.subList(i, i + 4)), 1, Integer::sum);
        }
        if (t.size() > 0 && t.size() < 4) {
            out.merge(String.join(" ", t), 1, Integer::sum);
        }
        return out;
    }
}
