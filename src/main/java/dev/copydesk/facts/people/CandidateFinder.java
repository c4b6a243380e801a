package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Candidate.Evidence;
import dev.copydesk.facts.titles.NameSpan;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleFinder;
import dev.copydesk.facts.titles.TitleKind;
import dev.copydesk.facts.titles.TitleSource;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import dev.copydesk.nlp.TokenSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name run into a candidate mention: what the name's parts are, which title is attached,
 * and how much the context says it is a person (a title or courtesy title, an apposition, a speech
 * verb, an age, a known given name) or not (an organisation or place word, "in Albany", a
 * capitalised word at a sentence start).
 */
final class CandidateFinder {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside",
            "inside", "into", "throughout", "toward", "towards");

    /** Organisation words that are also common surnames: after a given name they are a surname. */
    private static final Set<String> SURNAME_LIKE = Set.of("park", "sun", "house", "church", "bank", "banks", "post",
            "street", "temple", "field", "fields", "ward", "hall", "hill", "wood", "woods", "king", "law", "bay", "lake",
            "river", "rivers", "brooks", "mills", "marsh", "ford", "lane", "cross", "mason", "tower", "press", "times",
            "mail", "star", "guard", "fox", "young");

    /** Nouns after a lone surname that make it a household's name: "the Peterson family". */
    private static final Set<String> FAMILY_NOUNS = Set.of("family", "families", "household", "clan", "siblings",
            "brothers", "sisters", "twins");

    /** Words before a name that make it a person in reviews and profiles. */
    private static final Set<String> PERFORMER_CUES = Set.of("starring", "stars", "featuring", "alongside", "named",
            "nicknamed", "co-starring", "opposite");
    /** "played by", "directed by": the name after "by" made or performed something. */
    private static final Set<String> CREATOR_VERBS = Set.of("played", "directed", "written", "produced", "voiced",
            "painted", "photographed", "composed", "designed", "founded", "created", "hosted", "narrated", "edited",
            "portrayed", "performed", "sung", "illustrated", "authored", "invented", "coached", "led", "signed");

    /** Plurals naming members of a movement, faith or people; no surname ends so. */
    private static final java.util.regex.Pattern GROUP_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(ists|ians|ites)");

    private final Lexicons lex;
    private final TitleFinder titles;
    private final NameSplitter names;

    CandidateFinder(Lexicons lex) {
        this.lex = lex;
        this.titles = new TitleFinder(lex);
        this.names = new NameSplitter(lex);
    }

    /** The candidate for {@code run}, or null when the run is clearly not a person's name. */
    Candidate candidate(AnnotatedBlock ab, Sentence sentence, NameRun run, Set<String> lowercaseWords) {
        List<Token> tokens = sentence.tokens();
        List<String> parts = run.parts();
        boolean titled = run.honorific() || run.titleTokens() > 0;
        // A lone word that names things ("Park", "Field") may still be the surname of someone the
        // story named in full; coreference decides, it stands as no one on its own.
        boolean thingWord = parts.size() == 1 && isOrganisationOrPlace(parts, titled) && !lex.isPlace(parts.get(0));
        if (namesSomethingElse(ab, run, titled, thingWord) && !jobJustBefore(tokens, run)) {
            return null;
        }
        if (parts.size() == 1 && !titled && run.endToken() < tokens.size()
                && FAMILY_NOUNS.contains(tokens.get(run.endToken()).lower())) {
            return null; // "The Peterson family had planned to drive": the household, not one of its members
        }
        if (attributive(tokens, run, titled)) {
            return null; // "the Trump administration's dealings": a name that qualifies a noun refers to no one there
        }
        PersonName name = names.split(parts);
        String given = name.given();
        String key = name.surnameKey();
        if (key.length() < 2 || parts.stream().allMatch(p -> p.matches("(\\p{Lu}\\.)+"))) {
            return null; // initials alone: "D.A."
        }
        List<Title> found = titles.find(tokens, new NameSpan(run.runStart(), run.firstToken(), run.endToken(), titled),
                ab.block().text());
        Title title = found.isEmpty() ? null : found.get(0);
        boolean sentenceInitial = run.runStart() == 0 || isOpeningPunct(tokens, run.runStart());
        if (sentenceInitial && parts.size() == 2 && !titled && gerundOfAWordInTheText(parts.get(0), lowercaseWords)) {
            return null; // "Questioning Vindman", a subhead: the verb of a phrase, not a given name
        }
        Evidence evidence = evidenceInContext(sentence, run, title, given, lowercaseWords, titled, sentenceInitial);
        // A capitalised word the text never uses in lower case, four letters or more: a name the
        // tagger missed, or a misspelt one ("Glas was 20-of-24 passing"). Too weak to be a person; kept
        // to compare spellings with. Opening a sentence before a comma as an interjection or adverb, it is a
        // word like "Well,"; a four-letter one counts only when the tagger reads a noun ("Glas was", not
        // "Dark days", "Read the full story").
        int next = run.endToken();
        Token lead = tokens.get(run.firstToken());
        boolean openingInterjection = sentenceInitial && next < tokens.size() && tokens.get(next).text().equals(",")
                && (lead.tag().startsWith("INTJ") || lead.tag().startsWith("ADV"));
        boolean longEnough = parts.get(0).length() >= 5
                || parts.get(0).length() == 4 && (lead.isPropn() || lead.tag().startsWith("NOUN"));
        boolean unusualWord = given == null && parts.size() == 1 && longEnough && !openingInterjection
                && !lowercaseWords.contains(parts.get(0).toLowerCase(Locale.ROOT))
                && !lex.isNotName(parts.get(0)) && !lex.isPlace(parts.get(0)) && !lex.isOrgWord(parts.get(0));
        boolean loose = false;
        if (given == null && sentenceInitial && evidence != Evidence.STRONG) {
            boolean nounFollows = run.endToken() < tokens.size() && tokens.get(run.endToken()).tag().startsWith("NOUN");
            if (!lead.isPropn() && (nounFollows || evidence == Evidence.MEDIUM)) {
                if (!unusualWord) {
                    return null; // "Price increases…", "Analysts said", "First, …"
                }
                loose = true; // "Obma administration officials said": only a spelling to compare
            }
        }
        String text = ab.block().text().substring(run.start(), run.end());
        boolean proper = (!sentenceInitial && tokens.get(run.firstToken()).isPropn()) || unusualWord;
        // "Mojang, the developer of Minecraft": companies take appositions too; a lone word whose
        // only sign of a person is a role in apposition may be a company.
        boolean companyLike = given == null && !titled && title != null && title.source() != TitleSource.PRENOMINAL
                && (title.kind() == TitleKind.ROLE || title.kind() == TitleKind.OCCUPATION);
        boolean confirming = evidence == Evidence.STRONG && !companyLike
                || evidence == Evidence.MEDIUM && (given == null || !worldNameOnly(tokens, run, parts));
        return new Candidate(ab.block(), run, found, thingWord ? Evidence.NONE : evidence, given, name.surname(), key,
                formOf(run, given), text, proper || loose, loose, run.courtesy(), companyLike || thingWord, thingWord,
                confirming && !thingWord);
    }

    /** "the Trump administration", "an Obama appointee": a lone surname between an article and a common noun. */
    private static boolean attributive(List<Token> tokens, NameRun run, boolean titled) {
        if (run.parts().size() != 1 || titled || run.runStart() == 0 || run.endToken() >= tokens.size()) {
            return false;
        }
        String before = tokens.get(run.runStart() - 1).lower();
        Token after = tokens.get(run.endToken());
        // the tagger calls "administration’s" punctuation: a lower-case word there is the noun
        boolean noun = after.tag().startsWith("NOUN") || after.isPunct() && after.text().matches("\\p{Ll}[\\p{L}-]*['’]s");
        return (before.equals("the") || before.equals("a") || before.equals("an"))
                && noun && !after.text().isEmpty() && Character.isLowerCase(after.text().charAt(0));
    }

    /**
     * "Questioning" when the text also writes "questions": an -ing form whose stem the story uses in
     * lower case is a verb, unless it is a known given name ("Irving", "Ming").
     */
    private boolean gerundOfAWordInTheText(String word, Set<String> lowercaseWords) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 7 || !lower.endsWith("ing") || lex.isGivenName(word)) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 3);
        for (String w : lowercaseWords) {
            if (w.startsWith(stem) && !w.equals(lower) && w.length() <= stem.length() + 2) {
                return true; // "question", "questions", "questioned"
            }
        }
        return false;
    }

    /** The title of a work, a group of people, an organisation or a place: no one's name. */
    private boolean namesSomethingElse(AnnotatedBlock ab, NameRun run, boolean titled, boolean thingWord) {
        List<String> parts = run.parts();
        if (ab.block().italic(run.start(), run.end()) && run.titleTokens() == 0) {
            return true; // "<em>Logan Lucky</em>": the title of a work
        }
        if (parts.size() > 1 && GROUP_PLURAL.matcher(parts.get(parts.size() - 1)).matches()) {
            return true; // "Tunisian Islamists", "Syrian Christians", "Lebanese Shiites": a group, not a surname
        }
        return !thingWord && isOrganisationOrPlace(parts, titled);
    }

    /**
     * "saxophonist and educator Jordan": a job in lower case right before a lone word that is also a place
     * makes it a surname, unless a verb follows ("the striker Spain left out in March").
     */
    private boolean jobJustBefore(List<Token> tokens, NameRun run) {
        int before = run.runStart() - 1;
        if (run.parts().size() != 1 || run.titleTokens() > 0 || before < 0 || !lex.isPlace(run.parts().get(0))) {
            return false;
        }
        Token t = tokens.get(before);
        Token next = run.endToken() < tokens.size() ? tokens.get(run.endToken()) : null;
        if (next != null && (next.isVerb() || next.tag().startsWith("AUX"))) {
            return false; // "the striker Spain left out": the country is the subject of a clause about the player
        }
        return t.tag().startsWith("NOUN") && t.text().equals(t.lower()) && lex.isTitle(t.lower());
    }

    /** How strongly the words around the run say person, with what the sentence's start and a place before it take away. */
    private Evidence evidenceInContext(Sentence sentence, NameRun run, Title title, String given, Set<String> lowercaseWords,
                                       boolean titled, boolean sentenceInitial) {
        List<Token> tokens = sentence.tokens();
        List<String> parts = run.parts();
        Evidence evidence = evidence(tokens, run, title, given, parts, sentence, lowercaseWords);
        if (evidence == Evidence.NONE && names.surnameFirst(parts) && names.romanisedEastAsian(parts)) {
            evidence = Evidence.MEDIUM; // "He Yiming", "Wang Qiang": a Chinese surname and a given name in pinyin
        }
        if (given == null && !titled && run.runStart() > 0
                && PLACE_PREPOSITIONS.contains(tokens.get(run.runStart() - 1).lower())) {
            evidence = Evidence.NONE; // "In Albany, …": a place, whatever follows it
        }
        if (given == null && sentenceInitial && !tokens.get(run.firstToken()).isPropn()
                && run.endToken() < tokens.size() && tokens.get(run.endToken()).text().equals(",")) {
            evidence = Evidence.NONE; // "Later, …", "Meanwhile, …": an opening adverb
        }
        return evidence;
    }

    private static MentionForm formOf(NameRun run, String given) {
        return given != null ? MentionForm.FULL
                : run.honorific() ? MentionForm.HONORIFIC_SURNAME
                : run.titleTokens() > 0 ? MentionForm.TITLE_SURNAME : MentionForm.SURNAME;
    }

    /**
     * "Lakeside Depot", "Stanford University", "Mercer Island": a run that ends in an
     * organisation or place word names a thing, even when its first word is also a given name.
     * Titled runs ("Sen. Linda Park") are people whatever their words.
     */
    private boolean isOrganisationOrPlace(List<String> parts, boolean titled) {
        for (String p : parts) {
            if (p.contains(".") && p.length() > 2 && lex.isPlace(p)) {
                return true; // "U.S. Flag", "U.N. Assembly": an abbreviated place is no initial
            }
        }
        if (titled) {
            // "General Assembly", "Premier League": a title word before one organisation word;
            // but "Sen. Park" is a senator
            return parts.size() == 1 && lex.isOrgWord(parts.get(0)) && !SURNAME_LIKE.contains(parts.get(0).toLowerCase(Locale.ROOT));
        }
        String last = parts.get(parts.size() - 1);
        boolean givenFirst = parts.size() > 1 && lex.isGivenName(parts.get(0));
        boolean surnameAfterGiven = givenFirst && SURNAME_LIKE.contains(last.toLowerCase(Locale.ROOT));
        if (parts.size() > 1 && (lex.isOrgWord(last) || lex.isOrgWord(lastPiece(last))) && !surnameAfterGiven) {
            return true; // "Stanford University", "Lakeside Depot"; but "Tony Park", "Ellen Ward"
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i == 0 && parts.size() > 1 && lex.isGivenName(parts.get(0))) {
                continue; // "Bill Gates", "Grace Mugabe"
            }
            if (i == parts.size() - 1 && surnameAfterGiven) {
                continue; // "Leo Park", "Ellen Ward": the surname, as above
            }
            for (String piece : parts.get(i).split("-")) {
                if (lex.isOrgWord(piece)) {
                    return true;
                }
            }
        }
        for (String p : parts) {
            for (String piece : p.split("-")) {
                if (!lex.isPlace(piece) && !lex.isNotName(piece) && !lex.isParticle(piece.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true; // every part a place: "New York", "South Korea"
    }

    private static String lastPiece(String part) {
        int dash = part.lastIndexOf('-');
        return dash < 0 ? part : part.substring(dash + 1);
    }

    private Evidence evidence(List<Token> tokens, NameRun run, Title title, String given, List<String> parts, Sentence s,
                              Set<String> lowercaseWords) {
        if (run.honorific() || run.titleTokens() > 0 || namedByModel(s, run)) {
            return Evidence.STRONG;
        }
        if (title != null) {
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
        if (after + 1 < tokens.size() && tokens.get(after).text().equals(",")
                && Set.of("who", "whose").contains(tokens.get(after + 1).lower())) {
            return Evidence.MEDIUM; // "Petrenko, who joined from Kyiv": companies take "which"
        }
        if (after + 1 < tokens.size() && tokens.get(after).tag().equals("ADV") && lex.isSpeechVerb(tokens.get(after + 1).lower())) {
            return Evidence.MEDIUM;
        }
        int before = run.runStart() - 1;
        if (before >= 0 && lex.isSpeechVerb(tokens.get(before).lower()) && !tokens.get(before).lower().equals("reported")) {
            return Evidence.MEDIUM;
        }
        int cue = skipModifiers(tokens, before);
        if (cue >= 0 && PERFORMER_CUES.contains(tokens.get(cue).lower())
                || cue >= 1 && tokens.get(cue).lower().equals("by") && CREATOR_VERBS.contains(tokens.get(cue - 1).lower())) {
            return Evidence.MEDIUM; // "starring the great Saoirse Ronan", "played by Ray Romano", "a kid named Moonee"
        }
        if (given != null && before >= 1 && Set.of("and", "&", "or").contains(tokens.get(before).lower())
                && lex.isGivenName(parts.get(0)) && !lex.isPlacePrefix(parts.get(0))
                && conjunctIsNamed(tokens, before - 1)) {
            return Evidence.MEDIUM; // "Holly Hunter and Ray Romano": a name listed with another
        }
        if (given != null && before >= 1 && tokens.get(cue < 0 ? before : cue).text().equals("(")
                && after < tokens.size() && tokens.get(after).text().equals(")")
                && tokens.get(cue < 0 ? before - 1 : cue - 1).tag().startsWith("NOUN")) {
            return Evidence.MEDIUM; // "a grieving widow (Rooney Mara)", "Bobby (a splendid, warm Willem Dafoe)"
        }
        if (before >= 1 && tokens.get(before).lower().equals("to") && tokens.get(before - 1).lower().equals("according")) {
            return Evidence.MEDIUM;
        }
        if (given != null && (knownGiven(tokens.get(run.firstToken()), parts.get(0)) || untaggedName(tokens, run, parts, lowercaseWords))) {
            return Evidence.MEDIUM;
        }
        return Evidence.NONE;
    }

    /** The capitalised run ending at {@code k} starts with a common given name: "Holly Hunter" in "Holly Hunter and …". */
    private boolean conjunctIsNamed(List<Token> tokens, int k) {
        int i = k;
        while (i > 0 && tokens.get(i - 1).isCapitalized() && tokens.get(i - 1).isPropn()) {
            i--;
        }
        String first = tokens.get(i).text();
        return i < k && tokens.get(k).isCapitalized() && lex.isGivenName(first) && !lex.isPlacePrefix(first);
    }

    /** Index of the first token before {@code k} that is not an article, adjective or comma ("the great", "a splendid, warm"). */
    private static int skipModifiers(List<Token> tokens, int k) {
        int i = k;
        while (i >= 0 && k - i < 5 && (tokens.get(i).tag().startsWith("DET") || tokens.get(i).tag().startsWith("ADJ")
                || tokens.get(i).text().equals(","))) {
            i--;
        }
        return i;
    }

    /** The only sign of a person is a given name from the many-language list (no speech verb, no common given name). */
    private boolean worldNameOnly(List<Token> tokens, NameRun run, List<String> parts) {
        int after = run.endToken();
        int before = run.runStart() - 1;
        boolean speech = after < tokens.size() && lex.isSpeechVerb(tokens.get(after).lower())
                || before >= 0 && lex.isSpeechVerb(tokens.get(before).lower());
        return !speech && !lex.isCommonGivenName(parts.get(0).replace(".", ""));
    }

    /**
     * A given name that makes a capitalised pair a person's name: from the hand list, or from the
     * many-language list when the tagger reads it as a proper noun ("Dark Samus", "Represent
     * Mozilla" are not names).
     */
    private boolean knownGiven(Token first, String part) {
        String word = part.replace(".", "");
        if (lex.isPlacePrefix(word)) {
            return false;
        }
        return lex.isCommonGivenName(word) || lex.isGivenName(word) && first.isPropn();
    }

    /**
     * "groundswell, Georges Claide premiered": a given name from the many-language list and a
     * surname, inside a sentence, neither word ever written in lower case in the story. The tagger
     * reads unknown capitalised words as nouns, so its tag cannot decide here.
     */
    private boolean untaggedName(List<Token> tokens, NameRun run, List<String> parts, Set<String> lowercaseWords) {
        if (parts.size() != 2 || run.runStart() == 0 || isOpeningPunct(tokens, run.runStart())) {
            return false;
        }
        String given = parts.get(0);
        return lex.isGivenName(given) && !lex.isPlacePrefix(given) && !lex.isNotName(given) && !lex.isNotName(parts.get(1))
                && !lowercaseWords.contains(given.toLowerCase(Locale.ROOT))
                && !lowercaseWords.contains(parts.get(1).toLowerCase(Locale.ROOT));
    }

    /** The newsroom's own name finder model marked these tokens as a person. */
    private static boolean namedByModel(Sentence s, NameRun run) {
        for (TokenSpan span : s.names()) {
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
}
