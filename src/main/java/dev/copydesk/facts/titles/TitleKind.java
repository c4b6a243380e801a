package dev.copydesk.facts.titles;

/** What a title says about the person, which decides what it can conflict with. */
public enum TitleKind {
    /** A specific position held: senator, ambassador, chief executive, coach (offices.txt). */
    OFFICE,
    /** A profession: surgeon, pharmacist, economist (occupations.txt); conflicts across fields. */
    OCCUPATION,
    /** A playing position: goalkeeper, striker, quarterback (sports-positions.txt). */
    POSITION,
    /** A description that fits alongside anything: official, activist, resident, mother (roles.txt). */
    ROLE,
    /** A degree written after the name: Ph.D., MD (credentials.txt). */
    CREDENTIAL,
    /** Who the person is to someone else: mother, colleague (relations.txt); never conflicts. */
    RELATION
}
