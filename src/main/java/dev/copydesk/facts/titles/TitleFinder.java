package dev.copydesk.facts.titles;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the title attached to a name run from the words around it: before the name
 * ("former ambassador to Iraq Nawaf Fares"), in apposition on either side, or after a copula.
 */
public final class TitleFinder {
    private static final Set<String> LINK_PREPS = Set.of("of", "to", "for");
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "remained");
    private static final Set<String> TITLE_ADVERBS = Set.of("most", "then", "now", "longtime", "once");
    private static final int MAX_PHRASE = 10;

    private final TitleParser parser;
    private final Lexicons lex;

    public TitleFinder(Lexicons lex) {
        this.parser = new TitleParser(lex);
        this.lex = lex;
    }

    /** The title attached to the run, or null. */
    public Title find(List<Token> tokens, NameSpan run, String text) {
        Title t = prenominal(tokens, run, text);
        if (t == null) {
            t = appositiveBefore(tokens, run, text);
        }
        if (t == null) {
            t = appositiveAfter(tokens, run, text);
        }
        if (t == null) {
            t = copular(tokens, run, text);
        }
        return t;
    }

    /** "White House spokesman Jay Carney", "President Bashar al-Assad". */
    private Title prenominal(List<Token> tokens, NameSpan run, String text) {
        int k = walkBack(tokens, run.runStart() - 1, false, run.firstToken() - run.runStart());
        List<Token> phrase = new ArrayList<>(tokens.subList(k + 1, run.firstToken()));
        trimLeadingPreps(phrase);
        Token last = phrase.isEmpty() ? null : phrase.get(phrase.size() - 1);
        if (last != null && last.text().equals(".") && phrase.size() > 1) {
            last = phrase.get(phrase.size() - 2); // "Sen" "." split by the tokenizer
        }
        if (last == null || !endsTitle(last)) {
            return null; // "chairman of the Council … in the Carter administration": the name is not the title holder
        }
        Title t = parser.parse(phrase, TitleSource.PRENOMINAL, text);
        // "house arrest at Mayor Mugabe": the walk crossed a preposition into words about something
        // else; the title is what follows the preposition.
        for (int i = phrase.size() - 1; t == null && i > 0; i--) {
            if (isPrep(phrase.get(i - 1).lower())) {
                t = parser.parse(new ArrayList<>(phrase.subList(i, phrase.size())), TitleSource.PRENOMINAL, text);
            }
        }
        return t;
    }

    /** "the former chargé d'affaires, Ghassan Dalla, in May". */
    private Title appositiveBefore(List<Token> tokens, NameSpan run, String text) {
        int comma = run.runStart() - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",") || run.runStart() != run.firstToken()) {
            return null;
        }
        int after = run.endToken();
        if (after < tokens.size() && tokens.get(after).text().equals("'s")) {
            after++;
        }
        if (after < tokens.size() && !Set.of(",", ".", ";", ")", "—", "--").contains(tokens.get(after).text())) {
            return null; // "After meeting the ambassador, John Smith said": subject, not apposition
        }
        int k = walkBack(tokens, comma - 1, true, 0);
        List<Token> phrase = new ArrayList<>(tokens.subList(k + 1, comma));
        trimLeadingPreps(phrase);
        return phrase.isEmpty() ? null : parser.parse(phrase, TitleSource.APPOSITIVE, text);
    }

    /** "Lamia Hariri, the Syrian chargé d'affaires in Cyprus" / "said Jay Carney, the White House spokesman". */
    private Title appositiveAfter(List<Token> tokens, NameSpan run, String text) {
        int m = run.endToken();
        if (m >= tokens.size() || !tokens.get(m).text().equals(",")) {
            return null;
        }
        m++;
        if (m + 1 < tokens.size() && tokens.get(m).tag().equals("NUM") && tokens.get(m + 1).text().equals(",")) {
            m += 2; // age: "John Smith, 45, a lawyer"
        }
        return phraseAfter(tokens, m, TitleSource.APPOSITIVE, text);
    }

    /** "Ayoubi was the most senior Syrian diplomat left in the UK". */
    private Title copular(List<Token> tokens, NameSpan run, String text) {
        int m = run.endToken();
        boolean subject = run.runStart() == 0 || tokens.get(run.runStart() - 1).text().equals(",");
        if (!subject || m >= tokens.size()) {
            return null;
        }
        String w = tokens.get(m).lower();
        if (COPULAS.contains(w)) {
            m++;
        } else if ((w.equals("has") || w.equals("had")) && m + 1 < tokens.size() && tokens.get(m + 1).lower().equals("been")) {
            m += 2;
        } else {
            return null;
        }
        return phraseAfter(tokens, m, TitleSource.COPULAR, text);
    }

    private Title phraseAfter(List<Token> tokens, int m, TitleSource source, String text) {
        if (m >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(m);
        String base = first.tag().split("\\+")[0];
        if (!(Set.of("DET", "ADJ", "NOUN", "PROPN").contains(base) || TITLE_ADVERBS.contains(first.lower())
                || first.text().endsWith("'s"))) {
            return null;
        }
        int end = m;
        while (end < tokens.size() && end - m < MAX_PHRASE + 2) {
            Token t = tokens.get(end);
            String tb = t.tag().split("\\+")[0];
            boolean ok = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(tb)
                    || LINK_PREPS.contains(t.lower()) || Set.of("in", "at", "and").contains(t.lower())
                    || TITLE_ADVERBS.contains(t.lower()) || t.text().equals("-") || t.text().equals("'s")
                    || (t.text().startsWith("-") && t.text().length() > 1) || lex.isTitleWord(t.lower())
                    || (end > m && tokens.get(end - 1).text().equals("-") && tokens.get(end - 1).end() == t.start());
            if (!ok || Set.of("who", "which", "that", "this").contains(t.lower())) {
                break;
            }
            if (tb.equals("DET") && end > m) {
                String prev = tokens.get(end - 1).lower();
                if (!LINK_PREPS.contains(prev) && !prev.equals("in") && !prev.equals("at")) {
                    break;
                }
            }
            end++;
        }
        if (end == m) {
            return null;
        }
        if (end < tokens.size() && tokens.get(end).isPropn() && tokens.get(end).isCapitalized()) {
            return null; // "In Albany, state Sen. John Liu": the phrase runs into another name
        }
        if (tokens.get(end - 1).isPropn() && end < tokens.size() && tokens.get(end).isVerb()) {
            return null; // "Later, Secretary of State Esper said": a titled subject, not an apposition
        }
        return parser.parse(new ArrayList<>(tokens.subList(m, end)), source, text);
    }

    /**
     * Walks left from {@code k} over words that can be part of a title; returns the index of the
     * first token that is not. With {@code allowDeterminer}, one leading "the/a/an" is taken and ends the walk.
     */
    private int walkBack(List<Token> tokens, int k, boolean allowDeterminer, int alreadyTaken) {
        int taken = alreadyTaken;
        while (k >= 0 && taken < MAX_PHRASE) {
            Token t = tokens.get(k);
            String base = t.tag().split("\\+")[0];
            String w = t.lower();
            boolean hyphen = t.text().equals("-") || (t.text().startsWith("-") && t.text().length() > 1)
                    || t.text().endsWith("-")
                    || (k > 0 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 1).end() == t.start())
                    || lex.isTitleWord(w);
            if (isLabel(w) || (base.equals("NOUN") && isPlural(t) && !lex.isTitleWord(w))) {
                break; // "Media caption President …", "church leaders Bishop …"
            }
            if (base.equals("NOUN") || base.equals("ADJ") || base.equals("PROPN") || hyphen
                    || t.text().endsWith("'s") || w.equals("'s") || TITLE_ADVERBS.contains(w)) {
                k--;
                taken++;
                continue;
            }
            if ((LINK_PREPS.contains(w) || w.equals("in") || w.equals("at")) && taken > 0) {
                k--;
                taken++;
                continue;
            }
            if (base.equals("DET") && w.equals("the") && k > 0 && isPrep(tokens.get(k - 1).lower())) {
                k--;
                taken++;
                continue;
            }
            if (allowDeterminer && base.equals("DET") && Set.of("the", "a", "an").contains(w)) {
                return k - 1;
            }
            break;
        }
        return k;
    }

    /** A title written before a name ends in its head or a proper noun ("ambassador to Iraq"), not "the" or "MIT's". */
    private boolean endsTitle(Token last) {
        String base = last.tag().split("\\+")[0];
        if (last.text().endsWith("'s") || last.text().equals("'s") || isPrep(last.lower()) || base.equals("DET")) {
            return false;
        }
        return lex.isTitleWord(last.lower()) || lex.isTitle(last.lower()) || last.isCapitalized();
    }

    private static boolean isLabel(String w) {
        return Set.of("caption", "photo", "image", "credit", "video", "pictured", "file").contains(w);
    }

    private static boolean isPlural(Token t) {
        String w = t.text();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0));
    }

    private static boolean isPrep(String w) {
        return LINK_PREPS.contains(w) || w.equals("in") || w.equals("at");
    }

    private static void trimLeadingPreps(List<Token> phrase) {
        while (!phrase.isEmpty() && (isPrep(phrase.get(0).lower()) || Set.of("the", "and", "or", ",").contains(phrase.get(0).lower()))) {
            phrase.remove(0);
        }
    }
}
