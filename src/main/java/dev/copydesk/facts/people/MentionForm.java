package dev.copydesk.facts.people;

/** The shape of a name as written. */
public enum MentionForm {
    /** Given name and surname: "Khaled al-Ayoubi". */
    FULL,
    /** Surname alone: "Ayoubi". */
    SURNAME,
    /** Courtesy title and surname: "Mr. Ayoubi". */
    HONORIFIC_SURNAME,
    /** Office title and surname: "President Assad". */
    TITLE_SURNAME,
    /** Given name alone, for a person the story named in full: "Fiona" for Fiona Parry. */
    GIVEN;

    /** A form that relies on the reader already knowing who this is. */
    public boolean isShort() {
        return this == SURNAME || this == HONORIFIC_SURNAME;
    }
}
