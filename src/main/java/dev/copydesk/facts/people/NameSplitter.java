package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.lexicon.SurnameOrigin;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name into given name and surname: the last word with the particles before it ("van der
 * Berg"), or the first for names written surname first ("Lee Jae-myung", "Xi Jinping"). The
 * people extraction uses it for names in copy; house-name lists use it for the names they list,
 * so both are read alike.
 */
public final class NameSplitter {
    private final Lexicons lex;

    public NameSplitter(Lexicons lex) {
        this.lex = lex;
    }

    /** A name written as one string of words ("Bashar al-Assad"). */
    public PersonName split(String name) {
        return split(Arrays.asList(name.strip().split("\\s+")));
    }

    public PersonName split(List<String> parts) {
        String surname;
        String given;
        if (surnameFirst(parts)) {
            surname = parts.get(0); // "Lee Jae-myung": Mr. Lee
            given = String.join(" ", parts.subList(1, parts.size()));
        } else {
            int surnameFrom = surnameStart(parts);
            surname = String.join(" ", parts.subList(surnameFrom, parts.size()));
            given = surnameFrom == 0 ? null : String.join(" ", parts.subList(0, surnameFrom));
        }
        return new PersonName(parts, given, surname, surnameKey(surname));
    }

    /**
     * Index of the first surname part: the last part, with the particles before it ("van der Berg"). A
     * particle that opens the name and is also a common given name is the given name: "Ben Affleck", but
     * "Zine El Abidine Ben Ali".
     */
    private int surnameStart(List<String> parts) {
        int from = parts.size() - 1;
        while (from > 0 && lex.isParticle(parts.get(from - 1))
                && !(from == 1 && lex.isCommonGivenName(parts.get(0)))) {
            from--;
        }
        return from;
    }

    /** "Lee Jae-myung", "Xi Jinping", "Nguyen Van Thieu": the surname is written first. */
    boolean surnameFirst(List<String> parts) {
        if (parts.size() < 2 || parts.size() > 3) {
            return false;
        }
        SurnameOrigin origin = lex.surnameFirstOrigin(parts.get(0));
        if (origin == null) {
            return false;
        }
        String second = parts.get(1);
        boolean hyphenated = second.matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
        if (origin == SurnameOrigin.KOREAN) {
            // "Lee Jae-myung", or the given name in two syllables: "Yoon Suk Yeol", "Kim Jong Un"
            return hyphenated ? parts.size() == 2
                    : parts.size() == 3 && KOREAN_SYLLABLE.matcher(second).matches()
                    && KOREAN_SYLLABLE.matcher(parts.get(2)).matches();
        }
        return hyphenated || !lex.isGivenName(second);
    }

    /** The given name after an East Asian surname is written in syllables of pinyin or romanised Korean. */
    boolean romanisedEastAsian(List<String> parts) {
        SurnameOrigin origin = lex.surnameFirstOrigin(parts.get(0));
        for (String p : parts.subList(1, parts.size())) {
            for (String piece : p.split("-")) {
                boolean ok = origin == SurnameOrigin.KOREAN ? KOREAN_SYLLABLE.matcher(piece).matches() : PINYIN_WORD.matcher(piece).matches();
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A given name of one or two pinyin syllables: "Yiming", "Jinping", "Qiang", "Na". */
    static final java.util.regex.Pattern PINYIN_WORD;

    static {
        String syllable = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong"
                + "|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|v)";
        PINYIN_WORD = java.util.regex.Pattern.compile("(?i)" + syllable + "(?:" + syllable + ")?");
    }

    /** One syllable of romanised Korean, capitalised: "Suk", "Yeol", "Jong", "Un". */
    private static final java.util.regex.Pattern KOREAN_SYLLABLE = java.util.regex.Pattern.compile(
            "(?i)(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeiou])(?:ng|[kntlmpgb])?");

    /** "al-Ayoubi" → "ayoubi", "van Beethoven" → "beethoven": the part that stays when a surname is shortened. */
    public String surnameKey(String surname) {
        String s = surname.toLowerCase(Locale.ROOT);
        if (s.length() > 3 && s.endsWith(".") && Character.isLetter(s.charAt(s.length() - 3))) {
            s = s.substring(0, s.length() - 1); // "Yahoo." at a sentence end, not an initial
        }
        String[] words = s.split(" ");
        String last = words[words.length - 1];
        int dash = last.indexOf('-');
        while (dash > 0 && lex.isParticle(last.substring(0, dash))) {
            last = last.substring(dash + 1);
            dash = last.indexOf('-');
        }
        return last;
    }
}
