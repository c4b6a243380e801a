package dev.copydesk.facts.quotes;

import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Gender;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the words that name a speaker into a speaker: a person named there, a pronoun resolved to
 * the last person of that gender named before ("she said" after a man and a woman is the woman),
 * a role noun resolved to the person who holds that title ("the envoy said"), or the words
 * themselves for an organisation, a document or an unnamed source ("the letter stated").
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /** A person mention with its person. */
    record Named(Mention mention, Person person) {
    }

    private final Lexicons lex;
    private final AnnotatedArticle article;
    private final Map<Integer, List<Named>> byBlock = new HashMap<>();
    /** Per block, the largest mention end among the first i+1 mentions (by start): finds an overlap in log time. */
    private final Map<Integer, int[]> maxEnds = new HashMap<>();
    private final Map<AnnotatedBlock, Integer> positions = new IdentityHashMap<>();
    private final Map<Person, Gender> genders = new IdentityHashMap<>();
    /** Per block, its quotation-mark spans, read when a pronoun's search first reaches it. */
    private final Map<Integer, List<int[]>> quoteSpans = new HashMap<>();

    SpeakerResolver(Lexicons lex, AnnotatedArticle article, List<Person> people) {
        this.lex = lex;
        this.article = article;
        for (Person p : people) {
            genders.put(p, p.gender());
            for (Mention m : p.mentions()) {
                byBlock.computeIfAbsent(m.block().index(), k -> new ArrayList<>()).add(new Named(m, p));
            }
        }
        byBlock.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start())));
        byBlock.forEach((block, list) -> {
            int[] max = new int[list.size()];
            for (int i = 0; i < max.length; i++) {
                max[i] = Math.max(i == 0 ? Integer.MIN_VALUE : max[i - 1], list.get(i).mention().end());
            }
            maxEnds.put(block, max);
        });
        for (int i = 0; i < article.blocks().size(); i++) {
            positions.put(article.blocks().get(i), i);
        }
        inferGenders(article);
    }

    /**
     * People whose gender the text does not give by courtesy title or given name get the one the
     * pronouns that follow them use: a sentence opening "She" right after Ellen Fetter was named.
     */
    private void inferGenders(AnnotatedArticle article) {
        Map<Person, int[]> votes = new IdentityHashMap<>();
        for (AnnotatedBlock ab : article.blocks()) {
            if (!ab.block().kind().isBody()) {
                continue;
            }
            for (Sentence s : ab.sentences()) {
                if (s.tokens().isEmpty()) {
                    continue;
                }
                Gender g = Gender.ofPronoun(s.tokens().get(0).text());
                if (g == Gender.UNKNOWN || !s.tokens().get(0).isCapitalized()) {
                    continue;
                }
                Named before = lastPersonBefore(ab.block().index(), s.start(), Gender.UNKNOWN);
                if (before != null && genders.get(before.person()) == Gender.UNKNOWN) {
                    votes.computeIfAbsent(before.person(), k -> new int[2])[g == Gender.MALE ? 0 : 1]++;
                }
            }
        }
        votes.forEach((p, v) -> {
            if (v[0] > 0 && v[1] == 0) {
                genders.put(p, Gender.MALE);
            } else if (v[1] > 0 && v[0] == 0) {
                genders.put(p, Gender.FEMALE);
            }
        });
    }

    List<Named> mentionsIn(int block) {
        return byBlock.getOrDefault(block, List.of());
    }

    /** Index of the first of {@code named} (sorted by start) that starts at or after {@code offset}. */
    static int firstStartingAtOrAfter(List<Named> named, int offset) {
        int lo = 0;
        int hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).mention().start() >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The person mention overlapping {@code [start, end)} of a block (the first by start), or null. */
    Named mentionIn(int block, int start, int end) {
        List<Named> named = mentionsIn(block);
        if (named.isEmpty()) {
            return null;
        }
        // The first mention (by start) that ends after start is where the running maximum of ends first passes it;
        // it overlaps if it also starts before end, and if it does not, no later one can.
        int[] max = maxEnds.get(block);
        int lo = 0;
        int hi = max.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (max[mid] > start) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < named.size() && named.get(lo).mention().start() < end ? named.get(lo) : null;
    }

    /**
     * The person a pronoun at {@code offset} refers to: someone named earlier in its sentence;
     * else, going back sentence by sentence (two paragraphs at most), the subject of the sentence
     * (named at its start) or the last person named in it; the gender has to fit.
     */
    Named antecedent(AnnotatedBlock ab, int offset, Gender gender) {
        List<AnnotatedBlock> blocks = article.blocks();
        int at = positions.getOrDefault(ab, -1);
        for (int b = at, steps = 0; b >= 0 && steps < 3; b--) {
            AnnotatedBlock block = blocks.get(b);
            if (!narrates(block.block())) {
                continue;
            }
            steps++;
            List<Sentence> sentences = block.sentences();
            List<Named> named = mentionsIn(block.block().index());
            // Only sentences with a mention can give a pick: jump from mention to mention, backwards.
            int j = firstStartingAtOrAfter(named, b == at ? offset : Integer.MAX_VALUE) - 1;
            while (j >= 0) {
                int si = Sentence.indexAt(sentences, named.get(j).mention().start());
                if (si < 0) {
                    j--;
                    continue;
                }
                Sentence s = sentences.get(si);
                int limit = b == at ? Math.min(offset, s.end()) : s.end();
                Named subject = null;
                Named last = null;
                for (int i = firstStartingAtOrAfter(named, s.start()); i < named.size(); i++) {
                    Named n = named.get(i);
                    int m = n.mention().start();
                    if (m >= limit) {
                        break;
                    }
                    if (!gender.fits(genders.get(n.person())) || quoted(n)) {
                        continue; // a name inside someone's quote is their wording, not who the story is about
                    }
                    last = n;
                    if (subject == null && m - s.start() <= 12) {
                        subject = n;
                    }
                }
                boolean sameSentence = b == at && offset < s.end() && offset >= s.start();
                Named pick = sameSentence ? last : subject != null ? subject : last;
                if (pick != null) {
                    return pick;
                }
                j = firstStartingAtOrAfter(named, s.start()) - 1;
            }
        }
        return lastPersonBefore(ab.block().index(), offset, gender);
    }

    /**
     * What "it" stands for when it speaks: the subject of a sentence before, in this paragraph or
     * the one before, when that subject names an organisation ("The Food Standards Agency said …").
     */
    private String organisationBefore(AnnotatedBlock ab, int offset) {
        for (AnnotatedBlock block : bodyBlocksBack(ab)) {
            List<Sentence> sentences = block.sentences();
            for (int si = sentences.size() - 1; si >= 0; si--) {
                Sentence s = sentences.get(si);
                if (block == ab && s.start() >= offset) {
                    continue;
                }
                String subject = organisationSubject(block, s);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** {@code ab} when it is story text, then the story paragraph before it: where "it" or an unnamed "he" points back to. */
    private List<AnnotatedBlock> bodyBlocksBack(AnnotatedBlock ab) {
        List<AnnotatedBlock> blocks = article.blocks();
        List<AnnotatedBlock> out = new ArrayList<>(2);
        for (int b = positions.getOrDefault(ab, -1); b >= 0 && out.size() < 2; b--) {
            if (blocks.get(b).block().kind().isBody()) {
                out.add(blocks.get(b));
            }
        }
        return out;
    }

    /** Nouns for a person the story does not name, whom a later "he" or "she" may quote. */
    private static final Set<String> UNNAMED_PERSON_NOUNS = Set.of("source", "official", "person", "witness", "insider",
            "resident", "aide", "officer", "employee", "worker", "analyst", "expert", "diplomat", "investigator", "spokesman",
            "spokeswoman", "spokesperson", "neighbour", "neighbor", "relative", "friend", "man", "woman");

    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "spokeswoman", "mother", "wife", "widow", "daughter",
            "sister", "girl", "actress", "chairwoman", "congresswoman", "businesswoman", "policewoman");
    private static final Set<String> MALE_NOUNS = Set.of("man", "spokesman", "father", "husband", "widower", "son",
            "brother", "boy", "actor", "chairman", "congressman", "businessman", "policeman");
    private static final Set<String> A_AN = Set.of("a", "an");

    /**
     * "a source close to the investigation has told Reuters": the last "a"/"an" phrase headed by a
     * noun for an unnamed person of no other gender ({@code otherGender} lists the nouns ruled out)
     * who speaks in its sentence, in this paragraph before {@code offset} or in the story paragraph before it.
     */
    private String unnamedPersonBefore(AnnotatedBlock ab, int offset, Set<String> otherGender) {
        for (AnnotatedBlock block : bodyBlocksBack(ab)) {
            String found = null;
            for (Sentence s : block.sentences()) {
                if (block == ab && s.start() >= offset) {
                    break;
                }
                List<Token> tokens = s.tokens();
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    if (block == ab && tokens.get(i).start() >= offset) {
                        break;
                    }
                    if (!A_AN.contains(tokens.get(i).lower())) {
                        continue;
                    }
                    int k = i + 1;
                    while (k < tokens.size() - 1 && tokens.get(k).tag().startsWith("ADJ")) {
                        k++;
                    }
                    String noun = tokens.get(k).lower();
                    if (tokens.get(k).tag().startsWith("NOUN") && (UNNAMED_PERSON_NOUNS.contains(noun) || lex.isTitle(noun))
                            && !otherGender.contains(noun) && speaksLater(tokens, k)) {
                        found = block.block().text().substring(tokens.get(i).start(), tokens.get(k).end());
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A speech verb after the noun at {@code k} in its sentence: "a source … has told Reuters". */
    private boolean speaksLater(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (tokens.get(j).isVerb() && lex.isSpeechVerb(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private String organisationSubject(AnnotatedBlock block, Sentence s) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).tag().startsWith("DET") || tokens.get(k).tag().startsWith("ADJ")
                || tokens.get(k).isPropn() || tokens.get(k).tag().startsWith("NOUN"))) {
            k++;
        }
        // "Riverside Bank, which lent the park $4 million, said": the subject before its relative clause
        if (k == 0 || k >= tokens.size() || !(tokens.get(k).isVerb() || tokens.get(k).tag().startsWith("AUX")
                || tokens.get(k).text().equals(","))) {
            return null;
        }
        int[] np = {0, k};
        int start = tokens.get(0).start();
        int end = tokens.get(k - 1).end();
        if (mentionIn(block.block().index(), start, end) != null) {
            return null;
        }
        Token head = tokens.get(k - 1);
        boolean named = head.isPropn() && head.isCapitalized() || lex.isOrgWord(head.lower());
        boolean group = lex.isSpeakerNoun(head.lower()) && !PERSON_NOUN.matcher(head.lower()).find() && !head.lower().endsWith("s");
        return (named || group) && canSpeak(tokens, np) ? block.block().text().substring(start, end) : null;
    }

    /** The last person named in the story before the offset whose gender can be {@code gender}, or null. */
    Named lastPersonBefore(int blockIndex, int offset, Gender gender) {
        for (int b = blockIndex; b >= 0; b--) {
            List<Named> named = mentionsIn(b);
            // Backwards from the offset: the first that fits is the latest (the earliest listed on a tie).
            for (int i = (b < blockIndex ? named.size() : firstStartingAtOrAfter(named, offset)) - 1; i >= 0; i--) {
                if (fitsBody(named.get(i), gender)) {
                    int k = i;
                    while (k > 0 && named.get(k - 1).mention().start() == named.get(i).mention().start()) {
                        if (fitsBody(named.get(k - 1), gender)) {
                            i = k - 1;
                        }
                        k--;
                    }
                    return named.get(i);
                }
            }
        }
        return null;
    }

    private boolean fitsBody(Named n, Gender gender) {
        return narrates(n.mention().block()) && gender.fits(genders.get(n.person())) && !quoted(n);
    }

    /**
     * Story text a pronoun can point back into: the body, and a subhead written as a sentence (BuzzFeed's list
     * items open with one: "Fiona Parry issued a plea …", then "“…,” she said.").
     */
    private static boolean narrates(dev.copydesk.article.Block block) {
        if (block.kind().isBody()) {
            return true;
        }
        String text = block.text().stripTrailing();
        return block.kind() == dev.copydesk.article.BlockKind.SUBHEAD && text.endsWith(".") && text.indexOf(' ') > 0;
    }

    /** The mention lies inside quotation marks (the spans are sorted and never overlap: binary search). */
    private boolean quoted(Named n) {
        List<int[]> spans = quoteSpans.computeIfAbsent(n.mention().block().index(),
                k -> QuoteSpans.of(n.mention().block().text()));
        int start = n.mention().start();
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = spans.get(mid);
            if (start < r[0]) {
                hi = mid - 1;
            } else if (start >= r[1]) {
                lo = mid + 1;
            } else {
                return n.mention().end() <= r[1];
            }
        }
        return false;
    }

    /** "he" for "He's" or "she'd", a pronoun the tokenizer kept with its verb (tagged PRON+AUX). */
    private static String withoutContraction(Token t) {
        String w = t.lower();
        return t.tag().startsWith("PRON+AUX") ? w.replaceFirst("['’](s|re|d|ll|ve|m)$", "") : w;
    }

    /**
     * The speaker the noun phrase {@code tokens[np[0], np[1])} names: a person named in it, a
     * pronoun's antecedent, the holder of a role noun, or the phrase itself; null when the phrase
     * cannot name a speaker.
     */
    Speaker resolve(List<Token> tokens, int[] np, AnnotatedBlock ab, Attribution how) {
        if (np[1] - np[0] > 1 && PERSONAL_PRONOUNS.contains(tokens.get(np[1] - 1).lower())) {
            np = new int[]{np[1] - 1, np[1]}; // "the goals they said": the pronoun is the subject
        }
        int start = tokens.get(np[0]).start();
        int end = tokens.get(np[1] - 1).end();
        String phrase = ab.block().text().substring(start, end);
        Named named = mentionIn(ab.block().index(), start, end);
        if (named != null) {
            return new Speaker(named.mention().text(), named.person(), how);
        }
        if (np[1] - np[0] == 1) {
            String w = withoutContraction(tokens.get(np[0]));
            if (PERSONAL_PRONOUNS.contains(w)) {
                Named antecedent = antecedent(ab, start, Gender.ofPronoun(w));
                if (antecedent == null && (w.equals("they") || w.equals("we"))) {
                    return new Speaker(phrase, null, Attribution.PRONOUN); // "Union leaders rejected it. “…,” they said."
                }
                if (antecedent == null && (w.equals("he") || w.equals("she"))) {
                    String unnamed = unnamedPersonBefore(ab, start, w.equals("he") ? FEMALE_NOUNS : MALE_NOUNS);
                    if (unnamed != null) {
                        return new Speaker(unnamed, null, Attribution.PRONOUN); // "a source close to the inquiry told Reuters. “…,” he said."
                    }
                }
                return antecedent == null ? null : new Speaker(phrase, antecedent.person(), Attribution.PRONOUN);
            }
            if (w.equals("it")) {
                String organisation = organisationBefore(ab, start);
                if (organisation != null) {
                    return new Speaker(organisation, null, Attribution.PRONOUN); // "The agency warned … “…,” it said."
                }
            }
            if (w.equals("one") || tokens.get(np[0]).tag().startsWith("PRON") && !Set.of("you", "yourself", "myself", "themselves").contains(w)) {
                return new Speaker(phrase, null, how); // "it added", "one reads": the organisation or the sign itself
            }
        }
        String head = head(tokens, np);
        if (head != null && lex.isTitle(head)) {
            Person holder = holderOf(lex.canonicalTitle(head), ab.block().index(), start);
            if (holder != null) {
                return new Speaker(phrase, holder, Attribution.ROLE);
            }
        }
        if (AGE_REFERENCE.matcher(phrase).find()) {
            Named last = antecedent(ab, start, Gender.UNKNOWN);
            if (last != null) {
                return new Speaker(phrase, last.person(), Attribution.ROLE); // "The 56-year-old said": the one just named
            }
        }
        return canSpeak(tokens, np) ? new Speaker(phrase, null, how) : null;
    }

    /** "the 56-year-old", "the 23-year-old Portuguese": a person called by age, as sports and crime copy do. */
    private static final java.util.regex.Pattern AGE_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)^the \\d+[- ]year[- ]old\\b");

    /**
     * Whether a phrase naming no person can still say whose words a quote is: an organisation's
     * name, a group, a document ("officials", "the letter"), a role ("a spokesman"); not "the
     * goals" or "books".
     */
    private boolean canSpeak(List<Token> tokens, int[] np) {
        for (int k = np[1] - 1; k >= np[0]; k--) {
            Token t = tokens.get(k);
            String tag = t.tag();
            if (HANDLE.matcher(t.text()).matches()) {
                return true; // "elmo666", "@Uber_Sydney": a user name
            }
            if (np[1] - np[0] == 1 && t.isCapitalized() && (tag.startsWith("INTJ") || tag.startsWith("X"))) {
                return true; // "Okafor" read as an interjection
            }
            boolean alone = np[1] - np[0] == 1 && k > 0; // one capitalised word, not opening the sentence
            if (alone && t.isCapitalized() && tag.startsWith("ADJ") && !lex.isPlace(t.text())) {
                return true; // "as Telesat notes": a name the tagger read as an adjective
            }
            if (!tag.startsWith("NOUN") && !tag.startsWith("PROPN")) {
                continue;
            }
            String w = t.lower().replaceAll("'s?$", "");
            if ((tag.startsWith("PROPN") || alone) && t.isCapitalized()
                    || lex.isSpeakerNoun(w) || lex.isTitle(w) || lex.isRelation(w) || lex.isTitle(singular(w))
                    || lex.isRelation(singular(w)) || PERSON_NOUN.matcher(w).find()) {
                return true; // "Reuters", "the Food Standards Agency", "as Telesat notes" (tagged a noun), "a spokesman"
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile(
            "@\\w+|\\p{L}+\\d+\\w*");

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A word for a person by what they do: "a fisherman", "the organisers", "two economists"; not a
     * "-ment" ("repeated acknowledgement"), whose speakers (the statement, the government) are listed.
     */
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "(?:[^aeiou]ers?|ists?|ians?|[^aeiou]ors?|ants?|(?<!m)ents?|man|men|woman|women|persons?|eers?|ees?)$");

    /** The head noun of a noun phrase: its last noun. */
    private static String head(List<Token> tokens, int[] np) {
        for (int k = np[1] - 1; k >= np[0]; k--) {
            Token t = tokens.get(k);
            if (t.tag().startsWith("NOUN")) {
                return t.lower().replaceAll("'s$", "");
            }
        }
        return null;
    }

    /** The person named most recently before the offset who holds the title {@code canonical}. */
    private Person holderOf(String canonical, int blockIndex, int offset) {
        for (int b = blockIndex; b >= 0; b--) {
            List<Named> here = mentionsIn(b);
            for (int i = here.size() - 1; i >= 0; i--) {
                Named n = here.get(i);
                if (b == blockIndex && n.mention().start() >= offset) {
                    continue;
                }
                for (Mention m : n.person().mentions()) {
                    for (Title t : m.titles()) {
                        if (t.heads().contains(canonical)) {
                            return n.person();
                        }
                    }
                }
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
