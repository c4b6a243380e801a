package dev.copydesk.authority;

import java.time.LocalDate;

/**
 * Everything the authority keeps about one full-name spelling across the archive: how many
 * articles print it, when it was last printed, and the latest title given with it (an office
 * before any other kind). Updated from several threads; the order articles come in does not
 * change the result.
 */
final class Spelling {
    final String text;
    final String given;
    final String surnameKey;
    final int parts;
    private int articles;
    private LocalDate lastSeen;
    private String title;
    private boolean office;
    private LocalDate titleSeen;

    Spelling(String text, String given, String surnameKey, int parts) {
        this.text = text;
        this.given = given;
        this.surnameKey = surnameKey;
        this.parts = parts;
    }

    synchronized void add(Sighting s) {
        articles++;
        lastSeen = later(lastSeen, s.published());
        if (s.title() != null) {
            seenTitle(s.title(), s.office(), s.published());
        }
    }

    /** Counts from a house-names file being updated. */
    synchronized void restore(int count, LocalDate last, String houseTitle, boolean houseOffice, LocalDate seen) {
        articles += count;
        lastSeen = later(lastSeen, last);
        if (houseTitle != null) {
            seenTitle(houseTitle, houseOffice, seen);
        }
    }

    /** An office beats any other title; then the later date; then, on one day, the first in alphabetical order. */
    private void seenTitle(String t, boolean isOffice, LocalDate date) {
        boolean better;
        if (title == null) {
            better = true;
        } else if (isOffice != office) {
            better = isOffice;
        } else {
            int c = compare(date, titleSeen);
            better = c > 0 || c == 0 && t.compareTo(title) < 0;
        }
        if (better) {
            title = t;
            office = isOffice;
            titleSeen = date;
        }
    }

    private static int compare(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return compare(a, b) >= 0 ? a : b;
    }

    synchronized int articles() {
        return articles;
    }

    synchronized LocalDate lastSeen() {
        return lastSeen;
    }

    synchronized String title() {
        return title;
    }

    synchronized boolean office() {
        return office;
    }

    synchronized LocalDate titleSeen() {
        return titleSeen;
    }
}
