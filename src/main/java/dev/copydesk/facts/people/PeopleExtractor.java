package dev.copydesk.facts.people;

import dev.copydesk.article.Block;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.titles.NameSpan;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleFinder;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people in an article without an NER model: capitalised name runs, kept when a
 * title, courtesy title, apposition, speech verb or known given name marks them as a person,
 * then grouped by surname (coreference) with the title attached to each mention.
 */
public final class PeopleExtractor {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside",
            "inside", "into", "throughout", "toward", "towards");
    private static final Set<String> MONTH_NAMES = Set.of("may", "june", "april", "august", "march", "january");

    /** How sure the context makes us that a run is a person. */
    enum Evidence { NONE, MEDIUM, STRONG }

    /** A name run in context, before grouping. */
    private record Candidate(Block block, NameRun run, Title title, Evidence evidence, String given,
                             String surname, String surnameKey, MentionForm form, String text, boolean proper,
                             boolean loose) {
    }

    private final Lexicons lex;
    private final NameRunFinder finder;
    private final TitleFinder titles;

    public PeopleExtractor(Lexicons lex) {
        this.lex = lex;
        this.finder = new NameRunFinder(lex);
        this.titles = new TitleFinder(lex);
    }

    public People extract(AnnotatedArticle article) {
        Set<String> lowercaseWords = new HashSet<>();
        for (AnnotatedBlock ab : article.blocks()) {
            for (Sentence s : ab.sentences()) {
                for (Token t : s.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                        lowercaseWords.add(t.text());
                    }
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            for (Sentence s : ab.sentences()) {
                for (NameRun run : finder.find(s, ab.normalized())) {
                    Candidate c = candidate(ab, s, run, lowercaseWords);
                    if (c != null) {
                        candidates.add(c);
                    }
                }
            }
        }
        return group(article, candidates);
    }

    private Candidate candidate(AnnotatedBlock ab, Sentence sentence, NameRun run, Set<String> lowercaseWords) {
        List<Token> tokens = sentence.tokens();
        List<String> parts = run.parts();
        boolean titled = run.honorific() || run.titleTokens() > 0;
        boolean givenAndSurname = parts.size() == 2 && lex.isGivenName(parts.get(0));
        // "Sen. Linda Park", "Linda Park": a surname may be an organisation word too.
        if ((!titled && !givenAndSurname && isOrganisation(parts)) || isPlace(parts)) {
            return null;
        }
        int surnameFrom = parts.size() - 1;
        while (surnameFrom > 0 && lex.isParticle(parts.get(surnameFrom - 1))) {
            surnameFrom--;
        }
        String surname = String.join(" ", parts.subList(surnameFrom, parts.size()));
        String given = surnameFrom == 0 ? null : String.join(" ", parts.subList(0, surnameFrom));
        String key = surnameKey(surname);
        if (key.length() < 2) {
            return null;
        }
        Title title = titles.find(tokens, new NameSpan(run.runStart(), run.firstToken(), run.endToken()), ab.block().text());
        Evidence evidence = evidence(tokens, run, title, given, parts);
        if (namedByModel(sentence, run)) {
            evidence = Evidence.STRONG; // the newsroom's own name finder model says so
        }
        boolean sentenceInitial = run.runStart() == 0 || isOpeningPunct(tokens, run.runStart());
        if (given == null && !run.honorific() && run.titleTokens() == 0 && run.runStart() > 0
                && PLACE_PREPOSITIONS.contains(tokens.get(run.runStart() - 1).lower())) {
            evidence = Evidence.NONE; // "In Albany, …": a place, whatever follows it
        }
        if (given == null && sentenceInitial && !tokens.get(run.firstToken()).isPropn()
                && run.endToken() < tokens.size() && tokens.get(run.endToken()).text().equals(",")) {
            evidence = Evidence.NONE; // "Later, …", "Meanwhile, …": an opening adverb, unless a known surname
        }
        // A capitalised word the text never uses in lower case, five letters or more: a name the tagger
        // missed, or a misspelt one. Too weak to be a person; kept to compare spellings with.
        boolean unusualWord = given == null && parts.size() == 1 && parts.get(0).length() >= 5
                && !lowercaseWords.contains(parts.get(0).toLowerCase(Locale.ROOT))
                && !lex.isNotName(parts.get(0)) && !lex.isPlace(parts.get(0)) && !lex.isOrgWord(parts.get(0));
        boolean loose = false;
        if (given == null && sentenceInitial && evidence != Evidence.STRONG) {
            Token t = tokens.get(run.firstToken());
            boolean nounFollows = run.endToken() < tokens.size() && tokens.get(run.endToken()).tag().startsWith("NOUN");
            if (!t.isPropn() && (nounFollows || evidence == Evidence.MEDIUM)) {
                if (!unusualWord) {
                    return null; // "Price increases…", "Analysts said", "First, …"
                }
                loose = true; // "Obma administration officials said": only a spelling to compare
            }
        }
        if (parts.stream().allMatch(p -> p.matches("(\\p{Lu}\\.)+"))) {
            return null; // initials alone: "D.A."
        }
        MentionForm form = given != null ? MentionForm.FULL
                : run.honorific() ? MentionForm.HONORIFIC_SURNAME
                : run.titleTokens() > 0 ? MentionForm.TITLE_SURNAME : MentionForm.SURNAME;
        String text = ab.block().text().substring(run.start(), run.end());
        boolean proper = (!sentenceInitial && tokens.get(run.firstToken()).isPropn()) || unusualWord;
        return new Candidate(ab.block(), run, title, evidence, given, surname, key, form, text, proper || loose, loose);
    }

    private static boolean namedByModel(Sentence s, NameRun run) {
        for (var span : s.names()) {
            if (span.type().equalsIgnoreCase("person") && span.start() < run.endToken() && span.end() > run.firstToken()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpeningPunct(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            if (!tokens.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    private Evidence evidence(List<Token> tokens, NameRun run, Title title, String given, List<String> parts) {
        if (run.honorific() || run.titleTokens() > 0 || title != null) {
            return Evidence.STRONG;
        }
        int after = run.endToken();
        if (after + 2 < tokens.size() && tokens.get(after).text().equals(",") && tokens.get(after + 1).tag().equals("NUM")
                && tokens.get(after + 2).text().equals(",")) {
            return Evidence.STRONG; // "John Smith, 45,"
        }
        if (after < tokens.size() && lex.isSpeechVerb(tokens.get(after).lower())) {
            return Evidence.MEDIUM;
        }
        if (after + 1 < tokens.size() && tokens.get(after).tag().equals("ADV") && lex.isSpeechVerb(tokens.get(after + 1).lower())) {
            return Evidence.MEDIUM;
        }
        int before = run.runStart() - 1;
        if (before >= 0 && lex.isSpeechVerb(tokens.get(before).lower()) && !tokens.get(before).lower().equals("reported")) {
            return Evidence.MEDIUM;
        }
        if (before >= 1 && tokens.get(before).lower().equals("to") && tokens.get(before - 1).lower().equals("according")) {
            return Evidence.MEDIUM;
        }
        if (given != null && lex.isGivenName(parts.get(0))) {
            return Evidence.MEDIUM;
        }
        return Evidence.NONE;
    }

    private boolean isOrganisation(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i == 0 && lex.isGivenName(parts.get(0)) && parts.size() > 1) {
                continue; // "Bill Gates", "Grace Mugabe"
            }
            for (String piece : parts.get(i).split("-")) {
                if (lex.isOrgWord(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPlace(List<String> parts) {
        for (String p : parts) {
            for (String piece : p.split("-")) {
                if (!lex.isPlace(piece) && !lex.isNotName(piece) && !lex.isParticle(piece.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "al-Ayoubi" → "ayoubi", "van Beethoven" → "beethoven": the part that stays when a surname is shortened. */
    String surnameKey(String surname) {
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

    // ---- coreference -------------------------------------------------------------------------

    private static final class Group {
        final List<Candidate> members = new ArrayList<>();
        final String key;
        String given;

        Group(String key, String given) {
            this.key = key;
            this.given = given;
        }
    }

    private People group(AnnotatedArticle article, List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        Map<Candidate, Group> owner = new LinkedHashMap<>();
        // Full names in the story define who is in it; headline case ("Student Dies After…") does not.
        for (boolean headline : new boolean[]{false, true}) {
            for (Candidate c : candidates) {
                if (c.given() == null || isHeadline(c) != headline) {
                    continue;
                }
                Group g = null;
                for (Group x : groups) {
                    if (x.key.equals(c.surnameKey()) && compatibleGiven(x.given, c.given())) {
                        g = x;
                        break;
                    }
                }
                if (g == null && headline) {
                    continue;
                }
                if (g == null) {
                    g = new Group(c.surnameKey(), c.given());
                    groups.add(g);
                } else if (c.given().length() > g.given.length()) {
                    g.given = c.given();
                }
                owner.put(c, g);
            }
        }
        // Surnames alone go to the person with that surname mentioned most recently before them.
        List<Mention> loose = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.loose()) {
                loose.add(mention(c));
                continue;
            }
            if (c.given() != null) {
                continue;
            }
            Group g = nearestWithKey(candidates, owner, i, c.surnameKey());
            if (g == null) {
                for (Group x : groups) {
                    if (x.key.equals(c.surnameKey())) {
                        g = x;
                        break;
                    }
                }
            }
            if (g == null) {
                if (MONTH_NAMES.contains(c.surnameKey()) || isHeadline(c)) {
                    continue;
                }
                g = new Group(c.surnameKey(), null);
                groups.add(g);
            }
            owner.put(c, g);
        }
        for (Map.Entry<Candidate, Group> e : owner.entrySet()) {
            e.getValue().members.add(e.getKey());
        }
        List<Person> people = new ArrayList<>();
        List<Mention> unattached = new ArrayList<>(loose);
        for (Group g : groups) {
            g.members.sort(Comparator.comparingInt((Candidate m) -> m.block().index()).thenComparingInt(m -> m.run().start()));
            Evidence best = g.members.stream().map(Candidate::evidence).max(Comparator.naturalOrder()).orElse(Evidence.NONE);
            // A surname that is never given a full name needs a title or courtesy title to count as a
            // person: "Uber said" and "Alibaba said" are companies talking.
            Evidence needed = g.given == null ? Evidence.STRONG : Evidence.MEDIUM;
            if (best.compareTo(needed) >= 0) {
                people.add(toPerson(g));
            } else if (best == Evidence.MEDIUM || g.members.stream().anyMatch(PeopleExtractor::midSentenceName)) {
                unattached.addAll(toPerson(g).mentions());
            }
        }
        people.sort(Comparator.comparingInt((Person p) -> p.mentions().get(0).block().index())
                .thenComparingInt(p -> p.mentions().get(0).start()));
        return new People(people, unattached);
    }

    /** A lone capitalised proper noun inside a sentence: too weak for a person, enough to compare spellings. */
    private static boolean midSentenceName(Candidate c) {
        return c.given() == null && c.form() == MentionForm.SURNAME && c.proper() && c.block().kind() != BlockKind.HEADLINE;
    }

    private static boolean isHeadline(Candidate c) {
        return c.block().kind() == BlockKind.HEADLINE;
    }

    private static Group nearestWithKey(List<Candidate> all, Map<Candidate, Group> owner, int before, String key) {
        for (int k = before - 1; k >= 0; k--) {
            Group g = owner.get(all.get(k));
            if (g != null && g.key.equals(key)) {
                return g;
            }
        }
        return null;
    }

    /** Same person if the given names agree, or one is an initial or a shorter form of the other. */
    static boolean compatibleGiven(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ")) {
            return true;
        }
        String fx = x.split(" ")[0];
        String fy = y.split(" ")[0];
        if (fx.equals(fy)) {
            return true;
        }
        boolean initialX = fx.matches("\\p{L}\\.?");
        boolean initialY = fy.matches("\\p{L}\\.?");
        return (initialX || initialY) && fx.charAt(0) == fy.charAt(0);
    }

    private static Mention mention(Candidate c) {
        return new Mention(c.block(), c.run().start(), c.run().end(), c.text(), c.run().parts(), c.given(),
                c.surname(), c.surnameKey(), c.form(), c.title());
    }

    private static Person toPerson(Group g) {
        List<Mention> mentions = new ArrayList<>();
        Candidate fullest = null;
        for (Candidate c : g.members) {
            mentions.add(mention(c));
            boolean body = c.block().kind().isBody();
            if (fullest == null
                    || (body && !fullest.block().kind().isBody())
                    || (body == fullest.block().kind().isBody() && c.run().parts().size() > fullest.run().parts().size())) {
                fullest = c;
            }
        }
        return new Person(fullest.text(), mentions);
    }
}
