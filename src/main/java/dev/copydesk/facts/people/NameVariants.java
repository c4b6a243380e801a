package dev.copydesk.facts.people;

import java.util.Locale;

/**
 * When two spellings are one person's name: the rules coreference groups mentions by, shared
 * with the checks and the name authority that compare names across stories.
 */
public final class NameVariants {
    private NameVariants() {
    }

    /** Same person if the given names agree, or one is an initial or a shorter form of the other. */
    public static boolean compatibleGiven(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ") || x.endsWith(" " + y) || y.endsWith(" " + x)) {
            return true; // "Michael Forrest" / "Forrest": the story calls him by his middle name
        }
        String fx = x.split(" ")[0];
        String fy = y.split(" ")[0];
        if (fx.equals(fy)) {
            return true;
        }
        boolean initialX = fx.matches("\\p{L}\\.?");
        boolean initialY = fy.matches("\\p{L}\\.?");
        return (initialX || initialY) && fx.charAt(0) == fy.charAt(0);
    }

    /** The same first given name (accents aside), longer than an initial. */
    public static boolean sameGiven(String a, String b) {
        return a != null && b != null && Spellings.fold(a.split(" ")[0]).equals(Spellings.fold(b.split(" ")[0]))
                && a.split(" ")[0].length() > 2;
    }

    /**
     * Two spellings of one surname: one edit apart (two for long names), same first letter, five
     * letters or more, and not a plural ("the Clintons"); or the same but for accents.
     */
    public static boolean variant(String a, String b) {
        String fa = Spellings.fold(a);
        String fb = Spellings.fold(b);
        if (fa.equals(fb)) {
            return !a.equals(b);
        }
        int shortest = Math.min(fa.length(), fb.length());
        if (shortest < 5 || fa.charAt(0) != fb.charAt(0) || fa.equals(fb + "s") || fb.equals(fa + "s")) {
            return false;
        }
        return Spellings.distance(fa, fb) <= (shortest >= 9 ? 2 : 1);
    }
}
