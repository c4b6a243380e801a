package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.quotes.Claim;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.facts.quotes.QuoteSpans;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleFileException;
import dev.copydesk.rules.Severity;
import dev.copydesk.rules.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Who said so?", by {@code mode}: a full quote with no speaker ({@code orphan-quote}); an
 * agentless allegation with no source nearby ({@code unsourced-allegation}); unnamed sourcing
 * ({@code anonymous-source}); an attribution verb that is not neutral ({@code loaded-verb}).
 */
final class AttributionCheck extends RuleCheck {
    static final Set<String> PARAMS = Set.of("mode", "includeHeadline", "includeCaptions", "inheritedSeverity", "verbs");
    static final Set<String> PLACEHOLDERS = Set.of("quote", "reason", "phrase", "verb", "speaker");
    static final Set<String> MESSAGE_IDS = Set.of("orphan", "inherited", "unsourced", "anonymous", "loaded");
    private static final Map<String, String> CONNOTATION = Map.ofEntries(
            Map.entry("claimed", "doubt"), Map.entry("claims", "doubt"), Map.entry("claim", "doubt"),
            Map.entry("admitted", "a confession"), Map.entry("admits", "a confession"), Map.entry("admit", "a confession"),
            Map.entry("conceded", "a grudging confession"), Map.entry("concedes", "a grudging confession"),
            Map.entry("confessed", "guilt"), Map.entry("confesses", "guilt"),
            Map.entry("insisted", "stubbornness against the facts"), Map.entry("insists", "stubbornness against the facts"),
            Map.entry("alleged", "doubt"), Map.entry("revealed", "a secret"), Map.entry("boasted", "vanity"),
            Map.entry("complained", "grievance"), Map.entry("admitting", "a confession"), Map.entry("claiming", "doubt"));

    private enum Mode { ORPHAN, UNSOURCED, ANONYMOUS, LOADED }

    private static final Map<String, Mode> MODES = modes();

    private static Map<String, Mode> modes() {
        Map<String, Mode> m = new java.util.LinkedHashMap<>();
        m.put("orphan-quote", Mode.ORPHAN);
        m.put("unsourced-allegation", Mode.UNSOURCED);
        m.put("anonymous-source", Mode.ANONYMOUS);
        m.put("loaded-verb", Mode.LOADED);
        return m;
    }

    private final Mode mode;
    private final boolean includeHeadline;
    private final boolean includeCaptions;
    private final Severity inheritedSeverity;
    private final Set<String> verbs;

    AttributionCheck(Rule rule) {
        super(rule);
        this.mode = mode(rule, MODES);
        this.includeHeadline = boolParam(rule, "includeHeadline", false);
        this.includeCaptions = boolParam(rule, "includeCaptions", false);
        this.inheritedSeverity = severityParam(rule, "inheritedSeverity", Severity.INFO);
        YamlNode v = rule.param("verbs");
        this.verbs = v == null ? Set.of("claimed", "claims", "admitted", "admits", "conceded", "concedes", "confessed",
                "insisted", "insists") : Set.copyOf(v.texts().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public List<Finding> run(Facts facts) {
        return switch (mode) {
            case ORPHAN -> orphans(facts);
            case UNSOURCED -> claims(facts, Claim.Kind.HEDGE);
            case ANONYMOUS -> claims(facts, Claim.Kind.ANONYMOUS);
            case LOADED -> loaded(facts);
        };
    }

    private boolean counts(BlockKind kind) {
        return kind.isBody() || (kind == BlockKind.HEADLINE && includeHeadline)
                || (kind == BlockKind.CAPTION && includeCaptions);
    }

    private List<Finding> orphans(Facts facts) {
        Article a = facts.article();
        List<Finding> out = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            if (!q.full() || !counts(q.block().kind())) {
                continue;
            }
            boolean inherited = q.speaker() != null && q.speaker().how().equals("previous paragraph");
            if (q.speaker() != null && !inherited) {
                continue;
            }
            Map<String, Object> v = new HashMap<>();
            v.put("quote", opening(q.text()));
            v.put("speaker", q.speaker() == null ? "" : midSentence(q.speaker().name()));
            v.put("reason", q.note() == null ? "no 'said', 'told' or 'according to' names anyone in its sentence "
                    + "or the sentences next to it" : q.note());
            v.put("phrase", "");
            v.put("verb", "");
            int end = Math.min(q.end(), q.block().text().length());
            Finding f = finding(a, q.block(), q.start(), end, inherited ? "inherited" : "orphan", v, null, List.of());
            out.add(inherited ? f.withSeverity(inheritedSeverity) : f);
        }
        return out;
    }

    private List<Finding> claims(Facts facts, Claim.Kind kind) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : facts.claims()) {
            if (c.kind() != kind || !counts(c.block().kind()) || (kind == Claim.Kind.HEDGE && c.source() != null)) {
                continue;
            }
            Map<String, Object> v = new HashMap<>();
            v.put("phrase", c.text());
            v.put("quote", "");
            v.put("reason", "");
            v.put("verb", "");
            v.put("speaker", "");
            out.add(finding(facts.article(), c.block(), c.start(), c.end(),
                    kind == Claim.Kind.HEDGE ? "unsourced" : "anonymous", v, null, List.of()));
        }
        return out;
    }

    private List<Finding> loaded(Facts facts) {
        List<Finding> out = new ArrayList<>();
        for (AnnotatedBlock ab : facts.annotated().blocks()) {
            if (!counts(ab.block().kind())) {
                continue;
            }
            for (Sentence s : ab.sentences()) {
                List<Token> tokens = s.tokens();
                for (int i = 1; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (!verbs.contains(t.lower()) || !t.isVerb() || QuoteSpans.inside(ab.block().text(), t.start())) {
                        continue;
                    }
                    Token prev = tokens.get(i - 1);
                    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    boolean speakerBefore = prev.isPropn() || prev.tag().startsWith("PRON") || prev.tag().startsWith("NOUN");
                    boolean reportFollows = next == null || next.lower().equals("that") || next.isPunct()
                            || next.tag().startsWith("PRON") || next.tag().startsWith("DET");
                    if (!speakerBefore || !reportFollows) {
                        continue;
                    }
                    Map<String, Object> v = new HashMap<>();
                    v.put("verb", t.text());
                    v.put("phrase", CONNOTATION.getOrDefault(t.lower(), "a judgment"));
                    v.put("quote", "");
                    v.put("reason", "");
                    v.put("speaker", "");
                    String said = t.lower().endsWith("s") && !t.lower().endsWith("ss") ? "says" : "said";
                    out.add(finding(facts.article(), ab.block(), t.start(), t.end(), "loaded", v, said, List.of()));
                }
            }
        }
        return out;
    }

    /** "The president" → "the president" inside a message; names keep their capitals. */
    private static String midSentence(String phrase) {
        return phrase.matches("^(The|A|An) .*") ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }

    private static String opening(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= 6) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…";
    }
}
