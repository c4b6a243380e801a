package dev.copydesk.facts.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertEquals(1, Spellings.distance("gettleman", "gettelman"));
        assertEquals(1, Spellings.distance("corbyn", "corbin"));
        assertEquals(1, Spellings.distance("assad", "asad"));
        assertEquals(0, Spellings.distance("x", "x"));
        assertEquals(3, Spellings.distance("abc", ""));
    }

    @Test
    void foldDropsAccentsAndCase() {
        assertEquals("jose fares", Spellings.fold("José Farès"));
    }
}
