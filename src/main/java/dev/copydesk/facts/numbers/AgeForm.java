package dev.copydesk.facts.numbers;

/** How an age is attached to a person in the text. */
public enum AgeForm {
    /** "Smith, 45," */
    APPOSITIVE,
    /** "Smith (45)" */
    PARENTHESES,
    /** "Smith, aged 45," */
    AGED,
    /** "the 45-year-old Smith", "Smith, a 45-year-old lawyer," */
    YEAR_OLD,
    /** "Smith, who is 45,", "Smith is 45 years old" */
    PREDICATE,
    /** "Smith turned 46 on Friday", "celebrated his 46th birthday": the age changed, and the text says so */
    TURNED,
    /** "the 46-year-old" with no name, taken as the one person whose age the story gives */
    DESCRIPTION;

    /** The form as {@code entities} shows it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
