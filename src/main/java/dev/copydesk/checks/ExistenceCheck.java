package dev.copydesk.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words, phrases or patterns that must not appear: banned words, "our reporter" phrasings,
 * house no-nos. Vale's {@code existence}.
 */
final class ExistenceCheck extends WordCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("existence",
            "Words, phrases or patterns that must not appear (banned words, \"our reporter\"), with exceptions.",
            Settings.class,
            List.of(MessageSpec.of("found", "a listed word, phrase or pattern appears", "text")),
            ExistenceCheck::new);

    /** The parameters of {@code existence}. */
    record Settings(
            @Param(value = "words and phrases to report, matched as whole words, any spacing between words",
                    dflt = "[]") List<String> terms,
            @Param(value = "RE2/J patterns to report (linear time: no lookaround, no backreferences)", dflt = "[]")
            List<Pattern> patterns,
            @Param(value = "phrases in which a match is fine (\"Peking duck\" when \"Peking\" is reported)", dflt = "[]")
            List<String> exceptions,
            @Param(value = "match regardless of case", dflt = "true") boolean ignoreCase,
            @Param(value = "report inside quotation marks too (a quote is the speaker's words)", dflt = "false")
            boolean inQuotes) {
        Settings {
            ParamException.require(!terms.isEmpty() || !patterns.isEmpty(), "terms",
                    "or patterns must list something to report");
        }
    }

    private final Phrases terms;
    private final List<Pattern> patterns = new ArrayList<>();

    private ExistenceCheck(Rule rule, Settings s, CheckContext context) {
        super(rule, TYPE, s.exceptions(), s.ignoreCase(), s.inQuotes(), "found");
        this.terms = new Phrases(s.terms(), s.ignoreCase());
        for (Pattern p : s.patterns()) {
            patterns.add(s.ignoreCase() ? Pattern.compile(p.pattern(), Pattern.CASE_INSENSITIVE) : p);
        }
    }

    @Override
    List<Hit> hits(String text) {
        List<Hit> out = new ArrayList<>();
        for (int[] m : terms.find(text)) {
            out.add(new Hit(m[0], m[1], null));
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Hit(m.start(), m.end(), null));
            }
        }
        return out;
    }

    @Override
    Map<String, Object> values(String text, Hit hit) {
        return Map.of("text", text);
    }
}
