package dev.copydesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Rejoins sentences that the UD sentence model splits after a title abbreviation: it ends a
 * sentence at "Sen." in "Sen. Park said", at "Gov." and "Lt. Gen.", and at initials ("George H.W. Bush").
 */
final class SentenceRepair {
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "mx.", "dr.", "st.", "gov.", "sen.",
            "rep.", "gen.", "lt.", "col.", "capt.", "sgt.", "cpl.", "adm.", "prof.", "rev.", "fr.", "maj.", "cmdr.",
            "supt.", "atty.", "pres.", "msgr.", "hon.", "brig.", "gens.", "reps.", "sens.", "mt.", "ft.", "no.", "vs.",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "ald.",
            "insp.", "det.", "sec.", "amb.", "lt.gov.", "u.s.", "u.k.", "u.n.", "mon.", "tue.", "tues.", "wed.", "thu.",
            "thur.", "thurs.", "fri.", "sat.", "sun.");

    private SentenceRepair() {
    }

    static List<Span> merge(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && endsInAbbreviation(text, out.get(out.size() - 1), s)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The last whitespace-separated word of {@code text[start, end)}, read from its end (a merged span can be long). */
    private static String lastWord(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > start && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s == e || e - s > 40 ? null : text.substring(s, e);
    }

    private static boolean endsInAbbreviation(String text, Span prev, Span next) {
        String last = lastWord(text, prev.getStart(), prev.getEnd());
        if (last == null) {
            return false;
        }
        last = last.replaceAll("[,;]+$", ""); // "Tues.," — the model also splits after the comma
        String word = last.substring(last.lastIndexOf('(') + 1).toLowerCase(Locale.ROOT);
        char first = text.charAt(next.getStart());
        if (word.equals("u.s.") || word.equals("u.k.") || word.equals("u.n.") || word.equals("no.")) {
            return Character.isLowerCase(first) || Character.isDigit(first); // "the U.S. embassy", "No. 10"
        }
        if (last.matches("(\\p{Lu}\\.){1,3}")) {
            return Character.isUpperCase(first); // "George W. Bush", "George H.W. Bush"
        }
        return ABBREVIATIONS.contains(word);
    }
}
