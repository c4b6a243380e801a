package dev.copydesk.facts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of rules/lexicons: built in, plus same-named files from the lexicons/ folder of
 * each user rule path. Entries are lower case; lookups fold case with {@link Locale#ROOT}.
 */
public final class Lexicons {
    /** Compiled once, used only on the rare line with tabs or double spaces: the lists have some 30,000 lines. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Map<Lexicon, Set<String>> lists;
    private final Map<String, String> abbreviations;
    /** occupation → field, position → group, given name → m/f: the "a = b" lists. */
    private final Map<String, String> fields;
    private final Map<String, String> positions;
    private final Set<String> maleNames = new HashSet<>();
    private final Set<String> femaleNames = new HashSet<>();
    private final Map<String, SurnameOrigin> surnameFirst = new HashMap<>();
    private final int longestTitle;
    private final List<String> titles;
    private final Set<String> titleWords = new HashSet<>();

    private Lexicons(Map<Lexicon, Set<String>> lists) {
        this.lists = lists;
        Map<String, String> abbr = new HashMap<>();
        for (String line : lists.get(Lexicon.TITLE_ABBREVIATIONS)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                abbr.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        this.abbreviations = abbr;
        this.fields = pairs(lists.get(Lexicon.OCCUPATIONS));
        this.positions = pairs(lists.get(Lexicon.SPORTS_POSITIONS));
        pairs(lists.get(Lexicon.GIVEN_NAME_GENDERS)).forEach((name, gender) -> {
            if (gender.equals("m")) {
                maleNames.add(name);
            } else if (gender.equals("f")) {
                femaleNames.add(name);
            }
        });
        pairs(lists.get(Lexicon.SURNAME_FIRST)).forEach((name, origin) -> surnameFirst.put(name, SurnameOrigin.of(origin)));
        // "defense secretary = secretary of defense": the full form of an office is an office too.
        Set<String> offices = new HashSet<>(lists.get(Lexicon.OFFICES));
        for (Map.Entry<String, String> e : abbr.entrySet()) {
            if (offices.contains(e.getKey())) {
                offices.add(e.getValue());
            }
        }
        lists.put(Lexicon.OFFICES, Collections.unmodifiableSet(offices));
        List<String> all = new ArrayList<>(lists.get(Lexicon.OFFICES));
        all.addAll(lists.get(Lexicon.ROLES));
        all.addAll(fields.keySet());
        all.addAll(positions.keySet());
        all.addAll(abbr.keySet());
        this.titles = List.copyOf(all);
        Set<String> function = Set.of("of", "the", "and", "to", "for", "in", "at", "on", "a", "an", "=");
        // Words of playing positions ("left", "tight", "point") are not title words on their own.
        for (String t : all) {
            if (positions.containsKey(t) && t.contains(" ")) {
                continue;
            }
            for (String w : t.split(" ")) {
                if (!function.contains(w)) {
                    titleWords.add(w);
                }
            }
        }
        int longest = 1;
        for (String t : titles) {
            longest = Math.max(longest, t.split(" ").length);
        }
        this.longestTitle = longest;
    }

    private static Map<String, String> pairs(Set<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** The built-in lexicons only. */
    public static Lexicons builtIn() {
        return BuiltIn.LEXICONS;
    }

    /** The built-in lists, read once per process (they are immutable; every session without lexicon folders shares them). */
    private static final class BuiltIn {
        static final Lexicons LEXICONS = read(List.of());
    }

    /** Built-in lexicons extended by {@code lexicons/*.txt} under each extra folder. */
    public static Lexicons load(List<Path> extraFolders) {
        return extraFolders.isEmpty() ? builtIn() : read(extraFolders);
    }

    private static Lexicons read(List<Path> extraFolders) {
        Map<Lexicon, Set<String>> lists = new EnumMap<>(Lexicon.class);
        for (Lexicon lexicon : Lexicon.values()) {
            String name = lexicon.fileName();
            Set<String> set = new HashSet<>();
            try (InputStream in = Lexicons.class.getResourceAsStream("/copydesk/rules/lexicons/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in lexicon " + name + " is missing from the jar");
                }
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path folder : extraFolders) {
                Path f = folder.resolve("lexicons").resolve(name);
                if (Files.isRegularFile(f)) {
                    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        read(r, set);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            lists.put(lexicon, Collections.unmodifiableSet(set));
        }
        return new Lexicons(lists);
    }

    private static void read(BufferedReader r, Set<String> into) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                into.add(singleSpaced(entry) ? entry : SPACES.matcher(entry).replaceAll(" "));
            }
        }
    }

    /** Whether {@code \s+} → " " would leave the entry as it is (nearly every line): no matcher to make. */
    private static boolean singleSpaced(String entry) {
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < entry.length() && entry.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    public boolean has(Lexicon list, String word) {
        return lists.get(list).contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isOffice(String phrase) {
        String p = canonicalTitle(phrase);
        return lists.get(Lexicon.OFFICES).contains(p) || lists.get(Lexicon.OFFICES).contains(phrase);
    }

    /** Who someone is to someone else: "mother", "colleague", "brother-in-law" (relations.txt). */
    public boolean isRelation(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return has(Lexicon.RELATIONS, p);
    }

    /** A noun that can head a speaker who is no named person: "company", "officials", "letter" (speaker-nouns.txt). */
    public boolean isSpeakerNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (has(Lexicon.SPEAKER_NOUNS, w)) {
            return true;
        }
        if (w.endsWith("ies") && has(Lexicon.SPEAKER_NOUNS, w.substring(0, w.length() - 3) + "y")) {
            return true;
        }
        return w.endsWith("s") && w.length() > 3 && has(Lexicon.SPEAKER_NOUNS, w.substring(0, w.length() - 1));
    }

    public boolean isRole(String phrase) {
        return lists.get(Lexicon.ROLES).contains(phrase);
    }

    public boolean isTitle(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.indexOf('-') > 0 && !isTitleExact(p) && isTitleExact(p.replace('-', ' '))) {
            return true; // "Attorney-General", "Prosecutor-General"
        }
        return isTitleExact(p);
    }

    /** In a title list as written, without canonical forms. */
    private boolean listed(String p) {
        return lists.get(Lexicon.OFFICES).contains(p) || lists.get(Lexicon.ROLES).contains(p) || fields.containsKey(p)
                || positions.containsKey(p) || abbreviations.containsKey(p);
    }

    private boolean isTitleExact(String p) {
        return isOffice(p) || isRole(p) || fields.containsKey(p) || positions.containsKey(p) || abbreviations.containsKey(p);
    }

    /** The field of an occupation ("surgeon" → "medicine"), or null when it is no occupation. */
    public String occupationField(String phrase) {
        return fields.get(canonicalTitle(phrase));
    }

    /** The group of a playing position ("striker" → "forward"), or null. */
    public String positionGroup(String phrase) {
        return positions.get(canonicalTitle(phrase));
    }

    /** A degree or credential written after a name ("Ph.D.", "MD"). */
    public boolean isCredential(String word) {
        return has(Lexicon.CREDENTIALS, word);
    }

    /** Where a surname written first comes from, or null when it is not one (surname-first.txt). */
    public SurnameOrigin surnameFirstOrigin(String word) {
        return surnameFirst.get(word.toLowerCase(Locale.ROOT));
    }

    /** A given name usually a man's (given-name-genders.txt: {@code m}); false when unknown or shared. */
    public boolean isMaleName(String givenName) {
        return maleNames.contains(givenName.toLowerCase(Locale.ROOT));
    }

    /** A given name usually a woman's (given-name-genders.txt: {@code f}); false when unknown or shared. */
    public boolean isFemaleName(String givenName) {
        return femaleNames.contains(givenName.toLowerCase(Locale.ROOT));
    }

    /** True for any word that is part of a title phrase ("d'affaires", "chief"), whatever its tag. */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isHonorific(String word) {
        return has(Lexicon.HONORIFICS, word);
    }

    public boolean isParticle(String word) {
        return lists.get(Lexicon.NAME_PARTICLES).contains(word.toLowerCase(Locale.ROOT));
    }

    /** A given name from the hand list or the many-language list. */
    public boolean isGivenName(String word) {
        if (has(Lexicon.GIVEN_NAMES, word) || has(Lexicon.GIVEN_NAMES_WORLD, word)) {
            return true;
        }
        String plain = withoutAccents(word); // the lists hold "gerard", "joao": Gérard, João
        return !plain.equals(word) && (has(Lexicon.GIVEN_NAMES, plain) || has(Lexicon.GIVEN_NAMES_WORLD, plain));
    }

    /** The word with its accents taken off ("Gérard" → "Gerard"); the one place copydesk folds accents. */
    public static String withoutAccents(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            return word;
        }
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** A given name from the hand list only: common English names that are also plain words ("Bill", "Grace") are here. */
    public boolean isCommonGivenName(String word) {
        return has(Lexicon.GIVEN_NAMES, word);
    }

    public boolean isOrgWord(String word) {
        return has(Lexicon.ORG_WORDS, word);
    }

    public boolean isPlace(String word) {
        return has(Lexicon.PLACES, word);
    }

    /** First words of place names that are also given names or plain words: "San Jose", "Fort Myers", "New York". */
    private static final Set<String> PLACE_PREFIXES = Set.of("san", "santa", "santo", "são", "sao", "saint", "st.",
            "fort", "port", "mount", "lake", "el", "la", "los", "las", "new", "north", "south", "east", "west");

    public boolean isPlacePrefix(String word) {
        return PLACE_PREFIXES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isSpeechVerb(String word) {
        return has(Lexicon.SPEECH_VERBS, word);
    }

    public boolean isNotName(String word) {
        return has(Lexicon.NOT_NAMES, word);
    }

    /** Every entry of one list, for building phrase matchers. */
    public Set<String> entries(Lexicon list) {
        return lists.get(list);
    }

    /** A list of groups, one per line, comma-separated ("spokesman, spokesperson"), in a stable order. */
    public List<List<String>> groups(Lexicon list) {
        List<List<String>> out = new ArrayList<>();
        for (String line : new java.util.TreeSet<>(lists.get(list))) {
            out.add(java.util.Arrays.stream(line.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
        }
        return out;
    }

    public boolean isRankModifier(String phrase) {
        return has(Lexicon.RANK_MODIFIERS, phrase);
    }

    /** The full form of a title written short or in a variant spelling ("Sen." → "senator"). */
    public String canonicalTitle(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.indexOf('-') > 0 && !listed(p) && listed(p.replace('-', ' '))) {
            p = p.replace('-', ' ');
        }
        String full = abbreviations.get(p);
        return full == null ? p : full;
    }

    /** All title phrases (offices, roles, abbreviations), for phrase matching. */
    public List<String> titles() {
        return titles;
    }

    /** Longest title phrase in words, so matching knows how far to look. */
    public int longestTitle() {
        return longestTitle;
    }
}
