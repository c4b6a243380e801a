package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimestampLinesTest {
    @Test
    void linesThatOnlyStampThePage() {
        assertTrue(TimestampLines.isTimestamp("Feb. 21, 2019"));
        assertTrue(TimestampLines.isTimestamp("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn."));
        assertTrue(TimestampLines.isTimestamp("CNNMoney (New York) First published February 1, 2016: 1:28 AM ET"));
        assertTrue(TimestampLines.isTimestamp("Updated 10:32 a.m. EST, Jan. 4, 2020"));
        assertTrue(TimestampLines.isTimestamp("22 Dec, 2016 22 Dec, 2016"));
    }

    @Test
    void sentencesWithADateAreCopy() {
        assertFalse(TimestampLines.isTimestamp("On Feb. 4, 2012, the embassy was attacked."));
        assertFalse(TimestampLines.isTimestamp("WASHINGTON, Feb. 4, 2012 (Reuters) - Talks collapsed on Saturday."));
        assertFalse(TimestampLines.isTimestamp("The hearing is set for March 3, 2020"));
        assertFalse(TimestampLines.isTimestamp("Posted by the editors"), "no date");
    }
}
