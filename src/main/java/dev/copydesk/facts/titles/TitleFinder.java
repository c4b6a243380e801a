package dev.copydesk.facts.titles;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the titles attached to a name from the words around it: before the name ("former
 * ambassador to Iraq Nawaf Fares"), in apposition on either side ("Sara Lin, the agency's deputy
 * director,"), a degree after it ("Jane Liu, Ph.D."), a relative clause ("who will become
 * chairman"), a shared plural apposition ("Lin and Ortiz, both professors at…"), or a predicate
 * ("Lin is the deputy director", "Lin served as chairman").
 */
public final class TitleFinder {
    private static final Set<String> LINK_PREPS = Set.of("of", "to", "for");
    /** Verbs that give the subject a title: "is the deputy director", "became chairman", "serves as". */
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "remained", "became", "becomes");
    private static final Set<String> AS_VERBS = Set.of("serves", "served", "works", "worked", "acts", "acted",
            "doubles", "doubled", "sits", "sat");
    private static final Set<String> NAMED_VERBS = Set.of("named", "appointed", "elected", "promoted", "hired",
            "confirmed", "nominated", "sworn");
    private static final Set<String> TITLE_ADVERBS = Set.of("most", "then", "now", "longtime", "once", "also");
    /** Time words that open a sentence before a titled name: "Last month Treasury Department official …". */
    private static final Set<String> TEMPORAL = Set.of("last", "next", "this", "that", "earlier", "later", "month",
            "week", "year", "day", "days", "weeks", "months", "years", "yesterday", "today", "tomorrow", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "ago");
    /** Words that may stand before a title that is part of the name run ("former Sen. Park", "state Sen. Park"). */
    private static final Set<String> QUALIFIERS = Set.of("former", "then", "acting", "interim", "state", "u.s.",
            "deputy", "vice", "incoming", "outgoing", "retired", "late", "ex", "new", "newly", "elected", "current");
    private static final int MAX_PHRASE = 10;
    private static final int MAX_APPOSITION = 18;

    private final TitleParser parser;
    private final Lexicons lex;

    public TitleFinder(Lexicons lex) {
        this.parser = new TitleParser(lex);
        this.lex = lex;
    }

    /** The titles attached to the name, the one written closest first; empty when none. */
    public List<Title> find(List<Token> tokens, NameSpan run, String text) {
        List<Title> out = new ArrayList<>();
        Title before = prenominal(tokens, run, text);
        add(out, before);
        if (before == null) {
            before = appositiveBefore(tokens, run, text);
            add(out, before);
        }
        if (before == null) {
            before = frontedAs(tokens, run, text);
            add(out, before);
        }
        if (before == null) {
            add(out, sharedPlural(tokens, run, text));
        }
        int after = skipCredentials(tokens, run.endToken(), text, out);
        add(out, appositiveAfter(tokens, run, after, text));
        add(out, copular(tokens, run, text));
        add(out, replacing(tokens, run, text));
        return out;
    }

    private static final Set<String> REPLACE_VERBS = Set.of("replace", "replaces", "replaced", "replacing", "succeed",
            "succeeds", "succeeded", "succeeding");
    /**
     * The words that may stand between a name and "to replace": "has agreed a deal to", "was named to"; not
     * "was tipped to" or "is expected to", a rumour, nor "will", a plan.
     */
    private static final Set<String> LEAD_IN = Set.of("has", "have", "had", "agreed", "agrees", "a", "deal", "was", "is",
            "been", "named", "hired", "chosen", "picked", "appointed", "tapped", "signed", "to");

    /**
     * "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager", "Barra was named
     * to succeed Dan Akerson as chief executive": the job after "as" is the new holder's.
     */
    private Title replacing(List<Token> tokens, NameSpan run, String text) {
        int k = run.endToken();
        while (k < tokens.size() && k - run.endToken() < 8 && LEAD_IN.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= tokens.size() || !REPLACE_VERBS.contains(tokens.get(k).lower())) {
            return null;
        }
        int j = k + 1;
        while (j < tokens.size() && j - k <= 6 && (startsUpper(tokens.get(j)) || isPossessive(tokens.get(j))
                || tokens.get(j).text().equals("-") || tokens.get(j).text().equals("."))) {
            j++; // the one replaced: "Mauricio Pochettino", "Dan Akerson"
        }
        if (j == k + 1 || j >= tokens.size() || !tokens.get(j).lower().equals("as")) {
            return null;
        }
        for (int w = j + 1; w + 1 < tokens.size(); w++) {
            if (tokens.get(w).lower().equals("with") && startsUpper(tokens.get(w + 1))) {
                return null; // "Levy agreed a deal to replace Pochettino as manager with Jose Mourinho": someone else's job
            }
        }
        return phraseAfter(tokens, j + 1, TitleSource.COPULAR, text);
    }

    private static void add(List<Title> out, Title t) {
        if (t != null && out.stream().noneMatch(x -> x.start() == t.start())) {
            out.add(t);
        }
    }

    /** "White House spokesman Jay Carney", "President Bashar al-Assad", "Whole Foods co-founder and CEO John Mackey". */
    private Title prenominal(List<Token> tokens, NameSpan run, String text) {
        if (run.runStart() >= 2 && Set.of("named", "called").contains(tokens.get(run.runStart() - 1).lower())) {
            return named(tokens, run.runStart() - 1, text); // "a meteorologist named Edward Norton Lorenz"
        }
        int inRun = run.firstToken() - run.runStart();
        int k = walkBack(tokens, run.runStart() - 1, false, inRun, run.titled());
        List<Token> phrase = new ArrayList<>(tokens.subList(k + 1, run.firstToken()));
        trimLeading(phrase);
        if (phrase.isEmpty()) {
            return null;
        }
        Token last = phrase.get(phrase.size() - 1);
        if (last.text().equals(".") && phrase.size() > 1) {
            last = phrase.get(phrase.size() - 2); // "Sen" "." split by the tokenizer
        }
        if (!endsTitle(last) && !endsTitle(hyphenWord(phrase))) {
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

    /**
     * "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "editors Kate Hudson, Brent Rose and
     * Nicholas Maronese": a plural title before a list of names is each one's title, in the singular.
     */
    private Title sharedPlural(List<Token> tokens, NameSpan run, String text) {
        if (run.titled()) {
            return null;
        }
        int k = run.runStart() - 1;
        for (int steps = 0; k >= 0 && steps < 24; steps++, k--) {
            Token t = tokens.get(k);
            if (!t.isCapitalized() && !t.text().equals(",") && !t.lower().equals("and")) {
                break; // back over the names listed before this one
            }
        }
        if (k < 0 || k + 1 >= tokens.size() || !tokens.get(k + 1).isCapitalized()) {
            return null;
        }
        Token plural = tokens.get(k);
        String w = plural.lower();
        // right before a list of names "captains" is the noun even when the tagger reads a verb ("rival captains Steve Smith and …")
        if (!(plural.tag().startsWith("NOUN") || plural.tag().startsWith("VERB")) || !isPlural(plural)) {
            return null;
        }
        String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        if (!lex.isTitleWord(singular) && !lex.isTitle(singular)) {
            return null; // "fans", "residents": not a title
        }
        int from = walkBack(tokens, k - 1, false, 1, false);
        List<Token> phrase = new ArrayList<>(tokens.subList(from + 1, k));
        phrase.add(new Token(plural.text().substring(0, singular.length()), plural.start(), plural.start() + singular.length(),
                plural.tag()));
        trimLeading(phrase);
        return phrase.isEmpty() ? null : parser.parse(phrase, TitleSource.PRENOMINAL, text);
    }

    /** The role before "named": "a graduate student named Sarah Gille". */
    private Title named(List<Token> tokens, int namedAt, String text) {
        Token before = tokens.get(namedAt - 1);
        if (!before.text().equals(before.lower())) {
            return null; // "President Ronald Reagan named Alito a US attorney": someone named him, not his role
        }
        int k = walkBack(tokens, namedAt - 1, true, 0, false);
        List<Token> phrase = new ArrayList<>(tokens.subList(k + 1, namedAt));
        trimLeading(phrase);
        return phrase.isEmpty() ? null : parser.parse(phrase, TitleSource.APPOSITIVE, text);
    }

    /** "As an undergraduate at Yale in the 1980s, Sarah Gille …": a role fronted with "as". */
    private Title frontedAs(List<Token> tokens, NameSpan run, String text) {
        int comma = run.runStart() - 1;
        if (comma < 2 || !tokens.get(0).lower().equals("as") || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        Token first = tokens.get(1);
        if (!Set.of("a", "an", "the").contains(first.lower()) && !isPossessive(first) && !lex.isTitleWord(first.lower())) {
            return null; // "As expected, Smith …", "As Smith said, …"
        }
        Title t = phraseAfter(tokens, 1, TitleSource.APPOSITIVE, text);
        return t != null && t.end() == tokens.get(comma - 1).end() ? t : null; // "As chairman, Tom Ortiz said"
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
        boolean list = after + 1 < tokens.size() && tokens.get(after).lower().equals("and") && startsUpper(tokens.get(after + 1));
        if (after < tokens.size() && !list && !Set.of(",", ".", ";", ")", "—", "--").contains(tokens.get(after).text())) {
            return null; // "After meeting the ambassador, John Smith said": subject, not apposition
        }
        // "two cabinet ministers, Jonathan Moyo and Saviour Kasukuwere": a plural title shared by the names listed
        boolean pluralHead = list && isPlural(tokens.get(comma - 1));
        int k = walkBack(tokens, pluralHead ? comma - 2 : comma - 1, true, pluralHead ? 1 : 0, false);
        List<Token> phrase = new ArrayList<>(tokens.subList(k + 1, comma));
        trimLeading(phrase);
        return phrase.isEmpty() ? null : parser.parse(phrase, TitleSource.APPOSITIVE, text);
    }

    /** ", Ph.D.", ", MD, PhD": degrees after the name, added as titles; returns where the words after them start. */
    private int skipCredentials(List<Token> tokens, int m, String text, List<Title> out) {
        int i = m;
        int first = -1;
        int last = -1;
        while (i + 1 < tokens.size() && tokens.get(i).text().equals(",") && isCredential(tokens, i + 1)) {
            int end = credentialEnd(tokens, i + 1);
            first = first < 0 ? i + 1 : first;
            last = end;
            i = end;
        }
        if (first >= 0) {
            int s = tokens.get(first).start();
            int e = tokens.get(last - 1).end();
            String words = text.substring(s, e);
            out.add(new Title(words, s, e, TitleSource.APPOSITIVE, List.of(words.toLowerCase(Locale.ROOT)),
                    TitleKind.CREDENTIAL, null, false, Set.of(), Set.of(), Set.of(), false, false));
        }
        return i;
    }

    private boolean isCredential(List<Token> tokens, int i) {
        return lex.isCredential(tokens.get(i).text()) || lex.isCredential(joinedWithPeriod(tokens, i));
    }

    private static int credentialEnd(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == tokens.get(i).end()
                ? i + 2 : i + 1;
    }

    private static String joinedWithPeriod(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") ? tokens.get(i).text() + "." : tokens.get(i).text();
    }

    /**
     * "Lamia Hariri, the Syrian chargé d'affaires in Cyprus", "said Jay Carney, the White House
     * spokesman", "X, who is the deputy director", "Lin and Ortiz, both professors at …".
     */
    private Title appositiveAfter(List<Token> tokens, NameSpan run, int m, String text) {
        // "Lin and Ortiz, both professors": the apposition after the second name is shared.
        if (m + 1 < tokens.size() && tokens.get(m).lower().equals("and") && startsUpper(tokens.get(m + 1))) {
            int j = m + 1;
            while (j < tokens.size() && (startsUpper(tokens.get(j)) || tokens.get(j).text().equals("-"))) {
                j++;
            }
            if (j + 1 < tokens.size() && tokens.get(j).text().equals(",") && isShared(tokens.get(j + 1))) {
                return phraseAfter(tokens, j + 2, TitleSource.APPOSITIVE, text);
            }
            return null;
        }
        if (m >= tokens.size() || !tokens.get(m).text().equals(",")) {
            return null;
        }
        m++;
        if (m + 1 < tokens.size() && tokens.get(m).tag().equals("NUM") && tokens.get(m + 1).text().equals(",")) {
            m += 2; // age: "John Smith, 45, a lawyer"
        }
        if (m < tokens.size() && isShared(tokens.get(m))) {
            m++; // "Ortiz, both professors at …"
        }
        if (m < tokens.size() && tokens.get(m).lower().equals("who")) {
            Title t = predicate(tokens, m + 1, TitleSource.APPOSITIVE, text); // "X, who will become chairman,"
            for (int k = m + 2; t == null && k < Math.min(tokens.size() - 1, m + 10); k++) {
                if (tokens.get(k).text().equals(",")) {
                    break;
                }
                if (tokens.get(k).lower().equals("as")) {
                    t = phraseAfter(tokens, k + 1, TitleSource.APPOSITIVE, text); // "who follows Amazon as a managing director"
                }
            }
            return t;
        }
        return phraseAfter(tokens, m, TitleSource.APPOSITIVE, text);
    }

    /** The phrase ends in a title word followed only by capitalised words: another person's name. */
    private boolean endsInTitledName(List<Token> tokens, int from, int end) {
        int k = end - 1;
        while (k > from && (tokens.get(k).isCapitalized() && tokens.get(k).isPropn() && !lex.isTitleWord(tokens.get(k).lower())
                || tokens.get(k).start() == tokens.get(k - 1).end() && !tokens.get(k).text().equals("'s"))) {
            k--; // "Lee Sang-min": the pieces of a hyphenated name count with it
        }
        return k < end - 1 && k > from && lex.isTitleWord(tokens.get(k).lower()) && tokens.get(k).isCapitalized();
    }

    /** The apostrophe of "the Lions' general manager", split off as a token of its own. */
    private static boolean isPluralPossessiveMark(List<Token> tokens, int k, int from) {
        Token t = tokens.get(k);
        return (t.text().equals("'") || t.text().equals("\u2019")) && k > from
                && tokens.get(k - 1).end() == t.start() && tokens.get(k - 1).text().endsWith("s");
    }

    /** "agency's" stays one token, tagged anything from NOUN+PART to PUNCT. */
    private static boolean isPossessive(Token t) {
        String w = t.text();
        return w.equals("'s") || w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'"));
    }

    private static boolean isShared(Token t) {
        return Set.of("both", "each", "all").contains(t.lower());
    }

    /** "Ayoubi was the most senior Syrian diplomat left in the UK", "Lin served as chairman". */
    private Title copular(List<Token> tokens, NameSpan run, String text) {
        int m = run.endToken();
        boolean subject = run.runStart() == 0 || tokens.get(run.runStart() - 1).text().equals(",");
        if (!subject || m >= tokens.size()) {
            return null;
        }
        return predicate(tokens, m, TitleSource.COPULAR, text);
    }

    /**
     * A title given by the verb at {@code m}: "is/was/became X", "has been X", "will be/become X",
     * "serves as X", "was named X".
     */
    private Title predicate(List<Token> tokens, int m, TitleSource source, String text) {
        if (m >= tokens.size()) {
            return null;
        }
        String w = tokens.get(m).lower();
        String next = m + 1 < tokens.size() ? tokens.get(m + 1).lower() : "";
        if (COPULAS.contains(w)) {
            m++;
            if (NAMED_VERBS.contains(next)) {
                m++; // "was named chief executive"
            } else if (AS_VERBS.contains(next) || next.equals("known")) {
                return null;
            }
        } else if ((w.equals("has") || w.equals("had")) && next.equals("been")) {
            m += 2;
        } else if (w.equals("will") && (next.equals("be") || next.equals("become"))) {
            m += 2;
        } else if (AS_VERBS.contains(w) && next.equals("as")) {
            m += 2;
        } else if ((w.equals("has") || w.equals("had")) && AS_VERBS.contains(next) && m + 2 < tokens.size()
                && tokens.get(m + 2).lower().equals("as")) {
            m += 3; // "has served as"
        } else {
            return null;
        }
        return phraseAfter(tokens, m, source, text);
    }

    private Title phraseAfter(List<Token> tokens, int m, TitleSource source, String text) {
        if (m >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(m);
        String base = first.tag().split("\\+")[0];
        if (!(Set.of("DET", "ADJ", "NOUN", "PROPN").contains(base) || TITLE_ADVERBS.contains(first.lower())
                || first.text().endsWith("'s") || lex.isTitleWord(first.lower()))) {
            return null;
        }
        int end = m;
        // An apposition is closed by its comma, so it may run long ("deputy commissioner for water
        // and sewer operations at the Department of Environmental Protection").
        int limit = source == TitleSource.APPOSITIVE ? MAX_APPOSITION : MAX_PHRASE + 2;
        while (end < tokens.size() && end - m < limit) {
            Token t = tokens.get(end);
            String tb = t.tag().split("\\+")[0];
            boolean ok = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(tb)
                    || LINK_PREPS.contains(t.lower()) || Set.of("in", "at", "and", "on").contains(t.lower())
                    || TITLE_ADVERBS.contains(t.lower()) || t.text().equals("-") || isPossessive(t)
                    || isPluralPossessiveMark(tokens, end, m)
                    || (t.text().startsWith("-") && t.text().length() > 1) || lex.isTitleWord(t.lower())
                    || (end > m && tokens.get(end - 1).text().equals("-") && tokens.get(end - 1).end() == t.start());
            if (!ok || Set.of("who", "which", "that", "this").contains(t.lower())) {
                break;
            }
            if (tb.equals("DET") && end > m) {
                String prev = tokens.get(end - 1).lower();
                boolean leadingAdverb = end == m + 1 && TITLE_ADVERBS.contains(prev); // "now a physical oceanographer"
                if (!LINK_PREPS.contains(prev) && !Set.of("in", "at", "and", "on").contains(prev) && !leadingAdverb) {
                    break;
                }
            }
            end++;
        }
        while (end > m && Set.of("and", "of", "in", "at", "to", "for", "on").contains(tokens.get(end - 1).lower())) {
            end--;
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
        if (endsInTitledName(tokens, m, end)) {
            return null; // "against Yoon, Kim and Interior Minister Lee Sang-min": a list of people
        }
        return parser.parse(new ArrayList<>(tokens.subList(m, end)), source, text);
    }

    /**
     * Walks left from {@code k} over words that can be part of a title; returns the index of the
     * first token that is not. With {@code allowDeterminer}, one leading "the/a/an" is taken and
     * ends the walk. With {@code runHasTitle} (the name run already starts with a title, "Sen."),
     * only qualifiers and capitalised words join it: "party figure Sen. Park" is titled "Sen.".
     */
    private int walkBack(List<Token> tokens, int k, boolean allowDeterminer, int alreadyTaken, boolean runHasTitle) {
        int taken = alreadyTaken;
        while (k >= 0 && taken < MAX_PHRASE) {
            Token t = tokens.get(k);
            String base = t.tag().split("\\+")[0];
            String w = t.lower();
            if (runHasTitle && !QUALIFIERS.contains(w) && !t.isCapitalized() && !t.text().equals("-")) {
                break;
            }
            if (t.text().equals("-") && (k == 0 || tokens.get(k - 1).end() < t.start())
                    && (k + 1 >= tokens.size() || tokens.get(k + 1).start() > t.end())) {
                break; // "NEW YORK - Mayor Bill de Blasio": a spaced dash ends a dateline, not part of the title
            }
            boolean hyphen = t.text().equals("-") || (t.text().startsWith("-") && t.text().length() > 1)
                    || t.text().endsWith("-")
                    || (k > 0 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 1).end() == t.start())
                    || lex.isTitleWord(w);
            boolean attached = k > 0 && tokens.get(k - 1).end() == t.start() || k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 1).text().startsWith("-");
            if (isLabel(w) || TEMPORAL.contains(w) || (base.equals("NOUN") && isPlural(t) && !lex.isTitleWord(w))
                    || (w.endsWith("ing") && !lex.isTitleWord(w) && !t.isCapitalized() && !attached)) {
                break; // "Media caption President …", "church leaders Bishop …", "Last month …", "tackling …"
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
            if (w.equals("and") && taken > 0 && k > 0 && isTitleLike(tokens.get(k - 1))) {
                k--; // "co-founder and CEO John Mackey"
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

    private boolean isTitleLike(Token t) {
        return lex.isTitleWord(t.lower()) || lex.isTitle(t.lower());
    }

    /** The last word of a phrase with the tokens hyphens join to it: "President" "-" "elect" → "President-elect". */
    private static Token hyphenWord(List<Token> phrase) {
        int i = phrase.size() - 1;
        Token last = phrase.get(i);
        StringBuilder text = new StringBuilder(last.text());
        int start = last.start();
        while (i > 0 && phrase.get(i - 1).end() == start) {
            i--;
            text.insert(0, phrase.get(i).text());
            start = phrase.get(i).start();
        }
        return new Token(text.toString(), start, last.end(), phrase.get(i).tag());
    }

    /** A title written before a name ends in its head or a proper noun ("ambassador to Iraq"), not "the" or "MIT's". */
    private boolean endsTitle(Token last) {
        String base = last.tag().split("\\+")[0];
        if (last.text().endsWith("'s") || last.text().equals("'s") || isPrep(last.lower()) || base.equals("DET")) {
            return false;
        }
        return lex.isTitleWord(last.lower()) || lex.isTitle(last.lower()) || lex.isRelation(last.lower()) || last.isCapitalized()
                || last.lower().equals("elect") || last.lower().equals("designate") // "Vice-president elect Mike Pence"
                || TitleParser.isAgentNoun(last.lower()) && last.tag().startsWith("NOUN");
    }

    private static boolean startsUpper(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
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

    private static void trimLeading(List<Token> phrase) {
        while (!phrase.isEmpty() && (isPrep(phrase.get(0).lower()) || Set.of("the", "and", "or", ",").contains(phrase.get(0).lower()))) {
            phrase.remove(0);
        }
    }
}
