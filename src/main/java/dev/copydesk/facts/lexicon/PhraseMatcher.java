package dev.copydesk.facts.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
    /**
     * The chars a phrase can start with, folded as the pattern folds them, or null to try every
     * position: a search then tries the pattern's alternatives only where a phrase can start.
     */
    private final Set<Character> starts;

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
        Set<Character> first = new HashSet<>();
        for (String phrase : sorted) {
            char c = phrase.isEmpty() ? ' ' : phrase.charAt(0);
            if (Character.isWhitespace(c) || Character.isSurrogate(c)) {
                first = null; // no plain first char to look for: try every position
                break;
            }
            first.add(c);
            first.add(fold(c));
        }
        this.starts = first;
        this.pattern = sorted.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** [start, end) of every match in the text. */
    public List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (starts == null) {
            while (m.find()) {
                out.add(new int[]{m.start(), m.end()});
            }
            return out;
        }
        // What find() does, start by start, but the pattern is tried only where a phrase may begin: not
        // inside an ASCII word (the pattern's look-behind refuses that) and only at a char a phrase starts with.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean may = (i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1)))
                    && (starts.contains(c) || starts.contains(fold(c)));
            if (may && m.region(i, n).lookingAt()) {
                out.add(new int[]{m.start(), m.end()});
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** A char as the pattern compares it under CASE_INSENSITIVE and UNICODE_CASE. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
