package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.quotes.Attribution;
import dev.copydesk.facts.quotes.Claim;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.Sentence;
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
    static final Set<String> PARAMS = Set.of("mode", "includeHeadline", "includeCaptions", "inheritedSeverity",
            "continuedSeverity", "verbs");
    static final Set<String> PLACEHOLDERS = Set.of("quote", "reason", "phrase", "verb", "speaker");
    static final Set<String> MESSAGE_IDS = Set.of("orphan", "inherited", "continued", "unsourced", "anonymous", "loaded");
    private static final Map<String, String> CONNOTATION = Map.ofEntries(
            Map.entry("claimed", "doubt"), Map.entry("claims", "doubt"), Map.entry("claim", "doubt"),
            Map.entry("admitted", "a confession"), Map.entry("admits", "a confession"), Map.entry("admit", "a confession"),
            Map.entry("conceded", "a grudging confession"), Map.entry("concedes", "a grudging confession"),
            Map.entry("confessed", "guilt"), Map.entry("confesses", "guilt"),
            Map.entry("insisted", "stubbornness against the facts"), Map.entry("insists", "stubbornness against the facts"),
            Map.entry("alleged", "doubt"), Map.entry("revealed", "a secret"), Map.entry("boasted", "vanity"),
            Map.entry("complained", "grievance"), Map.entry("admitting", "a confession"), Map.entry("claiming", "doubt"));

    private enum Mode { ORPHAN, UNSOURCED, ANONYMOUS, LOADED }

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("(?i)\\b(i|we|me|us|my|our|i'm|we're|i've|we've)\\b");

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
    private final Severity continuedSeverity;
    private final Set<String> verbs;

    AttributionCheck(Rule rule) {
        super(rule);
        this.mode = mode(rule, MODES);
        this.includeHeadline = boolParam(rule, "includeHeadline", false);
        this.includeCaptions = boolParam(rule, "includeCaptions", false);
        this.inheritedSeverity = severityParam(rule, "inheritedSeverity", Severity.INFO);
        this.continuedSeverity = severityParam(rule, "continuedSeverity", Severity.INFO);
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
        boolean reportsSpeech = reportsSpeech(facts);
        for (Quote q : facts.quotes()) {
            if (!q.full() || !q.marked() || !counts(q.block().kind())) {
                continue; // partial quotes are the writer's sentence; unmarked block quotations are excerpts
            }
            if (!reportsSpeech && !FIRST_PERSON.matcher(q.text()).find()) {
                continue; // a how-to or a reference page quoting messages and examples ("Your settings are saved.")
            }
            Attribution how = q.speaker() == null ? null : q.speaker().attribution();
            if (how != null && !how.isCarriedOver()) {
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
            String id = how == null ? "orphan" : how == Attribution.CONTINUED ? "continued" : "inherited";
            Finding f = finding(a, q.block(), q.start(), end, id, v, null, List.of());
            // A statement that goes on for sentences reads as the same speaker still talking; one
            // unattributed line after someone else's quote is the classic missing "he added".
            boolean goesOn = how == Attribution.CONTINUED && q.sentences() > 1;
            out.add(how == null ? f : f.withSeverity(goesOn ? continuedSeverity : inheritedSeverity));
        }
        return dialogue(facts, out) ? out.stream().map(f -> f.withSeverity(Severity.INFO)).toList() : out;
    }

    /**
     * Many quotes without speakers, and a large share of all quotes: the text is dialogue (a
     * story, a transcript, an essay's imagined voices), where speakers take turns unnamed; a news
     * story's one missing attribution never looks like this. Each is then only noted.
     */
    private static boolean dialogue(Facts facts, List<Finding> orphans) {
        long unattributed = orphans.stream().filter(f -> f.severity() != Severity.INFO).count();
        long quotes = facts.quotes().stream().filter(q -> q.full() && q.marked()).count();
        return unattributed > 5 && unattributed * 4 >= quotes;
    }

    /** The story reports what people say: someone is named in it, or some quote has a speaker. */
    private static boolean reportsSpeech(Facts facts) {
        return facts.people().stream().anyMatch(p -> p.mentions().stream().anyMatch(m -> m.block().kind().isBody()))
                || facts.quotes().stream().anyMatch(q -> q.speaker() != null);
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
            // An allegation is marked from the hedge through the claim it hedges: "are said to have fled".
            int end = kind == Claim.Kind.HEDGE ? Math.max(c.end(), c.scopeEnd()) : c.end();
            out.add(finding(facts.article(), c.block(), c.start(), end,
                    kind == Claim.Kind.HEDGE ? "unsourced" : "anonymous", v, null, List.of()));
        }
        return out;
    }

    private List<Finding> loaded(Facts facts) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : facts.claims()) {
            String verb = c.text().toLowerCase(Locale.ROOT);
            if (c.kind() != Claim.Kind.ATTRIBUTION_VERB || !verbs.contains(verb) || !counts(c.block().kind())) {
                continue;
            }
            Map<String, Object> v = new HashMap<>();
            v.put("verb", c.text());
            v.put("phrase", CONNOTATION.getOrDefault(verb, "a judgment"));
            v.put("quote", "");
            v.put("reason", "");
            v.put("speaker", "");
            String said = verb.endsWith("s") && !verb.endsWith("ss") ? "says" : "said";
            out.add(finding(facts.article(), c.block(), c.start(), c.end(), "loaded", v, said, List.of()));
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
