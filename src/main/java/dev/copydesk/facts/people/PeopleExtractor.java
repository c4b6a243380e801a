package dev.copydesk.facts.people;

import dev.copydesk.Interruption;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.AnnotatedBlock;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people in an article without an NER model: capitalised name runs
 * ({@link NameRunFinder}), kept when their context marks them as a person ({@link CandidateFinder}),
 * then grouped into people with every mention and its title ({@link Coreference}).
 */
public final class PeopleExtractor {
    private final NameRunFinder finder;
    private final CandidateFinder candidates;
    private final Coreference coreference;
    private final Lexicons lex;

    public PeopleExtractor(Lexicons lex) {
        this.lex = lex;
        this.finder = new NameRunFinder(lex);
        this.candidates = new CandidateFinder(lex);
        this.coreference = new Coreference(lex);
    }

    public People extract(AnnotatedArticle article) {
        Set<String> lowercaseWords = lowercaseWords(article);
        List<Candidate> found = new ArrayList<>();
        for (AnnotatedBlock ab : article.blocks()) {
            Interruption.check();
            for (Sentence s : ab.sentences()) {
                for (NameRun run : finder.find(s, ab.normalized())) {
                    Candidate c = candidates.candidate(ab, s, run, lowercaseWords);
                    if (c != null) {
                        found.add(c);
                    }
                }
            }
        }
        return coreference.group(descriptorsBeforeSurname(particleSurnamesWrittenAlone(joinedParticlesApart(found))));
    }

    /**
     * "Zine El Abidine Ben Ali … Ben Ali fled": a particle read as a given name ("Ben Affleck") is the
     * particle of a surname when the story also writes that surname inside a longer name.
     */
    private List<Candidate> particleSurnamesWrittenAlone(List<Candidate> found) {
        Set<String> particleSurnames = new HashSet<>();
        for (Candidate c : found) {
            if (c.surname().indexOf(' ') > 0 && c.given() != null) {
                particleSurnames.add(c.surname());
            }
        }
        if (particleSurnames.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            boolean particleGiven = c.given() != null && c.given().indexOf(' ') < 0 && lex.isParticle(c.given());
            out.add(particleGiven && particleSurnames.contains(c.text()) ? c.asSurname(c.text()) : c);
        }
        return out;
    }

    /**
     * "Veteran Wall Streeter Beyer" in a story that names Charlotte Beyer: two words or more before a surname,
     * none of them a given name, in a run whose context says person, describe the person when the story gives
     * that surname with a real given name; the mention is the surname alone.
     */
    private List<Candidate> descriptorsBeforeSurname(List<Candidate> found) {
        Set<String> givenKeys = new HashSet<>();
        for (Candidate c : found) {
            if (c.given() != null && lex.isGivenName(firstWord(c.given()))) {
                givenKeys.add(c.surnameKey());
            }
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            // two words or more, none a given name ("Wall Streeter"); one unknown word may be a rare given name ("Kidd Jordan")
            Candidate surnameOnly = c.given() != null && c.form() == MentionForm.FULL && givenKeys.contains(c.surnameKey())
                    && c.evidence() != Candidate.Evidence.NONE && !c.loose() && c.given().indexOf(' ') > 0
                    && java.util.Arrays.stream(c.given().split(" "))
                            .noneMatch(w -> lex.isGivenName(w.replace(".", "")) || lex.isParticle(w))
                    ? c.surnameAlone() : null;
            out.add(surnameOnly == null ? c : surnameOnly);
        }
        return out;
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return (space < 0 ? words : words.substring(0, space)).replace(".", "");
    }

    /**
     * "Bill DeBlasio … De Blasio": when the story also writes the surname with its particle apart, the joined
     * spelling takes the same key ("blasio"), so the two are one person (the name check still reports the two
     * spellings). Without that, "DeVos" stays apart from "Robin Vos".
     */
    private static List<Candidate> joinedParticlesApart(List<Candidate> found) {
        Set<String> apart = new HashSet<>();
        for (Candidate c : found) {
            int space = c.surname().indexOf(' ');
            if (space > 0 && Spellings.JOINABLE_PARTICLES.contains(c.surname().substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
                apart.add(c.surnameKey());
            }
        }
        if (apart.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            String written = c.surname();
            String key = c.surnameKey();
            String rest = null;
            for (String particle : Spellings.JOINABLE_PARTICLES) {
                if (written.indexOf(' ') < 0 && key.startsWith(particle) && written.length() > particle.length() + 2
                        && Character.isUpperCase(written.charAt(particle.length())) && apart.contains(key.substring(particle.length()))) {
                    rest = key.substring(particle.length());
                    break;
                }
            }
            out.add(rest == null ? c : c.withSurnameKey(rest));
        }
        return out;
    }

    /** Words the text uses in lower case somewhere: a capitalised one of them is a word at a sentence start, not a name. */
    private static Set<String> lowercaseWords(AnnotatedArticle article) {
        Set<String> words = new HashSet<>();
        for (AnnotatedBlock ab : article.blocks()) {
            for (Sentence s : ab.sentences()) {
                for (Token t : s.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                        words.add(t.text());
                    }
                }
            }
        }
        return words;
    }
}
