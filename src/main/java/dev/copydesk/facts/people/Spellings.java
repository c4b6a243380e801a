package dev.copydesk.facts.people;

import dev.copydesk.facts.lexicon.Lexicons;
import java.util.Locale;

/** String helpers for comparing name spellings. */
public final class Spellings {
    /** Particles some writers set apart and others join to the name: "de Blasio" / "DeBlasio", "van Dyke" / "VanDyke". */
    public static final java.util.List<String> JOINABLE_PARTICLES = java.util.List.of("della", "del", "de", "di", "da", "du",
            "van", "von", "la", "le");

    private Spellings() {
    }

    /**
     * A folded spelling with letters that spell one sound written one way: "Rudolph" and "Rudolf",
     * "Dougherty" and "Doherty" ("ough" as in Doherty) read the same.
     */
    public static String spoken(String folded) {
        return folded.replace("ph", "f").replace("ough", "oh");
    }

    /**
     * {@code word} is the first of two surnames of the name {@code parts}: "Salinas" in Guadalupe
     * Salinas Hernández, the part before the last of a name of three parts or more.
     */
    public static boolean isFirstOfTwoSurnames(java.util.List<String> parts, String word) {
        return parts.size() >= 3 && fold(parts.get(parts.size() - 2)).equals(fold(word));
    }

    /** Lower case without accents: "Farès" → "fares". */
    public static String fold(String s) {
        return Lexicons.withoutAccents(s).toLowerCase(Locale.ROOT);
    }

    /**
     * A key under which spellings of one given name meet: Catherine and Katherine, Stephen and Steven, Jon and
     * John, Sara and Sarah, Marc and Mark. Folded, "ph" read as "f", "c" and "q" as "k", "v" as "f", "y" as "i",
     * an "h" after the first letter dropped, and doubled letters written once.
     */
    public static String soundKey(String name) {
        String s = fold(name).replace("ph", "f").replace('c', 'k').replace('q', 'k').replace('v', 'f').replace('y', 'i');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (i > 0 && ch == 'h' || out.length() > 0 && out.charAt(out.length() - 1) == ch) {
                continue;
            }
            out.append(ch);
        }
        return out.toString();
    }

    /** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
