package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import dev.copydesk.nlp.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds capitalised name runs in a sentence from the POS tags: PROPN runs joined through
 * hyphens, particles and initials, with leading courtesy and office titles split off.
 */
final class NameRunFinder {
    private static final Set<String> CLOSED_TAGS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM",
            "SYM", "PART", "AUX");
    /**
     * Closed-class words of three letters or more (pronouns, determiners, conjunctions, prepositions, auxiliaries,
     * a few adverbs): a capitalised word the tagger put in a closed class that is none of these is a name word.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("this", "that", "these", "those", "what", "which", "whom",
            "whose", "anyone", "anybody", "anything", "someone", "somebody", "something", "everyone", "everybody",
            "everything", "nobody", "nothing", "none", "both", "each", "either", "neither", "several", "many", "much",
            "most", "some", "such", "other", "others", "another", "they", "them", "their", "theirs", "there", "here",
            "mine", "yours", "ours", "hers", "himself", "herself", "itself", "themselves", "ourselves", "yourself",
            "yourselves", "myself", "whoever", "whatever", "whichever", "whomever", "ones", "less", "more", "little",
            "enough", "half", "plenty", "thou", "thee", "till", "until", "once", "self", "same", "naught", "aught",
            "somewhere", "anywhere", "everywhere", "nowhere", "where", "when", "while", "then", "than", "thus", "though",
            "although", "whether", "because", "since", "also", "only", "even", "just", "well", "very", "quite",
            "the", "and", "but", "nor", "for", "yet", "not", "are", "was", "were", "has", "had", "have", "does", "did",
            "can", "could", "may", "might", "must", "shall", "should", "will", "would", "been", "being", "into", "onto",
            "upon", "from", "with", "without", "within", "about", "above", "across", "after", "against", "along",
            "among", "around", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
            "despite", "down", "during", "except", "inside", "near", "off", "out", "outside", "over", "past", "per",
            "round", "through", "throughout", "toward", "towards", "under", "underneath", "unlike", "unto", "via",
            "versus", "who", "how", "why", "all", "any", "few", "its", "our", "your", "her", "his", "him", "she", "you",
            "one", "two", "three", "if", "unless", "whereas", "wherever", "whenever", "lest", "every", "no", "yes",
            "let", "like", "plus", "minus");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private final Lexicons lex;

    NameRunFinder(Lexicons lex) {
        this.lex = lex;
    }

    List<NameRun> find(Sentence sentence, String blockText) {
        List<Token> tokens = sentence.tokens();
        // Tokens a user-supplied name finder marked as part of a person's name count as name words.
        boolean[] named = new boolean[tokens.size()];
        for (TokenSpan span : sentence.names()) {
            for (int i = Math.max(0, span.start()); i < Math.min(tokens.size(), span.end()); i++) {
                named[i] = "person".equalsIgnoreCase(span.type());
            }
        }
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens, i, named)) {
                i++;
                continue;
            }
            int runStart = i;
            // "with de Blasio": a lower-case particle just before the name belongs to it.
            if (i > 0 && isParticleToken(tokens.get(i - 1)) && !isNameWord(tokens, Math.max(0, i - 2), named)
                    && Character.isLowerCase(tokens.get(i - 1).text().charAt(0))) {
                runStart = i - 1;
            }
            List<int[]> parts = new ArrayList<>(); // token ranges of each part
            int j = runStart;
            boolean possessiveEnd = false;
            while (j < tokens.size()) {
                int partEnd = partEnd(tokens, j, named);
                if (partEnd < 0) {
                    break;
                }
                parts.add(new int[]{j, partEnd});
                j = partEnd;
                if (isPossessive(tokens.get(j - 1))) {
                    possessiveEnd = true;
                    break;
                }
                if (j < tokens.size() && tokens.get(j).text().equals("'s")) {
                    possessiveEnd = true;
                    break;
                }
            }
            // Particles cannot end a name ("Obama de" is not a name).
            while (!parts.isEmpty() && isParticleToken(tokens.get(parts.get(parts.size() - 1)[0]))
                    && parts.get(parts.size() - 1)[1] - parts.get(parts.size() - 1)[0] == 1) {
                parts.remove(parts.size() - 1);
            }
            if (parts.isEmpty()) {
                i = Math.max(j, i + 1);
                continue;
            }
            runs.addAll(split(tokens, blockText, runStart, parts, possessiveEnd));
            i = Math.max(j, i + 1);
        }
        return runs;
    }

    /** End (exclusive token index) of the name part starting at {@code j}, or -1 if none starts there. */
    private int partEnd(List<Token> tokens, int j, boolean[] named) {
        Token t = tokens.get(j);
        boolean particle = isParticleToken(t);
        if (!particle && !isNameWord(tokens, j, named) && !isInitial(t) && !splitInitial(tokens, j)) {
            return -1;
        }
        int k = j + 1;
        if (t.text().endsWith("-") && k < tokens.size() && tokens.get(k).start() == t.end()
                && (startsUpper(tokens.get(k).text()) || isShortSyllable(tokens.get(k).text()))) {
            k++; // "Hyun-" "woo"
        }
        // Hyphen chains: al - Ayoubi, Jean -Claude, Abdel-Latif.
        while (k < tokens.size() && tokens.get(k).start() == tokens.get(k - 1).end()) {
            Token n = tokens.get(k);
            if (n.text().equals("-") && k + 1 < tokens.size() && tokens.get(k + 1).start() == n.end()
                    && (startsUpper(tokens.get(k + 1).text()) || isShortSyllable(tokens.get(k + 1).text()))) {
                k += 2;
            } else if (n.text().startsWith("-") && n.text().length() > 1
                    && (Character.isUpperCase(n.text().charAt(1)) || isShortSyllable(n.text().substring(1)))) {
                k += 1; // "Abdel-Latif", "Lee Hyun-woo", "President-elect"
            } else {
                break;
            }
        }
        // "Sen" "." → "Sen.", "W" "." → "W.": the tokenizer splits some abbreviations off their period.
        if (k == j + 1 && k < tokens.size() && tokens.get(k).text().equals(".") && tokens.get(k).start() == t.end()
                && (isAbbreviation(t.text() + ".") || t.text().matches("\\p{Lu}"))) {
            return k + 1;
        }
        if (particle && k == j + 1) {
            // A free-standing particle joins only when a name word follows ("Ludwig van Beethoven").
            if (k >= tokens.size() || !isNameWord(tokens, k, named)) {
                return -1;
            }
        }
        return k;
    }

    /** A lower-case syllable after a hyphen that still belongs to the name: "Hyun-woo", "Jae-in", "President-elect". */
    private static boolean isShortSyllable(String s) {
        return s.length() <= 5 && s.chars().allMatch(Character::isLowerCase);
    }

    private boolean isNameWord(List<Token> tokens, int i, boolean[] named) {
        Token t = tokens.get(i);
        if (t.text().equals("He") && isChineseHe(tokens, i, named)) {
            return true;
        }
        String text = stripPossessive(t.text());
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.contains(".")) {
            return false; // acronyms: UK, BBC, NATO
        }
        String base = t.tag().split("\\+")[0];
        if (CLOSED_TAGS.contains(base) && !t.isPropn() && !named[i] && !misTaggedName(tokens, i, text)) {
            return false;
        }
        if (base.equals("ADV") && i == 0 && !named[i] && !abbreviatedTitle(tokens, i, text)) {
            return false; // "Even de Miranda …": a sentence-opening adverb, not a given name ("Sen. Joe Manchin" is a title)
        }
        if (lex.isHonorific(text) && i + 1 < tokens.size() && startsUpper(tokens.get(i + 1).text())) {
            return true; // British "Mr Baker", "Mrs Thatcher": a courtesy title without its full stop opens the run
        }
        if (lex.isNotName(text)) {
            return false;
        }
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (!(Character.isLetter(ch) || ch == '.' || ch == '\'' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name the tagger put in a closed class: the initial in "Emily V. Gordon" (read as a Roman
     * numeral), a common given name before a capitalised word ("Emily/ADV V. Gordon").
     */
    private boolean misTaggedName(List<Token> tokens, int i, String text) {
        boolean nextCapitalised = i + 1 < tokens.size() && startsUpper(tokens.get(i + 1).text()) && tokens.get(i + 1).tag().matches("PROPN.*|NUM.*|X.*");
        if (text.matches("\\p{Lu}") && i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".")
                && tokens.get(i + 1).start() == tokens.get(i).end() && startsUpper(tokens.get(i + 2).text())
                && i > 0 && startsUpper(tokens.get(i - 1).text())) {
            return true;
        }
        if (i > 0 && nextCapitalised && lex.isSpeechVerb(tokens.get(i - 1).lower())) {
            return true; // "said Will Hansen": Will read as a modal
        }
        if (tokens.get(i).tag().startsWith("PRON") && startsUpper(text) && text.length() >= 4
                && !FUNCTION_WORDS.contains(tokens.get(i).lower())) {
            return true; // "Whitby said": an unknown capitalised word the tagger guessed was a pronoun
        }
        if (i > 0 && nextCapitalised && text.length() >= 3 && !FUNCTION_WORDS.contains(tokens.get(i).lower())) {
            return true; // ", Ananth Iyer said": a given name the tagger guessed was a conjunction
        }
        return i > 0 && lex.isCommonGivenName(text) && nextCapitalised;
    }

    /** "Sen" with its full stop right after it, as the tokenizer splits "Sen." at a sentence start: a title. */
    private boolean abbreviatedTitle(List<Token> tokens, int i, String text) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).text().equals(".") || tokens.get(i + 1).start() != tokens.get(i).end()) {
            return false;
        }
        String abbreviation = text.toLowerCase(Locale.ROOT) + ".";
        return lex.isTitle(abbreviation) || lex.isHonorific(abbreviation);
    }

    /**
     * "He" as a surname, not the pronoun: right after a name word inside a sentence ("Wang He
     * said"), or opening one before a name and a verb ("He Yiming said").
     */
    private boolean isChineseHe(List<Token> tokens, int i, boolean[] named) {
        if (i > 0 && tokens.get(i - 1).end() < tokens.get(i).start() && !tokens.get(i - 1).isPunct()
                && isNameWordPlain(tokens, i - 1, named)) {
            return true;
        }
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).isPropn() || !startsUpper(tokens.get(i + 1).text())
                || lex.isNotName(tokens.get(i + 1).text())) {
            return false;
        }
        // "He Yiming said", "He Yiming, the team's physiotherapist,": a pinyin given name after "He"
        return tokens.get(i + 2).isVerb() || tokens.get(i + 2).text().equals(",")
                && NameSplitter.PINYIN_WORD.matcher(tokens.get(i + 1).text()).matches();
    }

    private boolean isNameWordPlain(List<Token> tokens, int i, boolean[] named) {
        return !tokens.get(i).text().equals("He") && isNameWord(tokens, i, named);
    }

    private boolean isAbbreviation(String word) {
        return lex.isHonorific(word) || lex.isTitle(word);
    }

    private boolean isParticleToken(Token t) {
        return lex.isParticle(t.text()) && t.text().chars().allMatch(Character::isLetter);
    }

    /**
     * "Elizabeth A. Burton": the tokenizer splits "A." into the article "A" and a period; a capital letter with
     * its period, between a name word and a capitalised word, is an initial.
     */
    private static boolean splitInitial(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return j > 0 && j + 2 < tokens.size() && t.text().matches("\\p{Lu}") && tokens.get(j + 1).text().equals(".")
                && tokens.get(j + 1).start() == t.end() && startsUpper(tokens.get(j - 1).text())
                && startsUpper(tokens.get(j + 2).text()) && tokens.get(j + 2).isPropn();
    }

    private static boolean isInitial(Token t) {
        return t.text().matches("\\p{Lu}\\.(\\p{Lu}\\.)*");
    }

    private static boolean isPossessive(Token t) {
        return t.text().endsWith("'s") || t.text().endsWith("s'");
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** Words that open a sentence before a titled name: "Later", "Meanwhile", "Yesterday". */
    private static final Set<String> OPENING_ADVERBS = Set.of("later", "meanwhile", "now", "then", "earlier", "yesterday",
            "today", "also", "still", "instead", "afterwards", "afterward", "separately", "finally", "previously");

    /**
     * Words for what a person believes or does that newsrooms capitalise before a name ("Feminist
     * Glenn Fleishman", "Democrat Jane Doe"): never given names. A list, not a suffix, so that
     * Florian and Octavian stay given names.
     */
    private static final Set<String> DESCRIPTORS = Set.of("feminist", "activist", "democrat", "republican", "socialist",
            "communist", "libertarian", "conservative", "progressive", "nationalist", "populist", "liberal", "independent",
            "labour", "tory", "green", "evangelist", "economist", "scientist", "artist", "journalist", "novelist",
            "columnist", "comedian", "historian", "musician", "physician", "politician", "pianist", "guitarist",
            "vocalist", "strategist", "environmentalist", "philanthropist", "entrepreneur", "veteran", "noted");

    /** Verbs that open a sentence before a name: "Enter Stuart R. Kaplan", "Meet Jane Doe". */
    private static final Set<String> IMPERATIVES = Set.of("enter", "meet", "ask", "thank", "consider", "imagine",
            "remember", "watch", "welcome", "introducing", "starring", "featuring");

    /**
     * Splits leading honorifics and office titles off a run ("President Bashar al-Assad"), and
     * place or organisation words after "of"/"to" ("Secretary of State John Kerry").
     */
    private List<NameRun> split(List<Token> tokens, String text, int runStart, List<int[]> parts, boolean possessive) {
        List<String> words = new ArrayList<>();
        for (int[] p : parts) {
            words.add(stripPossessive(text.substring(tokens.get(p[0]).start(), tokens.get(p[1] - 1).end())));
        }
        Head head = new Head(words, parts);
        if (verbAtHead(tokens, head)) {
            head = head.withoutFirst();
        }
        if (adverbAtHead(tokens, head)) {
            head = head.withoutFirst();
        }
        if (descriptorAtHead(head)) {
            head = head.withoutFirst();
        }
        if (head.parts() != parts) {
            words = head.words();
            parts = head.parts();
            runStart = parts.get(0)[0];
        }
        LeadingTitle title = leadingTitle(words);
        int first = title.words();
        if (first == 0 && runStart > 0 && Set.of("of", "to", "for").contains(tokens.get(runStart - 1).lower())) {
            first = placeWordsAfterPreposition(words);
        }
        if (first >= words.size()) {
            return List.of();
        }
        List<String> nameParts = new ArrayList<>(words.subList(first, words.size()));
        int[] firstPart = parts.get(first);
        int[] lastPart = parts.get(parts.size() - 1);
        int start = tokens.get(firstPart[0]).start();
        Token lastTok = tokens.get(lastPart[1] - 1);
        int end = lastTok.end() - (lastTok.text().length() - stripPossessive(lastTok.text()).length());
        while (nameParts.size() > 1 && SUFFIXES.contains(nameParts.get(nameParts.size() - 1).toLowerCase(Locale.ROOT))) {
            nameParts.remove(nameParts.size() - 1);
        }
        return List.of(new NameRun(firstPart[0], lastPart[1], runStart, start, end, nameParts, title.honorific(),
                title.words(), title.courtesy()));
    }

    /** Courtesy and office titles at the front of a run: how many words, and the courtesy title among them. */
    private record LeadingTitle(int words, boolean honorific, String courtesy) {
    }

    /** The last title word among the leading words (never the last word) ends the title. */
    private LeadingTitle leadingTitle(List<String> words) {
        int lastTitle = -1;
        boolean honorific = false;
        String courtesy = null;
        for (int k = 0; k < words.size() - 1; k++) {
            String w = words.get(k).toLowerCase(Locale.ROOT);
            if (k + 1 < words.size() - 1 && lex.isTitle(w + " " + words.get(k + 1).toLowerCase(Locale.ROOT))) {
                lastTitle = k + 1; // "Lt Col", "Secretary General": two words, tried first
                k++;
            } else if (lex.isHonorific(w) || lex.isTitle(w) || lex.isTitle(w.replace(".", ""))) {
                lastTitle = k;
                honorific |= lex.isHonorific(w);
                if (lex.isHonorific(w)) {
                    courtesy = w;
                }
            }
        }
        return new LeadingTitle(lastTitle + 1, honorific, courtesy);
    }

    /**
     * "ambassador to Iraq Nawaf Fares": after "of", "to" or "for", place and organisation words belong to the
     * title; returns where the name starts. "the son of Bill Gates": a common given name starts the name,
     * whatever else it means; so does a particle ("in light of Van Der Beek's announcement", though Van is a city).
     */
    private int placeWordsAfterPreposition(List<String> words) {
        int first = 0;
        while (first < words.size() - 1 && !lex.isCommonGivenName(words.get(first)) && !lex.isParticle(words.get(first))
                && (lex.isPlace(words.get(first)) || lex.isOrgWord(words.get(first))
                || (words.size() - first > 2 && !lex.isGivenName(words.get(first))))) {
            first++;
        }
        return first;
    }
    /** The words of a run and their token ranges, as leading words that are not the name are dropped. */
    private record Head(List<String> words, List<int[]> parts) {
        Head withoutFirst() {
            return new Head(new ArrayList<>(words.subList(1, words.size())), new ArrayList<>(parts.subList(1, parts.size())));
        }
    }

    /** "Hosting Reyes", "Make Halvorsen", "Enter Stuart R. Kaplan": a verb at the head of the run is not a given name. */
    private boolean verbAtHead(List<Token> tokens, Head head) {
        List<String> words = head.words();
        List<int[]> parts = head.parts();
        Token lead = tokens.get(parts.get(0)[0]);
        int after = parts.get(parts.size() - 1)[1];
        String afterTag = after < tokens.size() ? tokens.get(after).tag().split("\\+")[0] : "";
        String leadWord = words.get(0).toLowerCase(Locale.ROOT);
        boolean verbLike = leadWord.endsWith("ing") || leadWord.endsWith("ed")
                || Set.of("DET", "NOUN", "ADJ", "NUM", "PRON").contains(afterTag) // "Make Halvorsen the captain"
                || words.size() > 1 && lex.isGivenName(words.get(1)); // "Enter Stuart R. Kaplan."
        boolean imperative = words.size() > 2 && IMPERATIVES.contains(leadWord) && lex.isGivenName(words.get(1))
                && (parts.get(0)[0] == 0 || tokens.get(parts.get(0)[0] - 1).isPunct());
        return imperative || words.size() > 1 && (lead.isVerb() || lead.tag().startsWith("AUX")) && !lead.isPropn() && verbLike
                && !lex.isGivenName(words.get(0)) && !lex.isHonorific(words.get(0)) && !lex.isTitle(words.get(0))
                && lex.surnameFirstOrigin(words.get(0)) == null; // "Wang/VERB Qiang": a surname, whatever the tagger says
    }

    /** "Later President-elect Donald Trump", "Meanwhile Senator Park": an adverb opening the sentence is neither title nor name. */
    private boolean adverbAtHead(List<Token> tokens, Head head) {
        List<String> words = head.words();
        int at = head.parts().get(0)[0];
        return words.size() > 2 && (at == 0 || tokens.get(at - 1).isPunct())
                && (tokens.get(at).tag().startsWith("ADV") || OPENING_ADVERBS.contains(words.get(0).toLowerCase(Locale.ROOT)))
                && !lex.isGivenName(words.get(0)) && !lex.isTitle(words.get(0).toLowerCase(Locale.ROOT));
    }

    /** "Noted Feminist Glenn Fleishman": a capitalised word before a common given name and a surname describes the person. */
    private boolean descriptorAtHead(Head head) {
        List<String> words = head.words();
        return words.size() > 2 && DESCRIPTORS.contains(words.get(0).toLowerCase(Locale.ROOT)) && lex.isGivenName(words.get(1))
                && !lex.isGivenName(words.get(0)) && !lex.isTitle(words.get(0).toLowerCase(Locale.ROOT));
    }
}
