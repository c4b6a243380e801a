package dev.copydesk.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertEquals(1, Names.distance("gettleman", "gettelman"));
        assertEquals(1, Names.distance("corbyn", "corbin"));
        assertEquals(1, Names.distance("assad", "asad"));
        assertEquals(0, Names.distance("x", "x"));
        assertEquals(3, Names.distance("abc", ""));
    }

    @Test
    void foldDropsAccentsAndCase() {
        assertEquals("jose fares", Names.fold("José Farès"));
    }
}
