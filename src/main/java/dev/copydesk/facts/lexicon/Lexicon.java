package dev.copydesk.facts.lexicon;

/**
 * The word lists of rules/lexicons (README there says what each holds), one constant per file, so
 * a list is named by type, not by a file name string. A user's {@code lexicons/} folder extends a
 * list with a file of the same name.
 */
public enum Lexicon {
    OFFICES("offices.txt"),
    ROLES("roles.txt"),
    OCCUPATIONS("occupations.txt"),
    SPORTS_POSITIONS("sports-positions.txt"),
    RELATIONS("relations.txt"),
    CREDENTIALS("credentials.txt"),
    TITLE_ABBREVIATIONS("title-abbreviations.txt"),
    RANK_MODIFIERS("rank-modifiers.txt"),
    HONORIFICS("honorifics.txt"),
    NAME_PARTICLES("name-particles.txt"),
    GIVEN_NAMES("given-names.txt"),
    GIVEN_NAMES_WORLD("given-names-world.txt"),
    GIVEN_NAME_GENDERS("given-name-genders.txt"),
    SURNAME_FIRST("surname-first.txt"),
    ORG_WORDS("org-words.txt"),
    PLACES("places.txt"),
    SPEECH_VERBS("speech-verbs.txt"),
    NOT_NAMES("not-names.txt"),
    HEDGES("hedges.txt"),
    ANONYMOUS_SOURCES("anonymous-sources.txt"),
    SOURCE_WORDS("source-words.txt"),
    SPEAKER_NOUNS("speaker-nouns.txt"),
    TITLE_EQUIVALENTS("title-equivalents.txt"),
    TITLE_COMPATIBLE("title-compatible.txt"),
    PUBLIC_OFFICES("public-offices.txt"),
    OFFICE_HOLDER_WORDS("office-holder-words.txt");

    private final String fileName;

    Lexicon(String fileName) {
        this.fileName = fileName;
    }

    /** The list's file, in the built-in rules/lexicons and in a user's lexicons/ folder. */
    public String fileName() {
        return fileName;
    }
}
