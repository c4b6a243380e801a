package dev.copydesk.facts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static final Set<String> PHRASES = Set.of("allegedly", "reportedly", "is said to", "are said to",
            "sources said", "people familiar with the matter", "İstanbul officials", "a", "über");

    private static List<String> found(PhraseMatcher m, String text) {
        List<String> out = new ArrayList<>();
        for (int[] r : m.find(text)) {
            out.add(r[0] + "-" + r[1]);
        }
        return out;
    }

    @Test
    void findsPhrasesOnWordBoundariesInAnyCaseWithAnySpaces() {
        PhraseMatcher m = new PhraseMatcher(PHRASES);
        assertEquals(List.of("4-13", "14-24"), found(m, "He  allegedly REPORTEDLY fled."));
        assertEquals(List.of("0-11"), found(m, "Is  said\tto have"));
        assertEquals(List.of(), found(m, "unallegedly allegedlyx 1allegedly éallegedly"));
        assertEquals(List.of("0-1", "2-11"), found(m, "a allegedly"));
        assertEquals(List.of("6-10"), found(m, "grand über-plan"), "a non-ASCII first letter, folded");
        assertEquals(List.of("0-4"), found(m, "ÜBER alles"));
    }

    /** The search tries fewer start positions than Matcher.find, with the same matches: checked against it. */
    @Test
    void findsWhatAPlainSearchOfThePatternFinds() {
        List<String> sorted = new ArrayList<>(PHRASES);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i > 0 ? "|" : "");
            String[] words = sorted.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                sb.append(w > 0 ? "\\s+" : "").append(Pattern.quote(words[w]));
            }
        }
        Pattern plain = Pattern.compile(sb + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        PhraseMatcher m = new PhraseMatcher(PHRASES);
        String[] pieces = {"allegedly", "ALLEGEDLY", "is", "said", "to", "are", "sources", "a", "A", "über", "ÜBER",
            "istanbul", "İstanbul", "officials", "people", "familiar", "with", "the", "matter", "x", "é", "1", "-", ",",
            "\"", " ", "  ", "\t", "\n", "𝔸"};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            List<String> expected = new ArrayList<>();
            Matcher x = plain.matcher(text);
            while (x.find()) {
                expected.add(x.start() + "-" + x.end());
            }
            assertEquals(expected, found(m, text.toString()), text.toString());
        }
    }
}
