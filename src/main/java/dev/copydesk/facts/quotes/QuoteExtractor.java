package dev.copydesk.facts.quotes;

import dev.copydesk.Interruption;
import dev.copydesk.article.BlockKind;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Gender;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.SpeakerResolver.Named;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds direct quotes and who said them, trying in turn: a lead-in that ends in a speech verb or
 * a colon ("Berg said: “…”"); a speech verb or "according to" in the quote's own sentences ("X
 * said", "said X", "X, the company's vice president, said"), then in the next and the previous
 * sentence of the paragraph; a sentence before it whose subject is a person; the paragraph before
 * a block quotation; and, for a paragraph that opens with a quote, the paragraph before it (the
 * same speaker quoted there: the quotation goes on; only named there: the reader must guess).
 * Titles of works in quotation marks ("the song “Hey Jude”") are not quotes.
 */
public final class QuoteExtractor {
    private static final int MIN_FULL_WORDS = 5;
    /** Words before quotation marks that make them the title of a work, not someone's words. */
    private static final Pattern WORK_BEFORE = Pattern.compile("(?i)\\b(song|songs|single|album|track|film|movie|"
            + "documentary|book|novel|memoir|play|musical|show|series|sitcom|episode|poem|column|article|essay|op-ed|"
            + "headline|slogan|hashtag|sign|signs|banner|titled|entitled|called|named|dubbed|nicknamed|"
            + "question|phrase|expression|motto|maxim|adage|proverb|catchphrase|tagline|refrain|chant|sang|sing|sings|singing|"
            + "billed as|known as|branded|labelled|labeled)\\s*[,:]?\\s*$");
    /**
     * Words before or after quotation marks that make the quoted words a thing talked about, not
     * something someone said: "a parallel to “…”", "displays of “…”", "play the “…” card".
     */
    private static final Pattern CITED_BEFORE = Pattern.compile("(?i)\\b(of|to|like|the|a|an|this|such)\\s*$");
    private static final Pattern CITED_AFTER = Pattern.compile("(?i)^\\s*(card|line|argument|mantra|defen[cs]e|"
            + "approach|narrative|trope|crowd|camp|school|brigade|rhetoric|cliché|cliche|meme|mindset)\\b");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "of");
    /** "newspapers quote Salinas as saying", "cited the minister as saying". */
    private static final Set<String> CITING_VERBS = Set.of("quote", "quoted", "quotes", "quoting", "cite", "cited", "cites",
            "citing");
    /** A dash after the closing mark, then two or more capitalised words: the signature of an epigraph or a post. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "[ \u00A0]*(?:[\u2013\u2014]|--?)[ \u00A0]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \u00A0]+\\p{Lu}[\\p{L}'’.-]*)+)");

    /** Verbs that put a name or a description on something: their subject is the one who calls it so. */
    private static final Set<String> NAMING_VERBS = Set.of("called", "calls", "dubbed", "dubs", "termed", "terms",
            "labelled", "labeled", "branded", "brands", "hailed", "hails", "touted", "touts", "billed", "pledged",
            "promised", "vowed", "urged", "warned", "accused", "blamed", "praised", "criticised", "criticized");

    /** Written texts whose words a sentence may quote: "The law requires that fishermen “take all …”". */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("law", "laws", "rule", "rules", "bill", "act", "order",
            "ruling", "verdict", "judgment", "contract", "policy", "agreement", "guidelines", "guidance", "regulation",
            "regulations", "constitution", "treaty", "charter", "code", "manual", "website", "site", "label", "text",
            "ad", "advert", "advertisement", "memo", "document", "documents", "filing", "report", "plan", "proposal",
            "petition", "motion", "resolution", "amendment", "clause", "notice", "warning", "sign", "poster", "book",
            "paper", "study", "survey", "transcript", "decision", "opinion", "brief", "lawsuit", "complaint", "summary");

    /** Pronouns that stand for someone who may be speaking; "it" is left out ("it is also an assurance “…”"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "me", "us",
            "him", "her", "them", "his", "their", "our", "my", "its");

    /** "he said", "she said" with no one of that gender named: no neighbour stands in ("they" may be a group). */
    private static final Set<String> GENDERED_PRONOUNS = Set.of("he", "she");

    /** Nouns for words put out in writing or on air: the verb before them has the speaker as subject. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "message", "note", "letter",
            "tweet", "post", "email", "announcement", "response", "reply", "remarks", "comment", "comments");

    /** Nouns for what someone said, besides statements: "in her words", "his vow that “…”". */
    private static final Set<String> OWN_WORDS_NOUNS = Set.of("words", "vow", "pledge", "promise", "assurance",
            "insistence", "claim", "argument", "view", "motto", "slogan", "mantra", "refrain", "line", "answer");

    /** Verbs of a framing clause: "as the coach put it", "was how the mayor summed it up". */
    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been");
    private static final Set<String> FRAME_VERBS = Set.of("put", "phrased", "said", "wrote", "noted", "explained",
            "described", "summed", "summarized", "summarised", "framed", "expressed");

    /** "as if to say “…”": words the writer imagines, with no one to attribute them to. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b((as if|as though|seeming|seemed|seems) to say|"
            + "(ask|asks|asking|tell|telling) (yourself|yourselves|myself|ourselves|themselves)|you (ask|say|think|tell)|"
            + "(imagine|picture) (saying|someone saying|hearing))\\s*[,:]?$");

    private final Lexicons lex;

    public QuoteExtractor(Lexicons lex) {
        this.lex = lex;
    }

    public List<Quote> extract(AnnotatedArticle article, List<Person> people) {
        SpeakerResolver speakers = new SpeakerResolver(lex, article, people);
        List<Quote> out = new ArrayList<>();
        Quote open = null; // a quote that ran on from the previous paragraph
        int openIndex = -1;
        List<AnnotatedBlock> blocks = article.blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            AnnotatedBlock ab = blocks.get(bi);
            Interruption.check();
            String text = ab.normalized();
            List<int[]> ranges = quoteRanges(ab);
            boolean continues = open != null && !ranges.isEmpty() && ranges.get(0)[0] == firstNonSpace(text);
            Quote chainHead = continues ? open : null;
            int chainHeadIndex = continues ? openIndex : -1;
            open = null;
            Attributor attributor = new Attributor(speakers, ab, ranges, previousBody(blocks, bi), out);
            for (int[] r : ranges) {
                boolean marked = r[0] < text.length() && isOpening(text.charAt(r[0]));
                boolean runsOn = marked && r[1] == text.length() && !isClosing(text.charAt(text.length() - 1));
                int innerStart = marked ? r[0] + 1 : r[0];
                int innerEnd = !marked || runsOn ? r[1] : r[1] - 1;
                String inner = ab.block().text().substring(Math.min(innerStart, innerEnd), innerEnd).strip();
                // a paragraph that goes on with a running quote opens with a sentence of it, not a
                // word in quotation marks ("“cors”: response was received …" after a stray prime)
                boolean goesOn = chainHead != null && r == ranges.get(0) && inner.split("\\s+").length >= 3;
                boolean full = !marked || isFull(text, r[0], inner) || goesOn;
                Quote q = attributor.attribute(new Quote(ab.block(), r[0], r[1], inner, full, runsOn, marked, null, null, false));
                boolean weak = q.speaker() == null || q.speaker().attribution().isCarriedOver();
                if (weak && goesOn && chainHead.speaker() != null) {
                    q = q.withSpeaker(chainHead.speaker().as(Attribution.RUNNING_QUOTE), null);
                }
                out.add(q);
                attributor.remember(q);
                if (runsOn) {
                    open = q;
                    openIndex = out.size() - 1;
                }
            }
            // A running quote whose speaker is named only in a later paragraph of the chain.
            if (chainHead != null && !out.isEmpty()) {
                Quote last = out.get(out.size() - 1);
                if (chainHead.speaker() == null && last.speaker() != null && chainHeadIndex >= 0) {
                    out.set(chainHeadIndex, chainHead.withSpeaker(last.speaker().as(Attribution.RUNNING_QUOTE), null));
                }
            }
        }
        return withPullQuotesAttributed(out);
    }

    /**
     * Words quoted again where the reader already knows whose they are: a repetition of a quote
     * attributed earlier, or a magazine's pull quote (a paragraph of quoted words with no closing
     * punctuation, "“My only wish is to prove …”", set between paragraphs) repeating a quote anywhere
     * in the story. They take the speaker of the quote they repeat whole or cut down (a longer quote that
     * holds an earlier one is new words, not a repetition).
     */
    private static List<Quote> withPullQuotesAttributed(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        String[] padded = null; // each quote's words, " a b c ", made once and only when some quote needs them
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            boolean pull = isPullQuote(q);
            // a pull quote repeats its speaker's words wherever they are, whatever paragraph it follows
            boolean guessed = q.speaker() == null || q.speaker().attribution() == Attribution.PREVIOUS_PARAGRAPH
                    || pull && q.speaker().attribution() == Attribution.CONTINUED;
            Speaker source = null;
            if (guessed && q.full()) {
                if (padded == null) {
                    padded = new String[quotes.size()];
                    for (int k = 0; k < quotes.size(); k++) {
                        padded[k] = " " + wordsOf(quotes.get(k).text()) + " ";
                    }
                }
                // a pull quote may join two quotes the story splits with "he said": each of its sentences counts
                List<String> parts = pull ? List.of(q.text().split("(?<=[.?!])\\s+")) : List.of(q.text());
                for (String part : parts) {
                    source = source != null ? source : repeatedFrom(part, quotes, padded, pull ? quotes.size() : i, i);
                }
            }
            out.add(source == null ? q : q.withSpeaker(source.as(Attribution.REPEATED), null));
        }
        return out;
    }

    /** The whole paragraph, its words ending without a full stop, comma, question or exclamation mark. */
    private static boolean isPullQuote(Quote q) {
        String text = q.block().text();
        String inner = q.text().strip();
        return q.start() <= firstNonSpace(text) && text.substring(q.end()).isBlank()
                && !inner.isEmpty() && ".,?!…".indexOf(inner.charAt(inner.length() - 1)) < 0;
    }

    /**
     * The speaker of a quote among the first {@code limit}, other than quote {@code self}, whose
     * words ({@code padded}) hold {@code text}'s whole words.
     */
    private static Speaker repeatedFrom(String text, List<Quote> quotes, String[] padded, int limit, int self) {
        String words = wordsOf(text);
        if (words.split(" ").length < MIN_FULL_WORDS) {
            return null;
        }
        String needle = " " + words + " ";
        for (int k = 0; k < limit; k++) {
            Quote other = quotes.get(k);
            if (k != self && other.speaker() != null && other.speaker().attribution() != Attribution.PREVIOUS_PARAGRAPH
                    && padded[k].contains(needle)) {
                return other.speaker();
            }
        }
        return null;
    }

    /** The words of a quote in lower case, one space apart, without punctuation or ellipses. */
    private static String wordsOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Quotation-mark spans that hold someone's words (not titles of works); a block quotation
     * without marks is one quote as a whole.
     */
    private static List<int[]> quoteRanges(AnnotatedBlock ab) {
        String text = ab.normalized();
        List<int[]> out = new ArrayList<>();
        for (int[] r : QuoteSpans.of(text)) {
            String before = text.substring(Math.max(0, r[0] - 40), r[0]);
            String after = text.substring(r[1], Math.min(text.length(), r[1] + 20));
            if (!WORK_BEFORE.matcher(before).find() && !CITED_BEFORE.matcher(before).find() && !CITED_AFTER.matcher(after).find()) {
                out.add(r);
            }
        }
        if (out.isEmpty() && QuoteSpans.of(text).isEmpty() && ab.block().kind() == BlockKind.BLOCKQUOTE
                && text.strip().split("\\s+").length >= MIN_FULL_WORDS) {
            out.add(new int[]{firstNonSpace(text), text.stripTrailing().length()});
        }
        return out;
    }

    /** The closest block before {@code bi} that is story text (captions sit between paragraphs on real pages). */
    private static AnnotatedBlock previousBody(List<AnnotatedBlock> blocks, int bi) {
        for (int i = bi - 1; i >= 0; i--) {
            if (blocks.get(i).block().kind().isBody()) {
                return blocks.get(i);
            }
        }
        return null;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201C';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D';
    }

    static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Words a title in Title Case leaves in lower case. */
    private static final Set<String> MINOR_TITLE_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs.");

    /** A sentence or more: five words or more, starting a sentence or with a capital, not Title Case. */
    private static boolean isFull(String text, int open, String inner) {
        if (inner.split("\\s+").length < MIN_FULL_WORDS || titleCase(inner)) {
            return false;
        }
        int firstLetter = 0;
        while (firstLetter < inner.length() && !Character.isLetter(inner.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter < inner.length() && Character.isUpperCase(inner.charAt(firstLetter))) {
            return true;
        }
        // a lower-case start after a colon cites a phrase ("few can live without: “pizza delivered hot …”")
        String before = text.substring(0, open).stripTrailing();
        return before.isEmpty() || before.endsWith(".");
    }

    /**
     * Title Case: a sign, a slogan, the title of a work. Seven words in ten capitalised, or every word
     * but the small ones ("Night of the Living Dead."): a sentence full of names still has a verb in
     * lower case ("Mayor Jane Smith and Governor Kathy Hochul met in New York"). Numbers have no case
     * ("10 Breakthrough Technologies 2014: Genome Editing").
     */
    private static boolean titleCase(String inner) {
        int capitalised = 0;
        int major = 0;
        int majorCapitalised = 0;
        int lettered = 0;
        for (String w : inner.split("\\s+")) {
            String bare = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            lettered++;
            boolean upper = Character.isUpperCase(bare.codePointAt(0));
            capitalised += upper ? 1 : 0;
            if (!MINOR_TITLE_WORDS.contains(bare.toLowerCase(Locale.ROOT)) && !bare.equals("I")) {
                major++;
                majorCapitalised += upper ? 1 : 0;
            }
        }
        return lettered > 0 && (capitalised * 10 >= lettered * 7 || major >= 2 && majorCapitalised == major);
    }

    /** Attributes the quotes of one paragraph. */
    private final class Attributor {
        private final SpeakerResolver speakers;
        private final AnnotatedBlock ab;
        private final List<int[]> ranges;
        private final AnnotatedBlock previous;
        private final List<Quote> earlier;
        /** The speaker of the latest quote of this paragraph that has one of its own (not carried over). */
        private Speaker lastOwnSpeaker;
        /** speakerIn results per sentence: several quotes of one sentence ask about the same sentences. */
        private final java.util.Map<Sentence, Found> found = new java.util.IdentityHashMap<>();
        private List<int[]> previousQuotes;

        /** Set when the quote's own sentence attributes it with a pronoun that refers to no one named. */
        private boolean pronounNamesNoOne;

        Attributor(SpeakerResolver speakers, AnnotatedBlock ab, List<int[]> ranges, AnnotatedBlock previous, List<Quote> earlier) {
            this.speakers = speakers;
            this.ab = ab;
            this.ranges = ranges;
            this.previous = previous;
            this.earlier = earlier;
        }

        /** Called with each quote of the paragraph once it is attributed, in order. */
        void remember(Quote q) {
            if (q.speaker() != null && !q.speaker().attribution().isCarriedOver()) {
                lastOwnSpeaker = q.speaker();
            }
        }

        Quote attribute(Quote q) {
            pronounNamesNoOne = false;
            List<Sentence> sentences = ab.sentences();
            int first = Sentence.firstEndingAfter(sentences, q.start(), false);
            int last = first;
            while (last + 1 < sentences.size() && sentences.get(last + 1).start() < q.end()) {
                last++;
            }
            if (first >= sentences.size() || sentences.get(first).start() >= q.end()) {
                return q;
            }
            Speaker s = introducedBy(q, sentences.get(first));
            if (s == null) {
                s = signedAfter(q);
            }
            if (s != null) {
                return q.withSpeaker(s, null);
            }
            String[] note = {null};
            s = inSentences(q, first, last, note);
            if (s == null && !pronounNamesNoOne) {
                s = subjectOfSentenceBefore(q, first);
            }
            if (s == null && !pronounNamesNoOne) {
                s = namedSubjectOfSentenceAfter(q, last);
            }
            if (s == null && !pronounNamesNoOne) {
                s = earlierInParagraph();
            }
            if (s == null && !pronounNamesNoOne && ab.block().kind() == BlockKind.BLOCKQUOTE) {
                s = blockQuoteLeadIn();
            }
            if (s == null && !pronounNamesNoOne && q.start() <= firstNonSpace(ab.normalized()) + 1) {
                s = previousParagraph();
            }
            q = q.withSpeaker(s, s == null ? note[0] : null);
            return s == null && !q.full() && q.marked() && noOneToSayIt(q, first, last) ? q.asUnvoiced() : q;
        }

        /**
         * A partial quote of five words or more with no one in its sentence or the sentence before who could be
         * saying or writing it: no name, no personal pronoun, no speech verb, and no noun for a speaker, a source or
         * a title. Words inside quotation marks do not count ("I" in the quote is whoever said it).
         */
        private boolean noOneToSayIt(Quote q, int first, int last) {
            if (q.text().split("\\s+").length < MIN_FULL_WORDS || titleCase(q.text())) {
                return false; // "see “10 Breakthrough Technologies 2014: Genome Editing”": the title of a work
            }
            List<Sentence> sentences = ab.sentences();
            int from = Math.max(0, first - 1);
            int fromChar = sentences.get(from).start();
            // "PG&E is taking steps but at the moment, “we won't roll the dice.”": words in the first person are
            // someone's own, and someone named nearby is not yet someone saying them
            boolean ownWords = Quote.FIRST_PERSON.matcher(q.text()).find();
            List<Named> named = speakers.mentionsIn(ab.block().index());
            int n = SpeakerResolver.firstStartingAtOrAfter(named, fromChar);
            if (!ownWords && n < named.size() && named.get(n).mention().start() < q.end()) {
                return false;
            }
            for (int i = from; i <= last; i++) {
                List<Token> tokens = sentences.get(i).tokens();
                for (int k = 0; k < tokens.size(); k++) {
                    if (!quoted(tokens.get(k)) && (ownWords ? saysIt(tokens, k) : couldSayIt(tokens, k))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** A word that reports speech or writing: a speech verb, "according to", a statement or a document. */
        private boolean saysIt(List<Token> tokens, int k) {
            String w = tokens.get(k).lower();
            return reportingVerb(tokens, k) || w.equals("according") || STATEMENT_NOUNS.contains(w)
                    || DOCUMENT_NOUNS.contains(w) || OWN_WORDS_NOUNS.contains(w);
        }

        /** A speech, framing or naming verb used as a verb ("added", not "added costs"). */
        private boolean reportingVerb(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            String w = t.lower();
            boolean verb = t.isVerb() && !(k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("NOUN"));
            return verb && (lex.isSpeechVerb(w) || FRAME_VERBS.contains(w) || NAMING_VERBS.contains(w));
        }

        /** Inside one of the paragraph's quotation-mark ranges (sorted, never overlapping: found by binary search). */
        private boolean quoted(Token t) {
            int lo = 0;
            int hi = ranges.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] r = ranges.get(mid);
                if (t.start() < r[0]) {
                    hi = mid - 1;
                } else if (t.start() >= r[1]) {
                    lo = mid + 1;
                } else {
                    return t.end() <= r[1];
                }
            }
            return false;
        }

        private boolean couldSayIt(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            String w = t.lower();
            return t.isPropn() || PERSONAL_PRONOUNS.contains(w) || reportingVerb(tokens, k) || lex.isSpeakerNoun(w)
                    || STATEMENT_NOUNS.contains(w)
                    || DOCUMENT_NOUNS.contains(w) || lex.has(dev.copydesk.facts.lexicon.Lexicon.SOURCE_WORDS, w)
                    || lex.isTitle(w) || lex.isRelation(w);
        }

        private List<int[]> previousQuotes() {
            if (previousQuotes == null) {
                previousQuotes = QuoteSpans.of(previous.normalized());
            }
            return previousQuotes;
        }

        /** "Alverson summed it up: “…”", "Berg said: “…”", "as if to say “…”": the lead-in names the speaker. */
        private Speaker introducedBy(Quote q, Sentence s) {
            String text = ab.normalized();
            String before = text.substring(s.start(), Math.max(s.start(), q.start())).stripTrailing();
            if (before.isEmpty()) {
                return null;
            }
            boolean colon = before.endsWith(":");
            Attribution how = colon ? Attribution.COLON : Attribution.X_SAID;
            if (HYPOTHETICAL.matcher(before).find()) {
                return new Speaker("imagined words", null, how);
            }
            String lastWord = before.replaceAll(".*\\s", "").replaceAll("[,:]$", "").toLowerCase(Locale.ROOT);
            if (!colon && !lex.isSpeechVerb(lastWord) && !lastWord.equals("say") && !lastWord.equals("words")) {
                return null;
            }
            Speaker sp = namedBefore(q, s, how);
            if (sp == null) {
                sp = subjectOfLeadIn(q, s, how);
            }
            return sp == null && colon ? beforeTheColon(q, s, how) : sp;
        }

        /**
         * "“A merry Christmas to every-body!” – Charles Dickens": a name right after a dash signs an
         * epigraph or an embedded post; a name not known as a person still signs if it is capitalised words.
         */
        private Speaker signedAfter(Quote q) {
            String text = ab.normalized();
            java.util.regex.Matcher m = SIGNATURE.matcher(text).region(q.end(), text.length());
            if (!m.lookingAt()) {
                return null;
            }
            String rest = text.substring(m.end()).strip();
            if (!(rest.isEmpty() || rest.startsWith(",") || rest.startsWith("(") || rest.startsWith("http")
                    || rest.startsWith("pic.") || rest.startsWith("\u2014") || rest.startsWith("\u2013") || rest.startsWith("-"))) {
                return null; // "-- City Hall officials declined to comment": a sentence goes on, no signature
            }
            int at = m.start(1);
            List<Named> named = speakers.mentionsIn(ab.block().index());
            int i = SpeakerResolver.firstStartingAtOrAfter(named, at);
            if (i < named.size() && named.get(i).mention().start() == at) {
                return new Speaker(named.get(i).mention().text(), named.get(i).person(), Attribution.SAID_X);
            }
            return new Speaker(m.group(1), null, Attribution.SAID_X);
        }

        /** The first person named in the lead-in: "Alverson summed it up: “…”". */
        private Speaker namedBefore(Quote q, Sentence s, Attribution how) {
            List<Named> named = speakers.mentionsIn(ab.block().index());
            for (int i = SpeakerResolver.firstStartingAtOrAfter(named, s.start()); i < named.size()
                    && named.get(i).mention().start() < q.start(); i++) {
                Named who = named.get(i);
                if (who.mention().end() <= q.start()) {
                    return new Speaker(who.mention().text(), who.person(), how);
                }
            }
            return null;
        }

        /** No one named: the subject of the lead-in's speech verb ("Asked about it, he said: “…”"). */
        private Speaker subjectOfLeadIn(Quote q, Sentence s, Attribution how) {
            List<Token> tokens = s.tokens();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.start() >= q.start() || !lex.isSpeechVerb(t.lower()) || isNounUse(tokens, i)) {
                    continue;
                }
                int[] np = subjectBefore(tokens, i - 1, ranges, ab);
                Speaker sp = np == null ? null : speakers.resolve(tokens, np, ab, how);
                if (sp != null) {
                    return sp;
                }
            }
            return null;
        }

        /** "a question came from a member of the audience: “…”", "The county issued this statement:": the words before the colon. */
        private Speaker beforeTheColon(Quote q, Sentence s, Attribution how) {
            List<Token> tokens = s.tokens();
            for (int i = tokens.size() - 1; i > 0; i--) {
                if (!tokens.get(i).text().equals(":") || tokens.get(i).start() >= q.start()) {
                    continue;
                }
                int[] np = backward(tokens, i - 1);
                if (np != null && np[0] > 0 && lex.isSpeechVerb(tokens.get(np[0] - 1).lower())) {
                    return null; // "told The Times:": the listener, not the speaker
                }
                if (np != null && np[1] - np[0] == 1 && np[0] > 0 && tokens.get(np[0]).tag().startsWith("PRON")
                        && tokens.get(np[0] - 1).tag().startsWith("ADP")) {
                    np = null; // "He's philosophical about it:": the pronoun is what is talked about
                }
                if (np != null && np[0] > 1 && isIssuedStatement(tokens, np)) {
                    int[] issuer = subjectBefore(tokens, np[0] - 2, ranges, ab);
                    Speaker sp = issuer == null ? null : speakers.resolve(tokens, issuer, ab, how);
                    if (sp != null) {
                        return sp; // "The county issued this statement:": the county
                    }
                }
                Speaker sp = np == null ? null : speakers.resolve(tokens, np, ab, how);
                if (sp == null) {
                    // "Regardless of …, the report's recommendation is a good one: “…”": the clause's subject
                    int clause = i - 1;
                    while (clause >= 0 && !tokens.get(clause).text().equals(",")) {
                        clause--;
                    }
                    int[] subject = forward(tokens, clause + 1, ranges);
                    sp = subject == null || subject[1] > i ? null : speakers.resolve(tokens, subject, ab, how);
                }
                return sp;
            }
            return null;
        }

        /** The quote's own sentences, then the sentence after it, then the one before it, in the paragraph. */
        private Speaker inSentences(Quote q, int first, int last, String[] note) {
            List<Sentence> sentences = ab.sentences();
            int[][] order = {{first, last}, {last + 1, last + 1}, {first - 1, first - 1}};
            for (int k = 0; k < order.length; k++) {
                for (int si = order[k][0]; si <= order[k][1]; si++) {
                    if (si < 0 || si >= sentences.size()) {
                        continue;
                    }
                    Found f = speakerInOwn(sentences.get(si));
                    if (f.speaker() != null) {
                        return k == 0 ? f.speaker() : f.speaker().as(Attribution.ADJACENT_SENTENCE);
                    }
                    if (f.note() != null && note[0] == null) {
                        note[0] = f.note();
                    }
                    if (k == 0 && f.unresolvedPronoun()) {
                        pronounNamesNoOne = true; // the quote's own "she said": no neighbour's subject stands in
                        return null;
                    }
                }
            }
            return null;
        }

        /**
         * "“It's not like I have boxes of scripts arriving at my door.” Wiig looks mortified.": a profile's
         * quote followed, in its paragraph, by a sentence that opens with the speaker's name. Only a name:
         * a pronoun there may point anywhere.
         */
        private Speaker namedSubjectOfSentenceAfter(Quote q, int last) {
            String inner = q.text().strip();
            if (inner.isEmpty() || ".?!…".indexOf(inner.charAt(inner.length() - 1)) < 0) {
                return null; // "“…,” Wiig says" is a speech verb's business; only a quote that ends its sentence
            }
            List<Sentence> sentences = ab.sentences();
            // the sentence detector often keeps the closing mark and the next sentence together
            int from = sentences.get(last).end() > q.end() + 1 ? q.end()
                    : last + 1 < sentences.size() ? sentences.get(last + 1).start() : -1;
            if (from < 0) {
                return null;
            }
            List<Named> named = speakers.mentionsIn(ab.block().index());
            int i = SpeakerResolver.firstStartingAtOrAfter(named, from);
            String between = i < named.size() ? ab.normalized().substring(from, Math.max(from, named.get(i).mention().start())) : "";
            if (i < named.size() && between.isBlank() && named.get(i).person() != null
                    && isSubjectHere(ab.normalized(), named.get(i).mention().end())) {
                return new Speaker(named.get(i).mention().text(), named.get(i).person(), Attribution.ADJACENT_SENTENCE);
            }
            return null;
        }

        /**
         * The name ending at {@code end} is its sentence's subject: a verb or an apposition's comma follows
         * ("Wiig looks mortified", "Wiig, who is slight, …"), not a possessive ("Smith's critics …").
         */
        private boolean isSubjectHere(String text, int end) {
            if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')) {
                return false;
            }
            if (end < text.length() && text.charAt(end) == ',') {
                return true;
            }
            for (Sentence s : ab.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.start() >= end) {
                        return t.isVerb() || t.tag().startsWith("AUX");
                    }
                }
            }
            return false;
        }

        /** "Schultze summed it up. “…”", "He paused. “…”": the sentence before names its subject. */
        private Speaker subjectOfSentenceBefore(Quote q, int first) {
            List<Sentence> sentences = ab.sentences();
            if (first == 0 || sentences.get(first).start() < q.start() - 1) {
                return null;
            }
            Sentence prev = sentences.get(first - 1);
            Named subject = null;
            List<Named> named = speakers.mentionsIn(ab.block().index());
            for (int i = SpeakerResolver.firstStartingAtOrAfter(named, prev.start()); i < named.size()
                    && named.get(i).mention().start() - prev.start() <= 4; i++) {
                if (named.get(i).mention().end() <= prev.end()) {
                    subject = named.get(i);
                    break;
                }
            }
            if (subject == null && !prev.tokens().isEmpty()) {
                List<Token> t = prev.tokens();
                String pronoun = null;
                for (int i = 0; i < Math.min(3, t.size()); i++) {
                    String w = t.get(i).lower();
                    if (Set.of("he", "she").contains(w)) {
                        pronoun = w; // "He paused.", "And yet he couldn't find it."
                        break;
                    }
                    if (!Set.of("and", "but", "yet", "then", "so", "still").contains(w)) {
                        break;
                    }
                }
                if (pronoun != null) {
                    subject = speakers.lastPersonBefore(ab.block().index(), prev.start(), Gender.ofPronoun(pronoun));
                }
            }
            return subject == null ? null
                    : new Speaker(subject.mention().text(), subject.person(), Attribution.ADJACENT_SENTENCE);
        }

        /** Another quote earlier in the same paragraph has a speaker: these are that speaker's words too. */
        private Speaker earlierInParagraph() {
            return lastOwnSpeaker == null ? null : lastOwnSpeaker.as(Attribution.ADJACENT_SENTENCE);
        }

        /** A block quotation is introduced by the paragraph before it: its speech verb's subject, or its last person. */
        private Speaker blockQuoteLeadIn() {
            if (previous == null || previous.sentences().isEmpty()) {
                return null;
            }
            Sentence last = previous.sentences().get(previous.sentences().size() - 1);
            Found f = speakerIn(last, previous, previousQuotes());
            if (f.speaker() != null) {
                return f.speaker().as(Attribution.BLOCK_QUOTE);
            }
            Named n = speakers.lastPersonBefore(previous.block().index(), previous.normalized().length(), Gender.UNKNOWN);
            return n != null && n.mention().block().index() == previous.block().index()
                    ? new Speaker(n.mention().text(), n.person(), Attribution.BLOCK_QUOTE) : null;
        }

        /**
         * A paragraph that opens with a quote, after one that names a speaker: "… Berg said:" (a
         * colon), the same speaker quoted there (the quotation goes on), or only named there.
         */
        private Speaker previousParagraph() {
            if (previous == null || previous.sentences().isEmpty()) {
                return null;
            }
            List<Sentence> ps = previous.sentences();
            Sentence lastSentence = ps.get(ps.size() - 1);
            String ending = previous.normalized().substring(lastSentence.start(), lastSentence.end()).strip();
            boolean colon = ending.endsWith(":");
            // "What did Suh say after the play?" alone in its paragraph: the answer that follows is his
            boolean question = ps.size() == 1 && ending.endsWith("?") && previousQuotes().isEmpty();
            Speaker lastQuoted = lastQuotedIn(lastSentence);
            if (lastQuoted != null && !colon && !question) {
                return lastQuoted.as(Attribution.CONTINUED); // the paragraph before ends with this speaker's own words
            }
            for (int si = ps.size() - 1; si >= 0; si--) {
                Found f = speakerIn(ps.get(si), previous, previousQuotes());
                if (f.speaker() != null) {
                    if (colon && si == ps.size() - 1) {
                        return f.speaker().as(Attribution.COLON);
                    }
                    if (question) {
                        return f.speaker().as(Attribution.QUESTION_BEFORE);
                    }
                    // The quotation goes on only from a paragraph that ends with this speaker's words;
                    // with other sentences after them, the reader has to guess.
                    boolean goesOn = si == ps.size() - 1 && quotedThere(f.speaker());
                    return f.speaker().as(goesOn ? Attribution.CONTINUED : Attribution.PREVIOUS_PARAGRAPH);
                }
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Quote e = earlier.get(i);
                if (e.block().index() != previous.block().index()) {
                    break;
                }
                if (e.speaker() != null && e.end() >= lastSentence.start()) {
                    return e.speaker().as(Attribution.CONTINUED);
                }
            }
            return null;
        }

        /** The speaker of a full quote of the previous paragraph that reaches its last sentence, attributed there. */
        private Speaker lastQuotedIn(Sentence lastSentence) {
            for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).block().index() == previous.block().index(); i--) {
                Quote e = earlier.get(i);
                if (e.full() && e.end() >= lastSentence.end() - 1 && e.speaker() != null
                        && e.speaker().person() != null && !e.speaker().attribution().isCarriedOver()) {
                    return e.speaker();
                }
            }
            return null;
        }

        /** Whether the previous paragraph quotes this speaker, fully or in part (not only names them). */
        private boolean quotedThere(Speaker s) {
            // Quotes are in block order: the previous paragraph's are the last ones before this paragraph's.
            for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).block().index() >= previous.block().index(); i--) {
                Quote e = earlier.get(i);
                // "… “will have a different view of race relations,” he said.": a few quoted words count
                if (e.block().index() == previous.block().index() && e.speaker() != null
                        && (s.person() != null ? s.person() == e.speaker().person() : s.text().equals(e.speaker().text()))) {
                    return true;
                }
            }
            return false;
        }

        /** {@code unresolvedPronoun}: "she said" with no woman named before: the sentence attributes the quote to someone unnamed. */
        private record Found(Speaker speaker, String note, boolean unresolvedPronoun) {
            Found(Speaker speaker, String note) {
                this(speaker, note, false);
            }
        }

        /** {@link #speakerIn} for a sentence of this paragraph, computed once per sentence. */
        private Found speakerInOwn(Sentence s) {
            Found f = found.get(s);
            if (f == null) {
                f = speakerIn(s, ab, ranges);
                found.put(s, f);
            }
            return f;
        }

        /** The speaker a sentence names outside quotation marks: a speech verb's subject or object, "according to", a frame. */
        private Found speakerIn(Sentence s, AnnotatedBlock block, List<int[]> quoted) {
            List<Token> tokens = s.tokens();
            String note = null;
            boolean pronoun = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (inside(quoted, t.start())) {
                    continue;
                }
                String w = t.lower();
                int[] np = null;
                Attribution how = null;
                if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                    np = forward(tokens, i + 2, quoted);
                    how = Attribution.ACCORDING_TO;
                } else if (w.equals("as") || w.equals("how")) {
                    np = frame(tokens, i, quoted);
                    how = Attribution.FRAME;
                } else if (lex.isSpeechVerb(w) && w.endsWith("ing") && i > 1 && tokens.get(i - 1).lower().equals("as")) {
                    np = quotedAsSaying(tokens, i - 2, quoted, block); // "newspapers quote Salinas as saying"
                    how = Attribution.X_SAID;
                } else if (lex.isSpeechVerb(w) && w.endsWith("ing") && i > 1 && tokens.get(i - 1).text().equals(",")) {
                    np = clauseSubject(tokens, i, quoted); // "Yoon apologized in an address, saying …"
                    how = Attribution.X_SAID;
                } else if (lex.isSpeechVerb(w) && !isNounUse(tokens, i) && !isPassiveHedge(tokens, i)) {
                    np = subjectBefore(tokens, i - 1, quoted, block);
                    how = Attribution.X_SAID;
                    if (np == null) {
                        np = forward(tokens, i + 1, quoted);
                        how = Attribution.SAID_X;
                        if (np == null && i + 1 < tokens.size()) {
                            np = mentionTokens(block, tokens, i + 1); // "said Will Hansen": a name the tagger did not read as one
                        }
                    }
                }
                if (np == null) {
                    continue;
                }
                Speaker sp = speakers.resolve(tokens, np, block, how);
                if (sp == null && how == Attribution.X_SAID) {
                    sp = personBeforeVerb(block, tokens, np[0], quoted); // "Kaplan, also a collector of games, and books says"
                }
                if (sp == null && how == Attribution.X_SAID) {
                    int[] subject = clauseStartPhrase(tokens, np[0], quoted); // "A letter from the inspector to the park stated"
                    sp = subject == null ? null : speakers.resolve(tokens, subject, block, how);
                }
                if (sp == null && how == Attribution.SAID_X) {
                    sp = personInApposition(block, tokens, np[1], quoted); // "said his rival, Viktor Shokin, a former prosecutor"
                }
                if (sp != null) {
                    return new Found(sp, null);
                }
                String phrase = block.block().text().substring(tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
                note = "'" + phrase + " " + t.text() + "' is near, but no person is named before '" + phrase + "'";
                pronoun |= np[1] - np[0] == 1 && GENDERED_PRONOUNS.contains(tokens.get(np[0]).lower());
            }
            return new Found(null, note, pronoun);
        }

        /**
         * Who is "quoted as saying": the object of "quote" or "cite" ("quote Salinas as saying"), or
         * the subject of the passive ("Salinas was quoted as saying").
         */
        private int[] quotedAsSaying(List<Token> tokens, int k, List<int[]> quoted, AnnotatedBlock block) {
            if (k < 1 || inside(quoted, tokens.get(k).start())) {
                return null;
            }
            String w = tokens.get(k).lower();
            if (Set.of("quoted", "cited").contains(w) && BE_FORMS.contains(tokens.get(k - 1).lower())) {
                return subjectBefore(tokens, k - 2, quoted, block);
            }
            int j = k;
            while (j >= 0 && isNpToken(tokens.get(j)) && !CITING_VERBS.contains(tokens.get(j).lower())) {
                j--; // "quote" is often tagged a noun: the phrase stops at it
            }
            return j >= 0 && j < k && CITING_VERBS.contains(tokens.get(j).lower()) ? new int[]{j + 1, k + 1} : null;
        }

        /**
         * The subject of the clause a participle ("saying", "adding") hangs from: the noun phrase
         * before the clause's first verb.
         */
        private int[] clauseSubject(List<Token> tokens, int participle, List<int[]> quoted) {
            for (int k = 0; k < participle; k++) {
                Token t = tokens.get(k);
                if (inside(quoted, t.start())) {
                    return null;
                }
                if (t.isVerb() || t.tag().startsWith("AUX")) {
                    return k == 0 ? null : backward(tokens, k - 1);
                }
            }
            return null;
        }

        /** "as the coach put it", "was how the mayor summed it up": the noun phrase between the frame word and its verb. */
        private int[] frame(List<Token> tokens, int i, List<int[]> quoted) {
            int[] np = forward(tokens, i + 1, quoted);
            if (np == null) {
                return null;
            }
            if (np[1] - np[0] > 1 && tokens.get(i).lower().equals("as") && lex.isSpeechVerb(tokens.get(np[1] - 1).lower())) {
                np = new int[]{np[0], np[1] - 1}; // "As Stronge notes,": the tagger reads "notes" as a noun
            }
            int verb = np[1];
            // "as the head of maintenance, Luis Ortega, phrased it": the name in apposition speaks
            if (verb + 1 < tokens.size() && tokens.get(verb).lower().equals("of")) {
                int[] of = forward(tokens, verb + 1, quoted);
                verb = of == null ? verb : of[1];
            }
            if (verb + 1 < tokens.size() && tokens.get(verb).text().equals(",")) {
                int[] name = forward(tokens, verb + 1, quoted);
                if (name != null && name[1] + 1 < tokens.size() && tokens.get(name[1]).text().equals(",")
                        && FRAME_VERBS.contains(tokens.get(name[1] + 1).lower())) {
                    return name;
                }
            }
            if (verb >= tokens.size() || !FRAME_VERBS.contains(tokens.get(verb).lower())
                    && !(tokens.get(i).lower().equals("as") && lex.isSpeechVerb(tokens.get(verb).lower()))) {
                return null; // "as the coach put it", and "as Stronge notes", "as Telesat notes"
            }
            if (tokens.get(i).lower().equals("how") && (i == 0 || !Set.of("was", "is", "that's").contains(tokens.get(i - 1).lower()))) {
                return null;
            }
            return np;
        }

        /**
         * The person named last before {@code from} in the same stretch of the writer's words (after
         * the last quotation, within the sentence), when the words right before a speech verb name
         * no one: an apposition left open, a long description between the name and its verb.
         */
        private Speaker personBeforeVerb(AnnotatedBlock block, List<Token> tokens, int from, List<int[]> quoted) {
            int k = from - 1;
            while (k >= 0 && !inside(quoted, tokens.get(k).start()) && !isQuoteMark(tokens.get(k).text())) {
                k--;
            }
            int lo = tokens.get(k + 1 < tokens.size() ? k + 1 : k).start();
            int hi = tokens.get(from).start();
            Named last = null;
            List<Named> named = speakers.mentionsIn(block.block().index());
            for (int i = SpeakerResolver.firstStartingAtOrAfter(named, lo); i < named.size()
                    && named.get(i).mention().start() < hi; i++) {
                if (named.get(i).mention().end() <= hi) {
                    last = named.get(i);
                }
            }
            return last == null ? null : new Speaker(last.mention().text(), last.person(), Attribution.X_SAID);
        }

        /** The noun phrase that opens the clause {@code k} is in, when prepositional phrases lead from it to {@code k}. */
        private int[] clauseStartPhrase(List<Token> tokens, int k, List<int[]> quoted) {
            int start = k;
            while (start > 0 && !Set.of(",", ";", ":", "\"", "\u201D", "\u201C").contains(tokens.get(start - 1).text())
                    && !inside(quoted, tokens.get(start - 1).start()) && !tokens.get(start - 1).isVerb()) {
                start--;
            }
            if (start == k) {
                return null;
            }
            int[] np = forward(tokens, start, quoted);
            return np == null || np[1] >= k ? null : np;
        }

        /** The tokens of the person mention that starts at token {@code k}, or null. */
        private int[] mentionTokens(AnnotatedBlock block, List<Token> tokens, int k) {
            Named n = speakers.mentionIn(block.block().index(), tokens.get(k).start(), tokens.get(k).end());
            if (n == null || n.mention().start() != tokens.get(k).start()) {
                return null;
            }
            int end = k;
            while (end < tokens.size() && tokens.get(end).start() < n.mention().end()) {
                end++;
            }
            return new int[]{k, end};
        }

        /** "issued this statement", "posted a message": a verb whose object is the words that follow. */
        private static boolean isIssuedStatement(List<Token> tokens, int[] np) {
            return STATEMENT_NOUNS.contains(tokens.get(np[1] - 1).lower()) && tokens.get(np[0] - 1).isVerb();
        }

        /** "said his rival, Viktor Shokin": the name set beside a description of the speaker. */
        private Speaker personInApposition(AnnotatedBlock block, List<Token> tokens, int after, List<int[]> quoted) {
            if (after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) {
                return null;
            }
            int[] np = forward(tokens, after + 1, quoted);
            Named n = np == null ? null
                    : speakers.mentionIn(block.block().index(), tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
            return n == null ? null : new Speaker(n.mention().text(), n.person(), Attribution.SAID_X);
        }

        private static boolean isQuoteMark(String t) {
            return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D");
        }

        /** A user name ("elmo666", "@jack") or a few capitalised proper nouns ("Sherrif Payne"). */
        private boolean looksLikeName(List<Token> tokens, int[] np) {
            if (np[1] - np[0] == 1 && tokens.get(np[0]).text().matches("@\\w+|\\p{L}+\\d+\\w*")) {
                return true;
            }
            if (np[1] - np[0] > 4) {
                return false;
            }
            for (int k = np[0]; k < np[1]; k++) {
                if (!tokens.get(k).isPropn() || !tokens.get(k).isCapitalized()) {
                    return false;
                }
            }
            return true;
        }

        private boolean namesSomeone(AnnotatedBlock block, List<Token> tokens, int[] np) {
            return speakers.mentionIn(block.block().index(), tokens.get(np[0]).start(), tokens.get(np[1] - 1).end()) != null;
        }

        /**
         * The subject before a speech verb, read leftwards: "Carney", "a Foreign Office statement",
         * "he"; across an apposition, the name before it ("Okafor, the company's vice president of
         * parks and resorts, said").
         */
        private int[] subjectBefore(List<Token> tokens, int k, List<int[]> quoted, AnnotatedBlock block) {
            while (k >= 0 && tokens.get(k).tag().startsWith("ADV")) {
                k--; // "he also said", "Carney later said"
            }
            if (k >= 1 && tokens.get(k).text().equals(",") && !inside(quoted, tokens.get(k).start())) {
                int open = k - 1;
                while (open >= 0 && k - open <= 20 && !tokens.get(open).text().equals(",")
                        && (!tokens.get(open).isVerb() || tokens.get(open).text().endsWith("'s"))
                        && !inside(quoted, tokens.get(open).start())) {
                    open--;
                }
                int[] inner = backward(tokens, k - 1);
                if (open >= 1 && tokens.get(open).text().equals(",")) {
                    int[] before = backward(tokens, open - 1);
                    if (before == null && tokens.get(open - 1).isCapitalized()) {
                        before = new int[]{open - 1, open}; // "Okafor, the …": a name the tagger read as something else
                    }
                    // "her mother, Fiona, said": the name in the apposition; "Okafor, the company's
                    // vice president, said": the name before it
                    if (inner != null && (namesSomeone(block, tokens, inner) || looksLikeName(tokens, inner))
                            && (before == null || !namesSomeone(block, tokens, before))) {
                        return inner; // "As one buyer on the Evolution market, elmo666, wrote"
                    }
                    if (before != null) {
                        return before;
                    }
                }
                return inner;
            }
            int relative = relativeClauseStart(tokens, k, quoted);
            if (relative > 0) {
                return subjectBefore(tokens, relative - 1, quoted, block); // "Payne, who deemed the cause …, told"
            }
            int end = k + 1;
            while (k >= 0 && (isNpToken(tokens.get(k)) || namesSomeone(block, tokens, new int[]{k, k + 1}))
                    && !inside(quoted, tokens.get(k).start())) {
                k--; // "Dr. Feel added": a name the tagger read as a verb
            }
            if (k + 1 >= end) {
                return null;
            }
            if (k >= 1 && LOCATIVE.contains(tokens.get(k).lower()) && isPlace(tokens, k + 1, end)) {
                int[] owner = backward(tokens, k - 1);
                if (owner != null) {
                    return new int[]{owner[0], end}; // "officials in New York said": the officials, not the city
                }
            }
            return new int[]{k + 1, end};
        }

        /** Every capitalised word of tokens[from, to) is a place word: "New York", "Gaza". */
        private boolean isPlace(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).lower();
                if (!lex.isPlace(w) && !lex.isPlacePrefix(w) && !w.equals("the")) {
                    return false;
                }
            }
            return true;
        }

        /** Where ", who …" or ", which …" starts when the words before {@code k} are such a clause; -1 if not. */
        private int relativeClauseStart(List<Token> tokens, int k, List<int[]> quoted) {
            if (k < 0 || !tokens.get(k).text().equals(",")) {
                return -1;
            }
            for (int i = k - 1; i >= 2 && k - i <= 25; i--) {
                Token t = tokens.get(i);
                if (inside(quoted, t.start()) || t.text().equals(",") && !Set.of("who", "which", "whose").contains(tokens.get(i + 1).lower())) {
                    return -1;
                }
                if (Set.of("who", "which", "whose").contains(t.lower()) && tokens.get(i - 1).text().equals(",")) {
                    return i - 1 > 0 ? i - 1 : -1;
                }
            }
            return -1;
        }
    }

    /** "the claims", "his remarks": the word used as a noun (the tagger is unreliable on "recalls", "says"). */
    private static boolean isNounUse(List<Token> tokens, int i) {
        if (!tokens.get(i).tag().startsWith("NOUN")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        String base = prev.tag().split("\\+")[0];
        return base.equals("DET") || base.equals("ADJ") || prev.text().endsWith("'s") || base.equals("ADP");
    }

    /** "is said to", "are alleged to": a hedge, not an attribution. */
    private static boolean isPassiveHedge(List<Token> tokens, int i) {
        return i > 0 && BE_FORMS.contains(tokens.get(i - 1).lower());
    }

    /** The noun phrase ending at {@code k}, read leftwards. */
    private static int[] backward(List<Token> tokens, int k) {
        int end = k + 1;
        while (k >= 0 && isNpToken(tokens.get(k))) {
            k--;
        }
        return k + 1 < end ? new int[]{k + 1, end} : null;
    }

    /** The noun phrase starting at {@code k} ("said Jay Carney, the White House spokesman"). */
    private static int[] forward(List<Token> tokens, int k, List<int[]> quoted) {
        int start = k;
        while (k < tokens.size() && isNpToken(tokens.get(k)) && !inside(quoted, tokens.get(k).start())) {
            k++;
            if (tokens.get(k - 1).tag().startsWith("PRON+AUX")) {
                break; // "He's philosophical": the contraction holds the verb, the phrase ends with it
            }
        }
        return k > start ? new int[]{start, k} : null;
    }

    private static boolean isNpToken(Token t) {
        String base = t.tag().split("\\+")[0];
        return NP_TAGS.contains(base)
                || t.text().equals("-") || t.text().endsWith("'s") || t.text().equals("'s");
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        return QuoteSpans.within(ranges, offset);
    }
}
