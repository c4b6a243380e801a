package dev.copydesk.facts.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds literal phrases from a word list, case-insensitively, on word boundaries, with any run
 * of spaces between words. Phrases are quoted, so a lexicon entry can never make a slow regex.
 */
public final class PhraseMatcher {
    private final Pattern pattern;

    public PhraseMatcher(Set<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    sb.append("\\s+");
                }
                sb.append(Pattern.quote(words[w]));
            }
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        this.pattern = sorted.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** [start, end) of every match in the text. */
    public List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }
}
