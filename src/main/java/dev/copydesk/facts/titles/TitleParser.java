package dev.copydesk.facts.titles;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses a title phrase ("former ambassador to Iraq") into heads, specifiers and qualifiers. */
final class TitleParser {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> COMPLEMENT_PREPS = Set.of("of", "to", "for");
    private static final Set<String> PREPS = Set.of("of", "to", "for", "in", "at", "on", "with", "from", "and");
    /** Words that make a different office of the head they precede ("deputy director" is not "director"). */
    private static final Set<String> OFFICE_PREFIXES = Set.of("deputy", "assistant", "associate", "vice", "under");

    /** Words that qualify a title without naming the office ("Former ambassador" at a sentence start). */
    private static final Set<String> QUALIFIERS = Set.of("former", "ex", "acting", "interim", "then", "new", "outgoing",
            "incoming", "longtime", "late");

    /** Heads that are titles only with what they are of or at. */
    private static final Set<String> NEEDS_COMPLEMENT = Set.of("fellow");

    private final Lexicons lex;

    TitleParser(Lexicons lex) {
        this.lex = lex;
    }

    /** One word of the phrase: hyphenated tokens joined ("highest-ranking"). */
    private record Word(String lower, String text, int start, int end, boolean possessive, String tag) {
        boolean capitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }
    }

    private record Head(int from, int to, String canonical) {
    }

    /** A lesser office is an office too: "deputy commissioner", "assistant police chief", "acting mayor". */
    private static final java.util.regex.Pattern LESSER_PREFIX = java.util.regex.Pattern.compile(
            "^((deputy|assistant|associate|acting|interim|vice|under)[ -])+");

    /** The title in the phrase, or null when it holds no title word. */
    Title parse(List<Token> phrase, TitleSource source, String blockText) {
        List<Word> words = words(phrase);
        while (words.size() > 1 && (words.get(0).lower().equals("now") || words.get(0).lower().equals("also"))) {
            words.remove(0); // "now a physical oceanographer": the title is what follows
        }
        boolean determiner = !words.isEmpty() && DETERMINERS.contains(words.get(0).lower());
        while (!words.isEmpty() && (DETERMINERS.contains(words.get(0).lower())
                || lex.isHonorific(words.get(0).lower()) && !lex.isTitle(words.get(0).lower()))) {
            words.remove(0); // "the", and "Mr" before "Mayor Smith" is courtesy, not the title ("Dr." is one)
        }
        while (!words.isEmpty() && PREPS.contains(words.get(words.size() - 1).lower())) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        List<Head> heads = headsOf(words, determiner, source);
        Head main = heads.isEmpty() ? null : mainHead(words, heads);
        if (main == null) {
            return null; // no title word, or only inside a prepositional phrase ("coders in general")
        }
        List<String> headNames = new ArrayList<>();
        headNames.add(main.canonical());
        for (Head h : heads) {
            if (h != main && !headNames.contains(h.canonical())) {
                headNames.add(h.canonical());
            }
        }
        Set<String> ranks = new LinkedHashSet<>();
        boolean former = modifiers(words, main, ranks);
        Word first = words.get(0);
        Word last = words.get(words.size() - 1);
        String text = blockText.substring(first.start(), last.end());
        if (headsADepartment(words, main)) {
            main = new Head(main.from(), main.to(), "director"); // "head of research": a department's director
            headNames.set(0, "director");
        }
        TitleKind kind = kindOf(main.canonical());
        String field = kind == TitleKind.OCCUPATION || kind == TitleKind.OFFICE ? lex.occupationField(main.canonical())
                : kind == TitleKind.POSITION ? lex.positionGroup(main.canonical()) : null;
        boolean academic = words.stream().anyMatch(w -> w.capitalized() && ACADEMIC.contains(w.lower()));
        return new Title(text, first.start(), last.end(), source, headNames, kind, field, former, specifiers(words, main), ranks,
                employer(words, academic), academic, words.stream().anyMatch(w -> SECOND_AFFILIATION.contains(w.lower())));
    }

    /**
     * "head of research", "Head of Research at ICICI Securities": the head of a department, not of an
     * organisation ("head of Google", "head of the agency").
     */
    private static boolean headsADepartment(List<Word> words, Head main) {
        if (!main.canonical().equals("head") || main.to() + 1 >= words.size() || !words.get(main.to()).lower().equals("of")) {
            return false;
        }
        Word next = words.get(main.to() + 1);
        boolean organisationFollows = words.subList(main.to() + 2, words.size()).stream()
                .anyMatch(w -> w.lower().equals("at") || w.lower().equals("for"));
        return !DETERMINERS.contains(next.lower()) && !NOT_DEPARTMENTS.contains(next.lower())
                && (!next.capitalized() || organisationFollows);
    }

    /** "head of state", "head of government": the office of a country, not of a department. */
    private static final Set<String> NOT_DEPARTMENTS = Set.of("state", "government", "household", "family", "delegation");

    /** Capitalised words that name an organisation rather than the kind of one, or the job. */
    private static final Set<String> GENERIC_ORG = Set.of("university", "college", "institute", "inc.", "inc", "corp.",
            "corp", "co.", "ltd", "ltd.", "llc", "plc", "group", "company", "department", "center", "centre", "school",
            "national", "international", "american", "the", "of", "and", "for", "at", "in", "on", "u.s.", "state");
    private static final Set<String> ACADEMIC = Set.of("university");
    /** "Boston-based", "Harvard-trained", "Ohio-born": a word that describes, not an employer's name. */
    private static final java.util.regex.Pattern DESCRIBING = java.util.regex.Pattern.compile(
            "-(based|born|bred|trained|educated|raised|area|style|era)$");
    /** Words that make an academic title a second affiliation: one person may hold it beside a post elsewhere. */
    private static final Set<String> SECOND_AFFILIATION = Set.of("visiting", "adjunct", "emeritus", "fellow", "member",
            "affiliate", "affiliated", "honorary");

    /**
     * "trader at Tempus Inc." gives "tempus"; "the Tufts center's director" gives "tufts". A place ("a New York
     * lawyer") says where, not for whom, except in a university's name ("University of California"); a
     * "Boston-based" or "Harvard-trained" word describes.
     */
    private Set<String> employer(List<Word> words, boolean academic) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : words) {
            String lower = w.lower().replaceAll("['’]s$", "");
            if (w.capitalized() && !lex.isTitleWord(lower) && !GENERIC_ORG.contains(lower) && !lex.isRankModifier(lower)
                    && lower.length() > 1 && !DESCRIBING.matcher(lower).find() && (academic || !lex.isPlace(w.text()))) {
                out.add(lower);
            }
        }
        return out;
    }

    /** The title words of the phrase; after an article, a person noun or a party ("a Democrat"); before a name, an agent noun. */
    private List<Head> headsOf(List<Word> words, boolean determiner, TitleSource source) {
        List<Head> heads = heads(words);
        if (heads.isEmpty() && determiner && source != TitleSource.PRENOMINAL) {
            Head person = personNoun(words);
            heads = person == null ? partyMember(words) : List.of(person);
        }
        if (heads.isEmpty() && source == TitleSource.PRENOMINAL && isAgentNoun(words.get(words.size() - 1).lower())) {
            heads = List.of(new Head(words.size() - 1, words.size(), words.get(words.size() - 1).lower())); // "chaos theorist Ian Malcolm"
        }
        return heads;
    }

    /** Reads the words before the main head: rank modifiers go into {@code ranks}; returns whether "former" or "ex-" is there. */
    private boolean modifiers(List<Word> words, Head main, Set<String> ranks) {
        boolean former = false;
        for (int i = 0; i < main.from(); i++) {
            String w = words.get(i).lower();
            if (w.equals("former") || w.startsWith("ex-") || w.equals("ex")) {
                former = true;
            }
            if (lex.isRankModifier(w)) {
                ranks.add(w);
            }
            if (i + 1 < main.from() && lex.isRankModifier(w + " " + words.get(i + 1).lower())) {
                ranks.add(w + " " + words.get(i + 1).lower());
            }
        }
        return former;
    }

    private TitleKind kindOf(String head) {
        return lex.isRelation(head) ? TitleKind.RELATION
                : lex.isOffice(head) || lex.isOffice(LESSER_PREFIX.matcher(head).replaceFirst("")) ? TitleKind.OFFICE
                : lex.occupationField(head) != null ? TitleKind.OCCUPATION
                : lex.positionGroup(head) != null ? TitleKind.POSITION : TitleKind.ROLE;
    }

    private List<Word> words(List<Token> tokens) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            int start = t.start();
            int end = t.end();
            // Join "highest" "-" "ranking" and "pro-" "government" back into one word.
            while (i + 1 < tokens.size() && tokens.get(i + 1).start() == end
                    && (tokens.get(i + 1).text().startsWith("-") || text.endsWith("-")
                    || (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")))) {
                Token next = tokens.get(++i);
                text += next.text();
                end = next.end();
                if (next.text().equals("-") && i + 1 < tokens.size() && tokens.get(i + 1).start() == end) {
                    Token after = tokens.get(++i);
                    text += after.text();
                    end = after.end();
                }
            }
            if (text.equals(",") || text.equals("'s")) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == end) {
                text += ".";
                end = tokens.get(++i).end(); // "Sen" "." → "Sen."
            }
            boolean possessive = text.endsWith("'s") || text.endsWith("s'") || t.tag().contains("PART");
            String lower = text.toLowerCase(Locale.ROOT);
            out.add(new Word(lower, text, start, end, possessive, t.tag()));
        }
        return out;
    }

    /**
     * "a Pakistan-based developer", "an opera singer": in an apposition, a noun that names a
     * person by what they do (-er, -ist, -ian, -or…) is a role even when no list has it.
     */
    private Head personNoun(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (PREPS.contains(w.lower())) {
                break;
            }
            boolean last = i + 1 == words.size() || PREPS.contains(words.get(i + 1).lower());
            if (last && w.tag().startsWith("NOUN") && !w.possessive() && PERSON_SUFFIX.matcher(w.lower()).find()) {
                return new Head(i, i + 1, w.lower());
            }
        }
        return null;
    }

    /** "a Virginia Democrat", "a Conservative": a party's member, a role. */
    private static List<Head> partyMember(List<Word> words) {
        Word last = words.get(words.size() - 1);
        return last.capitalized() && PARTIES.contains(last.lower()) ? List.of(new Head(words.size() - 1, words.size(), last.lower()))
                : List.of();
    }

    private static final Set<String> PARTIES = Set.of("democrat", "republican", "conservative", "tory", "liberal",
            "socialist", "communist", "green", "libertarian");

    /**
     * A noun that names a person by what they do, sure enough to title a name with no article
     * before it: "chaos theorist", "economist", "historian". Not "-er" (dinner, summer, water).
     */
    static boolean isAgentNoun(String w) {
        return AGENT_SUFFIX.matcher(w).find() && w.length() > 5;
    }

    private static final java.util.regex.Pattern AGENT_SUFFIX = java.util.regex.Pattern.compile(
            "(?:[^aeiou]ist|ician|ologist|ographer|eer|smith)$");

    private static final java.util.regex.Pattern PERSON_SUFFIX = java.util.regex.Pattern.compile(
            "(?:[^aeiou]er|ist|ian|[^aeiou]or|ant|man|woman|person|eer|ee)$");

    private List<Head> heads(List<Word> words) {
        List<Head> heads = new ArrayList<>();
        int longest = lex.longestTitle();
        int i = 0;
        while (i < words.size()) {
            Head found = null;
            for (int len = Math.min(longest, words.size() - i); len >= 1 && found == null; len--) {
                String phrase = join(words, i, i + len);
                if (!words.get(i + len - 1).possessive() && lex.isTitle(phrase)) {
                    found = new Head(i, i + len, lex.canonicalTitle(phrase));
                } else if (!words.get(i + len - 1).possessive() && (lex.isRelation(phrase) || coTitle(phrase) || joinedTitles(phrase))) {
                    found = new Head(i, i + len, phrase); // "her mother", "co-director of the centre"
                } else if (phrase.length() > 4 && phrase.endsWith("s") && !words.get(i + len - 1).possessive()
                        && !words.get(i + len - 1).capitalized() && lex.isTitle(singular(phrase))) {
                    found = new Head(i, i + len, lex.canonicalTitle(singular(phrase))); // "both professors at …"
                } else if (phrase.length() > 4 && phrase.endsWith("s") && !words.get(i + len - 1).possessive()
                        && lex.isRelation(singular(phrase))) {
                    found = new Head(i, i + len, singular(phrase)); // "her sons, X and Y"
                }
            }
            if (found != null && NEEDS_COMPLEMENT.contains(found.canonical())
                    && (found.to() >= words.size() || !PREPS.contains(words.get(found.to()).lower()))) {
                found = null; // "fellow Ennahda members": an adjective; "a fellow at the Urban Institute" is a title
            }
            if (found == null) {
                i++;
                continue;
            }
            if (found.from() > 0 && OFFICE_PREFIXES.contains(words.get(found.from() - 1).lower())) {
                String prefixed = words.get(found.from() - 1).lower() + " " + found.canonical();
                found = new Head(found.from() - 1, found.to(), lex.canonicalTitle(prefixed));
            }
            heads.add(found);
            i = found.to();
        }
        return heads;
    }

    /**
     * The head before the first complement preposition ("ambassador" in "ambassador to Iraq"); a preposition
     * between capitalised words belongs to a name ("Department of Health spokeswoman").
     */
    private static Head mainHead(List<Word> words, List<Head> heads) {
        int firstPrep = words.size();
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (Head h : heads) {
                if (i >= h.from() && i < h.to()) {
                    continue outer;
                }
            }
            String w = words.get(i).lower();
            boolean insideAName = i > 0 && i + 1 < words.size() && words.get(i - 1).capitalized() && words.get(i + 1).capitalized();
            if (!w.equals("and") && PREPS.contains(w) && !insideAName) {
                firstPrep = i; // but "Department of Health spokeswoman": the "of" is the organisation's
                break;
            }
        }
        Head main = null;
        for (Head h : heads) {
            if (h.from() < firstPrep) {
                main = h;
            }
        }
        return main;
    }

    private Set<String> specifiers(List<Word> words, Head main) {
        Set<String> out = new LinkedHashSet<>();
        // Capitalised words right before the head: "White House spokesman", "State Department spokesman".
        for (int i = main.from() - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (!w.capitalized() || w.possessive() || QUALIFIERS.contains(w.lower()) || lex.isRankModifier(w.lower())) {
                break;
            }
            if (!lex.isPlace(w.lower())) {
                out.add(w.lower());
            }
        }
        // The complement: "ambassador to Iraq", "chief executive of Acme".
        int i = main.to();
        if (i < words.size() && COMPLEMENT_PREPS.contains(words.get(i).lower())) {
            for (i++; i < words.size(); i++) {
                String w = words.get(i).lower();
                if (PREPS.contains(w)) {
                    break;
                }
                if (!DETERMINERS.contains(w)) {
                    out.add(w.replaceAll("'s$", ""));
                }
            }
        }
        return out;
    }

    /** "writer-director", "actor-producer": two titles held at once, written as one. */
    private boolean joinedTitles(String phrase) {
        int dash = phrase.indexOf('-');
        return dash > 0 && phrase.indexOf(' ') < 0 && lex.isTitle(phrase.substring(0, dash)) && lex.isTitle(phrase.substring(dash + 1));
    }

    /** "co-director", "co-chair": a title shared with someone, a role of its own. */
    private boolean coTitle(String phrase) {
        return phrase.startsWith("co-") && phrase.length() > 3 && lex.isTitle(phrase.substring(3));
    }

    private static String singular(String plural) {
        if (plural.endsWith("men")) {
            return plural.substring(0, plural.length() - 3) + "man";
        }
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y" : plural.substring(0, plural.length() - 1);
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.get(i).lower());
        }
        return sb.toString();
    }
}
