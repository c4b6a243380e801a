package dev.copydesk.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Plain words and phrases from a rule, found on word boundaries with any run of spaces between
 * words (and a space where the phrase has a hyphen inside a word), ignoring case or not. They are quoted into one RE2/J pattern, so a rule's word list
 * cannot make a slow match, and the longest phrase wins where several start at one place.
 */
final class Phrases {
    private final Pattern pattern;
    private final boolean ignoreCase;

    Phrases(Collection<String> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder(ignoreCase ? "(?i)" : "");
        sb.append("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|");
            String[] words = sorted.get(i).strip().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                sb.append(w == 0 ? "" : "\\s+").append(hyphenOrSpace(words[w]));
            }
        }
        this.pattern = Pattern.compile(sorted.isEmpty() ? "[^\\x00-\\x{10FFFF}]" : sb.append(')').toString());
    }

    /** {@code [start, end)} of every match that stands as a whole word, left to right, not overlapping. */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (wholeWord(text, m.start(), m.end())) {
                out.add(new int[]{m.start(), m.end()});
                from = m.end();
            } else {
                from = m.start() + 1; // "Kiev" in "Kievan": look again just after
            }
        }
        return out;
    }

    /** A word quoted for the pattern, a hyphen inside it matching a space too ("al-Qaeda", "al Qaeda"). */
    private static String hyphenOrSpace(String word) {
        StringBuilder sb = new StringBuilder();
        String[] pieces = word.split("-", -1);
        for (int i = 0; i < pieces.length; i++) {
            sb.append(i == 0 ? "" : "[-\\s]").append(pieces[i].isEmpty() ? "" : Pattern.quote(pieces[i]));
        }
        return sb.toString();
    }

    /**
     * The key a matched text is listed under: spaces and hyphens between words made one space, lower
     * case when case is ignored.
     */
    String key(String matched) {
        String k = matched.strip().replaceAll("(?<=\\S)[-\\s]+(?=\\S)", " ");
        return ignoreCase ? k.toLowerCase(Locale.ROOT) : k;
    }

    /** No letter or digit runs on past either end of a phrase that starts or ends with one. */
    static boolean wholeWord(String text, int start, int end) {
        boolean openEdge = start > 0 && wordChar(text.codePointAt(start)) && wordChar(text.codePointBefore(start));
        boolean closeEdge = end < text.length() && wordChar(text.codePointBefore(end)) && wordChar(text.codePointAt(end));
        return !openEdge && !closeEdge;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
