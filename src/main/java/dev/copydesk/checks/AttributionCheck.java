package dev.copydesk.checks;

import dev.copydesk.article.Article;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.quotes.Attribution;
import dev.copydesk.facts.quotes.Claim;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.rules.Param;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Who said so?", by {@code mode}: a full quote with no speaker, or quoted words in the writer's
 * sentence that no one near them says ({@code orphan-quote}); an
 * agentless allegation with no source nearby ({@code unsourced-allegation}); unnamed sourcing
 * ({@code anonymous-source}); an attribution verb that is not neutral ({@code loaded-verb}).
 */
final class AttributionCheck extends RuleCheck {
    static final CheckType<Settings> TYPE = new CheckType<>("attribution",
            "\"Who said so?\": a quote with no speaker, an allegation with no source, unnamed sourcing, an "
                    + "attribution verb that is not neutral.",
            Settings.class,
            List.of(MessageSpec.of("orphan", "a full quote with no speaker", "quote", "reason").inMode("orphan-quote"),
                    MessageSpec.of("inherited", "a quote paragraph that relies on a speaker named in the paragraph "
                            + "before", "quote", "speaker").inMode("orphan-quote"),
                    MessageSpec.of("partial", "words quoted inside the writer's sentence that no one in it, or in the "
                            + "sentence before, says or writes", "quote").inMode("orphan-quote"),
                    MessageSpec.of("continued", "a quote paragraph that goes on from the same speaker's quote in "
                            + "the paragraph before", "quote", "speaker").inMode("orphan-quote"),
                    MessageSpec.of("unsourced", "an agentless allegation with no source nearby", "phrase")
                            .inMode("unsourced-allegation"),
                    MessageSpec.of("anonymous", "unnamed sourcing", "phrase").inMode("anonymous-source"),
                    MessageSpec.of("loaded", "an attribution verb that is not neutral", "verb", "phrase")
                            .inMode("loaded-verb")),
            AttributionCheck::new);
    private static final Map<String, String> CONNOTATION = Map.ofEntries(
            Map.entry("claimed", "doubt"), Map.entry("claims", "doubt"), Map.entry("claim", "doubt"),
            Map.entry("admitted", "a confession"), Map.entry("admits", "a confession"), Map.entry("admit", "a confession"),
            Map.entry("conceded", "a grudging confession"), Map.entry("concedes", "a grudging confession"),
            Map.entry("confessed", "guilt"), Map.entry("confesses", "guilt"),
            Map.entry("insisted", "stubbornness against the facts"), Map.entry("insists", "stubbornness against the facts"),
            Map.entry("alleged", "doubt"), Map.entry("revealed", "a secret"), Map.entry("boasted", "vanity"),
            Map.entry("complained", "grievance"), Map.entry("admitting", "a confession"), Map.entry("claiming", "doubt"));

    enum Mode { ORPHAN_QUOTE, UNSOURCED_ALLEGATION, ANONYMOUS_SOURCE, LOADED_VERB }

    /** The parameters of {@code attribution}. */
    record Settings(
            @Param("which attribution problem to report") Mode mode,
            @Param(value = "look in the headline too", dflt = "false") boolean includeHeadline,
            @Param(value = "look in photo captions too", dflt = "false") boolean includeCaptions,
            @Param(value = "orphan-quote: severity of a quote paragraph whose speaker is only named in the paragraph "
                    + "before", dflt = "info") Severity inheritedSeverity,
            @Param(value = "orphan-quote: severity of a quote paragraph of several sentences that goes on from the same "
                    + "speaker's quote before (a single sentence counts as inherited)", dflt = "info")
            Severity continuedSeverity,
            @Param(value = "loaded-verb: the verbs to report",
                    dflt = "[claimed, claims, admitted, admits, conceded, concedes, confessed, insisted, insists]")
            List<String> verbs) implements Modal {
        Settings {
            verbs = verbs.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Settings settings;
    private final Set<String> verbs;

    private AttributionCheck(Rule rule, Settings settings, CheckContext context) {
        super(rule, TYPE);
        this.settings = settings;
        this.verbs = Set.copyOf(settings.verbs());
    }

    @Override
    public List<Finding> run(Facts facts) {
        return switch (settings.mode()) {
            case ORPHAN_QUOTE -> orphans(facts);
            case UNSOURCED_ALLEGATION -> claims(facts, Claim.Kind.HEDGE);
            case ANONYMOUS_SOURCE -> claims(facts, Claim.Kind.ANONYMOUS);
            case LOADED_VERB -> loaded(facts);
        };
    }

    private boolean counts(BlockKind kind) {
        return kind.isBody() || (kind == BlockKind.HEADLINE && settings.includeHeadline())
                || (kind == BlockKind.CAPTION && settings.includeCaptions());
    }

    private List<Finding> orphans(Facts facts) {
        Article a = facts.article();
        List<Finding> out = new ArrayList<>();
        boolean reportsSpeech = reportsSpeech(facts);
        for (Quote q : facts.quotes()) {
            if (q.unvoiced() && counts(q.block().kind())) {
                out.add(finding(a, q.block(), q.start(), Math.min(q.end(), q.block().text().length()), "partial",
                        Map.of("quote", opening(q.text())), null, List.of()));
                continue;
            }
            if (!q.full() || !q.marked() || !counts(q.block().kind())) {
                continue; // partial quotes are the writer's sentence; unmarked block quotations are excerpts
            }
            if (!reportsSpeech && !Quote.FIRST_PERSON.matcher(q.text()).find()) {
                continue; // a how-to or a reference page quoting messages and examples ("Your settings are saved.")
            }
            Attribution how = q.speaker() == null ? null : q.speaker().attribution();
            if (how != null && !how.isCarriedOver()) {
                continue;
            }
            Map<String, Object> v = new HashMap<>();
            v.put("quote", opening(q.text()));
            if (how == null) {
                v.put("reason", q.note() == null ? "no 'said', 'told' or 'according to' names anyone in its sentence "
                        + "or the sentences next to it" : q.note());
            } else {
                v.put("speaker", midSentence(q.speaker().name()));
            }
            int end = Math.min(q.end(), q.block().text().length());
            String id = how == null ? "orphan" : how == Attribution.CONTINUED ? "continued" : "inherited";
            Finding f = finding(a, q.block(), q.start(), end, id, v, null, List.of());
            // A statement that goes on for sentences reads as the same speaker still talking; one
            // unattributed line after someone else's quote is the classic missing "he added".
            boolean goesOn = how == Attribution.CONTINUED && q.sentences() > 1;
            out.add(how == null ? f : f.withSeverity(goesOn ? settings.continuedSeverity() : settings.inheritedSeverity()));
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
            Map<String, Object> v = Map.of("phrase", c.text());
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
            Map<String, Object> v = Map.of("verb", c.text(), "phrase", CONNOTATION.getOrDefault(verb, "a judgment"));
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
