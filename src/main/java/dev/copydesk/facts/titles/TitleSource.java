package dev.copydesk.facts.titles;

/** How a title is attached to a name in the text. */
public enum TitleSource {
    /** "White House spokesman Jay Carney", "President Bashar al-Assad". */
    PRENOMINAL,
    /** "Lamia Hariri, the Syrian chargé d'affaires in Cyprus" or "the former chargé d'affaires, Ghassan Dalla,". */
    APPOSITIVE,
    /** "Ayoubi was the most senior Syrian diplomat left in the UK". */
    COPULAR
}
