package dev.copydesk.facts.numbers;

import dev.copydesk.article.Block;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the counts a story reports in the forms copy uses for them: the dead, injured, missing
 * and arrested ("at least 12 people were killed", "killing 19", "the 21 dead", "four arrests",
 * "the death toll rose to 30"), votes ("voted 52-48", "received 1,204 votes"), jobs ("will cut
 * 1,200 jobs", "300 new jobs") and prices ("paid $2.5 million for the house"). Each count keeps
 * what a check needs to tell one event from another: the words of its sentence that make it an
 * update or another set, its event nouns, places and dates. Only plain statements are read: a
 * number after "could have" or "threatened to" is not a count.
 */
public final class CountExtractor {
    private static final String BOUND = "(?:(?<bound>at\\s+least|no\\s+fewer\\s+than|not\\s+less\\s+than|more\\s+than|over"
            + "|upwards?\\s+of|in\\s+excess\\s+of|up\\s+to|as\\s+many\\s+as|at\\s+most|no\\s+more\\s+than|fewer\\s+than"
            + "|less\\s+than|under|nearly|almost|about|around|roughly|approximately|some|an\\s+estimated|close\\s+to"
            + "|just\\s+over|just\\s+under|more\\s+or\\s+less|a\\s+total\\s+of|an?\\s+additional|another)\\s+)?";
    private static final String NUM = "(?<![\\p{L}\\d.,$£€-])(?<num>" + Numerals.NUMBER + ")(?![\\p{L}\\d%-]|[.,]\\d)";
    private static final String MONEY = "(?<cur>US\\$|C\\$|A\\$|[$£€])\\s?(?<num>" + Numerals.FIGURES
            + "(?:\\s+(?:thousand|million|billion|trillion)\\b|(?:m|bn|k)\\b)?)(?![\\d%])";
    /** A word of a noun phrase: not a function word or an auxiliary. */
    private static final String WORD = "(?!(?:of|the|in|on|at|and|or|to|for|with|by|from|as|who|that|which|a|an|were|was"
            + "|is|are|have|has|had|been|be|will|would|could|may|might|said|says|killed|dead|died|injured|wounded|hurt"
            + "|missing|arrested|detained|remain|remains|remained|still|now|also|reportedly|later|who|had)\\b)[\\p{L}'-]+";
    private static final String NOUN = "(?<noun>(?:\\s+" + WORD + "){0,3}?)";
    private static final String BOUNDARY = "(?=\\s*(?:[,.;:)\"”]|$|\\s+(?:and|in|on|at|near|during|after|before|when|as"
            + "|while|including|among|outside|inside|across|since|with|who|from|last|this|over|between|by|for)\\b))";

    private static final Map<String, CountKind> STATES = Map.ofEntries(
            Map.entry("killed", CountKind.KILLED), Map.entry("dead", CountKind.KILLED), Map.entry("died", CountKind.KILLED),
            Map.entry("slain", CountKind.KILLED), Map.entry("injured", CountKind.INJURED),
            Map.entry("wounded", CountKind.INJURED), Map.entry("hurt", CountKind.INJURED),
            Map.entry("missing", CountKind.MISSING), Map.entry("arrested", CountKind.ARRESTED),
            Map.entry("detained", CountKind.ARRESTED));

    /** "12 people were killed", "12 dead", "four men have been arrested", "21 people died". */
    private static final Pattern NUMBER_THEN_STATE = Pattern.compile("(?i)" + BOUND + NUM + NOUN
            + "\\s+(?:(?:were|was|have|has|had|are|is)\\s+(?:been\\s+)?)?(?:(?:reported|confirmed|believed|later|also|now)\\s+)?"
            + "(?<state>killed|dead|died|slain|injured|wounded|hurt|missing|arrested|detained)\\b(?!\\s+(?:by\\s+)?(?:in\\s+)?(?:19|20)\\d\\d)");
    /** "killing 19 people", "police arrested four men", "the storm killed 12". */
    private static final Pattern VERB_THEN_NUMBER = Pattern.compile("(?i)\\b(?<verb>kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)"
            + "|wound(?:ed|ing|s)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?)\\s+" + BOUND + NUM + NOUN + BOUNDARY);
    /** "the 21 dead", "the 30 injured". */
    private static final Pattern THE_NUMBER_STATE = Pattern.compile("(?i)\\bthe\\s+" + BOUND + NUM
            + "\\s+(?<state>dead|injured|wounded|missing|arrested|detained)\\b(?!\\s+(?:men|women|people|persons|children))");
    /** "21 deaths", "four arrests". */
    private static final Pattern NUMBER_NOUN = Pattern.compile("(?i)" + BOUND + NUM
            + "\\s+(?<state>deaths|fatalities|injuries|arrests)\\b");
    /** "the death toll rose to 30", "the death toll later rose to 30". */
    private static final Pattern DEATH_TOLL = Pattern.compile("(?i)\\bdeath\\s+toll\\s+(?:(?:later|since|then|now|quickly|eventually|soon)\\s+)?(?:(?<update>rose|climbed|rises|climbs|"
            + "jumped|increased|reached|hit|has\\s+risen|had\\s+risen|has\\s+climbed|has\\s+reached)\\s+)?(?:(?:to|at|of|is|was"
            + "|stood\\s+at|stands\\s+at|now\\s+stands\\s+at)\\s+)+" + BOUND + NUM);
    /** "will cut 1,200 jobs", "created 300 new jobs". */
    private static final Pattern JOBS_VERB = Pattern.compile("(?i)\\b(?<verb>cut|cuts|cutting|eliminat(?:e|es|ed|ing)|slash"
            + "(?:es|ed|ing)?|shed|sheds|shedding|ax(?:e|es|ed|ing)|lay(?:s|ing)?\\s+off|laid\\s+off|creat(?:e|es|ed|ing)"
            + "|add|adds|added|adding)\\s+" + BOUND + NUM + "\\s+(?:(?:new|more|additional|full-time|part-time|permanent"
            + "|local)\\s+)*(?<noun>jobs|positions|workers|employees|staff|roles)\\b");
    /** "1,200 job cuts", "300 new jobs", "1,200 jobs will be lost". */
    private static final Pattern JOBS_NOUN = Pattern.compile("(?i)" + BOUND + NUM + "\\s+(?:(?<cut>job\\s+cuts|job\\s+losses"
            + "|layoffs|redundancies)|(?<new>new\\s+jobs)|jobs\\s+(?:will\\s+be|would\\s+be|were|are|to\\s+be|have\\s+been"
            + "|had\\s+been)\\s+(?:(?<lost>cut|lost|eliminated|axed|shed)|(?<made>created|added)))\\b");
    /** "voted 52-48", "by a vote of 52 to 48", "a 52-48 vote". */
    private static final Pattern TALLY = Pattern.compile("(?i)(?:\\b(?:voted|vote\\s+of|votes\\s+of|margin\\s+of|by\\s+a)\\s+"
            + "(?<for>\\d{1,3}(?:,\\d{3})*)\\s*(?:-|–|to)\\s*(?<against>\\d{1,3}(?:,\\d{3})*)\\b(?!\\s*(?:percent|%))"
            + "|(?<for2>\\d{1,3}(?:,\\d{3})*)\\s*[-–]\\s*(?<against2>\\d{1,3}(?:,\\d{3})*)\\s+vote\\b)");
    /** "received 1,204 votes". */
    private static final Pattern VOTES = Pattern.compile("(?i)\\b(?:received|won|got|garnered|secured|took|drew|earned"
            + "|collected|polled)\\s+" + BOUND + NUM + "\\s+votes\\b");
    /** "paid $2.5 million for the house". */
    private static final Pattern PAID = Pattern.compile("(?i)\\b(?:paid|pays|pay|paying|spent|spends|spend|spending)\\s+"
            + BOUND + MONEY + "\\s+(?:to\\s+[^.,;]{1,40}?\\s+)?(?:for|on)\\s+(?<obj>[^.,;:]{1,60})");
    /** "bought the house for $2.5 million". */
    private static final Pattern BOUGHT = Pattern.compile("(?i)\\b(?:bought|buys|buy|buying|purchased|purchases|purchase"
            + "|purchasing|acquired|acquires|acquire|acquiring|sold|sells|sell|selling)\\s+(?<obj>[^.,;:\"“”]{1,60}?)\\s+for\\s+"
            + BOUND + MONEY);

    /** Before a verb: the count is a possibility, a threat or a plan, not a report. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:could|would|might|may|threaten(?:ed|s)?\\s+to"
            + "|plan(?:s|ned)?\\s+to|aim(?:s|ed)?\\s+to|vowed\\s+to|promised\\s+to|if|unless|feared|fear|expected\\s+to"
            + "|likely\\s+to|wants?\\s+to|proposed|proposal|offered\\s+to)\\b[^.;]{0,25}$");

    private static final Set<String> UPDATE_WORDS = Set.of("rose", "risen", "rises", "climbed", "climbs", "increased",
            "jumped", "soared", "reached", "later", "now", "since", "updated", "revised", "initially", "originally",
            "earlier", "previously", "total", "totals", "overall", "cumulative", "bringing", "brought", "raising", "raised",
            "tally", "preliminary", "still", "so far", "in all", "as of", "by then", "first", "latest", "final", "officially");
    private static final Set<String> OTHER_WORDS = Set.of("another", "other", "others", "also", "separately", "separate",
            "additional", "more", "further", "including", "included", "includes", "among", "whom", "besides", "elsewhere",
            "each", "every", "per", "daily", "weekly", "annually", "combined", "both", "respectively", "remaining", "rest",
            "last year", "a year", "a day", "a week", "a month", "this year", "each year");
    private static final Set<String> EVENT_WORDS = Set.of("attack", "bombing", "blast", "explosion", "crash", "collision",
            "fire", "blaze", "wildfire", "shooting", "stabbing", "earthquake", "quake", "tsunami", "storm", "hurricane",
            "typhoon", "cyclone", "tornado", "flood", "flooding", "landslide", "mudslide", "avalanche", "clash", "protest",
            "riot", "strike", "airstrike", "raid", "ambush", "derailment", "stampede", "accident", "collapse", "outbreak",
            "epidemic", "war", "fighting", "violence", "massacre", "siege", "eruption", "heatwave", "shipwreck", "sinking",
            "capsizing", "hijacking", "offensive", "assault", "crackdown", "operation", "demonstration", "rally", "election",
            "referendum", "vote", "ballot", "primary", "runoff", "sale", "deal", "auction", "layoff", "restructuring");
    /** A place right after a count: "in the food court", "at the entrance", "on the second floor". */
    private static final Pattern PART = Pattern.compile("^\\s+(?:in|at|on|inside|near|outside)\\s+(?:the|a|an|its|their|his|her)\\s+"
            + "((?:[\\p{Ll}-]+\\s*){1,4})");
    private static final Set<String> PART_STOP = Set.of("before", "after", "when", "as", "and", "on", "in", "at", "where",
            "while", "with", "by", "of", "during", "near", "that", "which", "who", "since", "for", "from", "but", "or");
    /** Nouns after "in the" that name the whole scene or a time, not a part of it. */
    private static final Set<String> WHOLE_WORDS = Set.of("morning", "afternoon", "evening", "night", "day", "days",
            "week", "weekend", "month", "year", "past", "area", "region", "country", "city", "town", "village", "state",
            "province", "district", "county", "incident", "aftermath", "wake", "end", "process", "course", "meantime",
            "latest", "first", "same", "world", "nation", "capital", "event", "events", "disaster", "tragedy", "scene",
            "site", "spot", "location");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "across", "from", "inside");

    /** Every count in the article's analysed blocks, in document order. */
    public List<Count> counts(AnnotatedArticle article, List<Person> people, List<DateMention> dates, List<Quote> quotes) {
        List<Count> out = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            if (!ab.block().kind().isAnalysed() || ab.block().kind() == dev.copydesk.article.BlockKind.TABLE) {
                continue;
            }
            for (Sentence s : ab.sentences()) {
                read(ab, s, people, dates, quotes, out);
            }
        }
        out.sort(Comparator.<Count>comparingInt(c -> c.block().index()).thenComparingInt(Count::start));
        return breakdowns(dedupe(out));
    }

    /**
     * A paragraph that counts one thing for several named parts ("The police department will cut
     * 120 jobs … The library will cut 40 positions.") is a breakdown: each count is a part of a
     * total, marked {@code part}.
     */
    private static List<Count> breakdowns(List<Count> counts) {
        List<Count> out = new ArrayList<>();
        for (Count c : counts) {
            boolean part = !c.object().isEmpty() && counts.stream().anyMatch(o -> o != c && o.block() == c.block()
                    && o.kind() == c.kind() && !o.object().isEmpty() && !o.object().equals(c.object()));
            if (part) {
                Set<String> others = new HashSet<>(c.others());
                others.add("part");
                out.add(new Count(c.kind(), c.noun(), c.object(), c.value(), c.against(), c.bound(), c.block(), c.start(),
                        c.end(), c.sentenceStart(), c.sentenceEnd(), c.quote(), c.updates(), others, c.events(),
                        c.places(), c.dates()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private void read(AnnotatedBlock ab, Sentence s, List<Person> people, List<DateMention> dates, List<Quote> quotes,
                      List<Count> out) {
        String text = ab.normalized().substring(s.start(), s.end());
        Gate gate = new Gate(text);
        if (!gate.number) {
            return; // every pattern holds a number in figures or words
        }
        Statement st = new Statement(ab, s, text, dates, quotes);
        casualties(gate, st, out);
        jobs(gate, st, out);
        if (gate.digit && gate.has(TALLY_WORDS)) {
            Matcher m = TALLY.matcher(st.text);
            while (m.find()) {
                st.tally(m, out);
            }
        }
        if (gate.has(VOTES_WORD)) {
            Matcher m = VOTES.matcher(st.text);
            while (m.find()) {
                st.add(CountKind.VOTES, "votes", subjectBefore(people, ab.block(), s, m.start()), m, out);
            }
        }
        if (gate.digit && gate.has(CURRENCIES)) {
            payments(st, out);
        }
    }

    /** The dead, injured, missing and arrested: "12 people were killed", "killed 12", "the 12 dead", "a death toll of 12". */
    private void casualties(Gate gate, Statement st, List<Count> out) {
        Matcher m;
        if (gate.has(STATE_WORDS)) {
            m = NUMBER_THEN_STATE.matcher(st.text);
            while (m.find()) {
                st.add(STATES.get(m.group("state").toLowerCase(Locale.ROOT)), noun(m.group("noun")), "", m, out);
            }
        }
        if (gate.has(VERB_STEMS)) {
            m = VERB_THEN_NUMBER.matcher(st.text);
            while (m.find()) {
                String before = st.text.substring(0, m.start());
                if (before.matches("(?is).*\\b(?:were|was|been|be|is|are|being)\\s+$")) {
                    continue; // "were killed 12 miles away": the number is not how many
                }
                st.add(kindOfVerb(m.group("verb")), noun(m.group("noun")), "", m, out);
            }
        }
        if (gate.has(STATE_WORDS)) {
            m = THE_NUMBER_STATE.matcher(st.text);
            while (m.find()) {
                st.add(STATES.get(m.group("state").toLowerCase(Locale.ROOT)), "", "", m, out);
            }
        }
        if (gate.has(TOLL_NOUNS)) {
            m = NUMBER_NOUN.matcher(st.text);
            while (m.find()) {
                String n = m.group("state").toLowerCase(Locale.ROOT);
                CountKind k = n.startsWith("death") || n.startsWith("fatal") ? CountKind.KILLED
                        : n.startsWith("injur") ? CountKind.INJURED : CountKind.ARRESTED;
                st.add(k, "", "", m, out);
            }
        }
        if (gate.has(DEATH)) {
            m = DEATH_TOLL.matcher(st.text);
            while (m.find()) {
                st.add(CountKind.KILLED, "", "", m, out);
            }
        }
    }

    /** Jobs made or cut: "Acme will cut 300 jobs", "300 new jobs". */
    private void jobs(Gate gate, Statement st, List<Count> out) {
        if (gate.has(JOB_NOUNS)) {
            Matcher m = JOBS_VERB.matcher(st.text);
            while (m.find()) {
                String v = m.group("verb").toLowerCase(Locale.ROOT);
                boolean made = v.startsWith("creat") || v.startsWith("add");
                st.add(made ? CountKind.JOBS_ADDED : CountKind.JOBS_CUT, "jobs", employer(st.text.substring(0, m.start())), m, out);
            }
        }
        if (gate.has(JOB_WORDS)) {
            Matcher m = JOBS_NOUN.matcher(st.text);
            while (m.find()) {
                boolean made = m.group("new") != null || m.group("made") != null;
                st.add(made ? CountKind.JOBS_ADDED : CountKind.JOBS_CUT, "jobs", "", m, out);
            }
        }
    }

    /** A price paid for something: "paid $4 million for the site", "bought the site for $4 million". */
    private void payments(Statement st, List<Count> out) {
        for (Pattern p : List.of(PAID, BOUGHT)) {
            Matcher m = p.matcher(st.text);
            while (m.find()) {
                String object = object(m.group("obj"));
                if (!object.isEmpty()) {
                    st.add(CountKind.PAID, currency(m.group("cur")), object, m, out);
                }
            }
        }
    }

    /*
     * Words without which a pattern cannot match (each pattern is case-insensitive for ASCII
     * letters only, and its \d is [0-9]), so that a sentence is searched only by the patterns that
     * can match in it: the patterns start with an optional bound phrase before a number, which
     * makes a search try a dozen alternatives at every char of every sentence.
     */
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety"); // fourteen, sixteen… hold four, six…
    private static final List<String> STATE_WORDS = List.of("killed", "dead", "died", "slain", "injured", "wounded",
            "hurt", "missing", "arrested", "detained");
    private static final List<String> VERB_STEMS = List.of("kill", "injur", "wound", "arrest", "detain");
    private static final List<String> TOLL_NOUNS = List.of("deaths", "fatalities", "injuries", "arrests");
    private static final List<String> DEATH = List.of("death");
    private static final List<String> JOB_NOUNS = List.of("jobs", "positions", "workers", "employees", "staff", "roles");
    private static final List<String> JOB_WORDS = List.of("job", "layoffs", "redundancies");
    private static final List<String> TALLY_WORDS = List.of("vot", "margin", "by");
    private static final List<String> VOTES_WORD = List.of("votes");
    private static final List<String> CURRENCIES = List.of("$", "£", "€");

    /** What a sentence holds that the patterns need: a digit, a number word, the words of each pattern. */
    private static final class Gate {
        final String lower;
        final boolean digit;
        final boolean number;

        Gate(String text) {
            lower = text.toLowerCase(Locale.ROOT);
            boolean d = false;
            for (int i = 0; i < text.length() && !d; i++) {
                char c = text.charAt(i);
                d = c >= '0' && c <= '9';
            }
            digit = d;
            number = d || has(NUMBER_WORDS);
        }

        boolean has(List<String> words) {
            for (String w : words) {
                if (lower.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One sentence being read: its text and what every count in it shares. */
    private static final class Statement {
        final AnnotatedBlock ab;
        final Sentence s;
        final String text;
        final List<DateMention> all;
        final List<Quote> quotes;
        // What the sentence's counts share, read when its first pattern matches (most sentences have none).
        List<DateMention> dates;
        Set<String> events;
        Set<String> places;
        Set<String> updates;

        Statement(AnnotatedBlock ab, Sentence s, String text, List<DateMention> all, List<Quote> quotes) {
            this.ab = ab;
            this.s = s;
            this.text = text;
            this.all = all;
            this.quotes = quotes;
        }

        private void read() {
            if (dates != null) {
                return;
            }
            dates = new ArrayList<>();
            for (DateMention d : all) {
                if (d.block().index() == ab.block().index() && d.start() >= s.start() && d.start() < s.end()) {
                    dates.add(d);
                }
            }
            events = events(s);
            places = places(s);
            updates = words(text, UPDATE_WORDS);
        }

        void add(CountKind kind, String noun, String object, Matcher m, List<Count> out) {
            read();
            int numStart = m.start("num");
            if (kind == null || overlapsDate(s.start() + numStart, s.start() + m.end("num"))
                    || HYPOTHETICAL.matcher(text.substring(0, m.start())).find()) {
                return;
            }
            double value = Numerals.value(m.group("num"));
            if (Double.isNaN(value)) {
                return;
            }
            String boundWords = m.group("bound");
            int from = boundWords != null ? m.start("bound") : moneyStart(m, numStart);
            int to = m.end("num");
            Set<String> others = words(clause(numStart), OTHER_WORDS);
            if (boundWords != null && boundWords.matches("(?i)an?\\s+additional|another")) {
                others.add("another");
            }
            if (inPart(text.substring(m.end()))) {
                others.add("part"); // "killed three people in the food court": some of the dead, not all
            }
            String nounWords = noun.toLowerCase(Locale.ROOT);
            for (String w : nounWords.split(" ")) {
                if (OTHER_WORDS.contains(w)) {
                    others.add(w);
                }
            }
            out.add(new Count(kind, stripOthers(nounWords), object, value, Double.NaN, bound(boundWords),
                    ab.block(), s.start() + from, s.start() + to, s.start(), s.end(),
                    quoteAt(s.start() + numStart), updates, others, events, places, dates));
        }

        void tally(Matcher m, List<Count> out) {
            read();
            String f = m.group("for") != null ? m.group("for") : m.group("for2");
            String a = m.group("for") != null ? m.group("against") : m.group("against2");
            int start = m.group("for") != null ? m.start("for") : m.start("for2");
            int end = m.group("for") != null ? m.end("against") : m.end("against2");
            if (HYPOTHETICAL.matcher(text.substring(0, m.start())).find()) {
                return;
            }
            double yes = Numerals.value(f);
            double no = Numerals.value(a);
            Set<String> others = words(clause(start), OTHER_WORDS);
            out.add(new Count(CountKind.VOTES, "tally", "", yes, no, Bound.EXACT, ab.block(), s.start() + start,
                    s.start() + end, s.start(), s.end(), quoteAt(s.start() + start), updates, others, events, places, dates));
        }

        /**
         * The count is placed in a part of the scene right after its words ("in the food court", "on
         * the second floor"), not in its event ("in the fire") or its time ("in the morning").
         */
        private static boolean inPart(String after) {
            Matcher p = PART.matcher(after);
            if (!p.lookingAt()) {
                return false;
            }
            String head = "";
            for (String w : p.group(1).split("\\s+")) {
                if (PART_STOP.contains(w)) {
                    break;
                }
                head = w;
            }
            String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            return !head.isEmpty() && !EVENT_WORDS.contains(head) && !EVENT_WORDS.contains(singular)
                    && !WHOLE_WORDS.contains(head);
        }

        /** "$" of "$2.5 million" belongs to the number's words. */
        private int moneyStart(Matcher m, int numStart) {
            try {
                return m.group("cur") != null ? m.start("cur") : numStart;
            } catch (IllegalArgumentException noCurrency) {
                return numStart;
            }
        }

        /** The comma-delimited stretch of the sentence around {@code at} (sentence-relative offsets). */
        private String clause(int at) {
            int from = at;
            while (from > 0 && ",;:—–(".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = at;
            while (to < text.length() && ",;:—–)".indexOf(text.charAt(to)) < 0) {
                to++;
            }
            return text.substring(from, to);
        }

        private boolean overlapsDate(int start, int end) {
            for (DateMention d : dates) {
                if (d.start() < end && start < d.end()) {
                    return true;
                }
            }
            return false;
        }

        private Quote quoteAt(int at) {
            for (Quote q : quotes) {
                if (q.marked() && q.block().index() == ab.block().index() && q.start() <= at && at < q.end()) {
                    return q;
                }
            }
            return null;
        }
    }

    private static CountKind kindOfVerb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("kill")) {
            return CountKind.KILLED;
        }
        if (v.startsWith("injur") || v.startsWith("wound")) {
            return CountKind.INJURED;
        }
        return CountKind.ARRESTED;
    }

    private static Bound bound(String words) {
        if (words == null) {
            return Bound.EXACT;
        }
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (w) {
            case "at least", "no fewer than", "not less than" -> Bound.AT_LEAST;
            case "more than", "over", "upwards of", "upward of", "in excess of", "just over" -> Bound.MORE_THAN;
            case "up to", "as many as", "at most", "no more than" -> Bound.AT_MOST;
            case "fewer than", "less than", "under", "just under" -> Bound.LESS_THAN;
            case "a total of", "another", "an additional", "a additional" -> Bound.EXACT;
            default -> Bound.APPROXIMATE;
        };
    }

    /** The noun phrase's words, folded: "Palestinian civilians" → "palestinian civilians"; "" for none. */
    private static String noun(String words) {
        return words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String stripOthers(String noun) {
        StringBuilder sb = new StringBuilder();
        for (String w : noun.split(" ")) {
            if (!w.isEmpty() && !OTHER_WORDS.contains(w)) {
                sb.append(sb.length() == 0 ? "" : " ").append(w);
            }
        }
        return sb.toString();
    }

    private static String currency(String symbol) {
        return symbol == null ? "" : symbol.toUpperCase(Locale.ROOT);
    }

    /**
     * What was paid for: a name as written ("Whole Foods"), else the head noun ("the beach house in
     * Malibu" → "house"), with what it is in for a stake or a share ("a stake in Twitter" → "stake in twitter").
     */
    private static String object(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int i = 0;
        while (i < words.length && words[i].matches("(?i)the|a|an|his|her|its|their|our|my|this|that|these|those")) {
            i++;
        }
        List<String> np = new ArrayList<>();
        for (; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}\\d'-]", "");
            if (w.isEmpty() || w.matches("(?i)in|at|from|to|with|by|on|during|last|this|after|before|which|that|who|when"
                    + "|and|or|than|because|as|while|was|were|is|are|said|says|of|for")) {
                break;
            }
            np.add(w);
        }
        if (np.isEmpty()) {
            return "";
        }
        if (np.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return String.join(" ", np).toLowerCase(Locale.ROOT); // a name: "Whole Foods"
        }
        String head = np.get(np.size() - 1).toLowerCase(Locale.ROOT);
        boolean part = head.matches("stakes?|shares?|interest|holding|portion|percent");
        if (part && i + 1 < words.length && words[i].matches("(?i)in|of") && Character.isUpperCase(words[i + 1].charAt(0))) {
            return head + " " + words[i].toLowerCase(Locale.ROOT) + " " + words[i + 1].replaceAll("[^\\p{L}\\d'-]", "")
                    .toLowerCase(Locale.ROOT);
        }
        return head;
    }

    /**
     * Who cuts or creates the jobs: the words right before the verb ("The police department will
     * cut" → "police department", "Harlow Paper, will cut" → "harlow paper"), or "" when a function
     * word stands there ("and cut", "that will cut").
     */
    static String employer(String before) {
        String[] words = before.replaceAll("(?i)\\b(?:will|would|is|are|was|were|to|plans|planned|has|have|had|also"
                + "|now|then|expects|expected|going)\\s*$", " ").strip().replaceAll("(?i)(?:\\s+(?:will|would|is|are|was"
                + "|were|to|plans|planned|has|have|had|also|now|then|expects|expected|going))+$", "").replaceAll(",+$", "")
                .split("\\s+");
        List<String> np = new ArrayList<>();
        for (int i = words.length - 1; i >= 0 && np.size() < 3; i--) {
            if (i < words.length - 1 && words[i].endsWith(",")) {
                break; // "The mill's owner, Harlow Paper,": the name, not the words before its apposition
            }
            String w = words[i].replaceAll("[^\\p{L}\\d'-]", "");
            if (w.isEmpty() || w.matches("(?i)the|a|an|its|their|and|or|but|that|which|who|it|they|we|he|she|said|says")) {
                break;
            }
            np.add(0, w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", np);
    }

    /** Who got the votes: the person named last before the verb in the sentence, or "". */
    private static String subjectBefore(List<Person> people, Block b, Sentence s, int at) {
        Mention best = null;
        Person who = null;
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                if (m.block().index() == b.index() && m.start() >= s.start() && m.end() <= s.start() + at
                        && (best == null || m.start() > best.start())) {
                    best = m;
                    who = p;
                }
            }
        }
        return who == null ? "" : who.name();
    }

    private static Set<String> events(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            String w = t.lower();
            String singular = w.endsWith("es") && EVENT_WORDS.contains(w.substring(0, w.length() - 2))
                    ? w.substring(0, w.length() - 2) : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (EVENT_WORDS.contains(w)) {
                out.add(w);
            } else if (EVENT_WORDS.contains(singular)) {
                out.add(singular);
            }
        }
        return out;
    }

    /** Proper nouns after "in", "near", "at": "in Baghdad", "near the town of Djerba". */
    private static Set<String> places(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!PLACE_PREPOSITIONS.contains(ts.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(ts.size(), i + 6); j++) {
                Token t = ts.get(j);
                if (t.isPropn() && t.isCapitalized()) {
                    out.add(t.lower());
                } else if (!out.isEmpty() && !t.isPropn() || t.isPunct() || t.isVerb()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The words and phrases of {@code set} that occur in {@code text}. */
    private static Set<String> words(String text, Set<String> set) {
        Set<String> out = new HashSet<>();
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d' ]", " ").replaceAll("\\s+", " ") + " ";
        for (String w : set) {
            if (lower.contains(" " + w + " ")) {
                out.add(w);
            }
        }
        return out;
    }

    /** One count per number: "12 people were killed" read by two patterns is one statement. */
    private static List<Count> dedupe(List<Count> counts) {
        List<Count> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Count c : counts) {
            if (seen.add(c.block().index() + ":" + c.end() + ":" + c.kind())) {
                out.add(c);
            }
        }
        return out;
    }
}
