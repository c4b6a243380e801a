package dev.copydesk.facts.numbers;

import java.util.Locale;
import java.util.Map;

/** Numbers as copy writes them: figures ("1,200", "2.5"), words ("twelve", "twenty-one"), and a scale ("million"). */
final class Numerals {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9, "k", 1e3);

    /** A number in words, one to ninety-nine (regex alternation, longest first). */
    static final String WORDS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five"
            + "|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten)";
    /** A number in figures: "1,200", "12", "2.5". */
    static final String FIGURES = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    /** A number in figures or words, with an optional scale word ("1.2 million", "two hundred"). */
    static final String NUMBER = "(?:" + FIGURES + "|" + WORDS + ")(?:\\s+(?:hundred|thousand|million|billion|trillion)\\b"
            + "|(?:m|bn|k)\\b)?";

    private Numerals() {
    }

    /** The value of {@code text} (one of the forms above, any case), or NaN when it is none. */
    static double value(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        double scale = 1;
        for (Map.Entry<String, Double> e : SCALES.entrySet()) {
            String k = e.getKey();
            if (s.endsWith(k) && s.length() > k.length()) {
                String head = s.substring(0, s.length() - k.length());
                boolean word = k.length() > 2;
                if (word ? Character.isWhitespace(head.charAt(head.length() - 1)) : Character.isDigit(head.charAt(head.length() - 1))) {
                    scale = e.getValue();
                    s = head.strip();
                    break;
                }
            }
        }
        double base = base(s);
        return Double.isNaN(base) ? base : base * scale;
    }

    private static double base(String s) {
        if (s.matches(FIGURES)) {
            return Double.parseDouble(s.replace(",", ""));
        }
        String[] parts = s.split("-");
        int tens = indexOf(TENS, parts[0]);
        if (parts.length == 2 && tens >= 2) {
            int unit = indexOf(SMALL, parts[1]);
            return unit >= 1 && unit <= 9 ? tens * 10 + unit : Double.NaN;
        }
        if (parts.length == 1) {
            if (tens >= 2) {
                return tens * 10;
            }
            int small = indexOf(SMALL, parts[0]);
            return small >= 0 ? small : Double.NaN;
        }
        return Double.NaN;
    }

    private static int indexOf(String[] words, String w) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(w)) {
                return i;
            }
        }
        return -1;
    }

    /** The value as copy would write it: "12", "2.5", "1,200". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "");
    }
}
