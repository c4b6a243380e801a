package dev.copydesk.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An unwanted word or phrase with the house's preferred one ("Kiev" → "Kyiv", "utilize" →
 * "use"), suggested in the writer's capitalisation. Vale's {@code substitution}.
 */
final class SubstitutionCheck extends WordCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("substitution",
            "An unwanted word or phrase where the house prefers another; suggests the preferred one in the writer's "
                    + "capitalisation.",
            Settings.class,
            List.of(MessageSpec.of("swap", "an unwanted word, phrase or pattern appears", "text", "preferred")),
            SubstitutionCheck::new);

    /** The parameters of {@code substitution}. */
    record Settings(
            @Param(value = "unwanted word or phrase → preferred one, matched as whole words, any spacing between words",
                    dflt = "{}") Map<String, String> swap,
            @Param(value = "RE2/J pattern → preferred text, for what plain words cannot say", dflt = "{}")
            Map<Pattern, String> patterns,
            @Param(value = "phrases in which a match is fine (\"Peking duck\" when \"Peking\" is swapped)", dflt = "[]")
            List<String> exceptions,
            @Param(value = "match regardless of case (the suggestion then takes the writer's capitalisation)",
                    dflt = "true") boolean ignoreCase,
            @Param(value = "report inside quotation marks too (spellings, not wordings, apply to quotes)", dflt = "false")
            boolean inQuotes) {
        Settings {
            ParamException.require(!swap.isEmpty() || !patterns.isEmpty(), "swap", "or patterns must list something to swap");
        }
    }

    private final Phrases unwanted;
    private final Map<String, String> preferred = new LinkedHashMap<>();
    private final Map<Pattern, String> patterns = new LinkedHashMap<>();
    private final boolean ignoreCase;

    private SubstitutionCheck(Rule rule, Settings s, CheckContext context) {
        super(rule, TYPE, s.exceptions(), s.ignoreCase(), s.inQuotes(), "swap");
        this.ignoreCase = s.ignoreCase();
        this.unwanted = new Phrases(s.swap().keySet(), s.ignoreCase());
        s.swap().forEach((k, v) -> preferred.put(unwanted.key(k.strip()), v));
        s.patterns().forEach((p, v) -> patterns.put(s.ignoreCase() ? Pattern.compile(p.pattern(), Pattern.CASE_INSENSITIVE) : p, v));
    }

    @Override
    List<Hit> hits(String text) {
        List<Hit> out = new ArrayList<>();
        for (int[] m : unwanted.find(text)) {
            String want = preferred.get(unwanted.key(text.substring(m[0], m[1])));
            add(out, text, m[0], m[1], want);
        }
        for (Map.Entry<Pattern, String> e : patterns.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                add(out, text, m.start(), m.end(), e.getValue());
            }
        }
        return out;
    }

    /** A hit, unless the text already reads as the suggestion ("Kim Jong Un" matches "Kim Jong-un" loosely). */
    private void add(List<Hit> out, String text, int start, int end, String want) {
        String suggestion = suggestion(text, start, end, want);
        if (!text.substring(start, end).equals(suggestion)) {
            out.add(new Hit(start, end, suggestion));
        }
    }

    @Override
    Map<String, Object> values(String text, Hit hit) {
        return Map.of("text", text, "preferred", hit.suggestion());
    }

    private String suggestion(String text, int start, int end, String want) {
        return ignoreCase ? inWritersCase(text.substring(start, end), want, sentenceStart(text, start)) : want;
    }

    /**
     * The preferred term in the writer's capitalisation: all capitals stay all capitals ("KIEV" →
     * "KYIV"); a capital first letter carries over to a lower-case word ("Utilize" → "Use"), and to
     * a name the house writes lower case ("al-Qaida") only at the start of a sentence; otherwise the
     * house's own spelling.
     */
    static String inWritersCase(String written, String want, boolean sentenceStart) {
        long letters = written.codePoints().filter(Character::isLetter).count();
        if (letters >= 2 && written.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return want.toUpperCase(Locale.ROOT);
        }
        boolean writtenCapital = !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
        boolean wantLower = !want.isEmpty() && Character.isLowerCase(want.codePointAt(0));
        boolean plainWord = want.codePoints().noneMatch(Character::isUpperCase);
        if (writtenCapital && wantLower && (plainWord || sentenceStart)) {
            return want.substring(0, 1).toUpperCase(Locale.ROOT) + want.substring(1);
        }
        return want;
    }

    /** Nothing but quotation marks, brackets or spaces since the block's start or a sentence's end. */
    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“‘([—–-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
