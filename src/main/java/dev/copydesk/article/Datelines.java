package dev.copydesk.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a publication date from a wire dateline: "CAIRO, Feb. 4, 2012 (Reuters) — …". */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Za-z.'-]*(?:\\s+[A-Z][A-Za-z.'-]*){0,3},?\\s+)?(?:[A-Z][a-z]+\\.?,?\\s+)?"
                    + "(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})"
                    + "\\s*(?:\\([^)]{1,40}\\)\\s*)?[-—–]");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private Datelines() {
    }

    /** The dateline date at the start of the story's lead (short lines of furniture before it are passed over), or null. */
    static LocalDate find(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind() != BlockKind.BODY) {
                continue;
            }
            Matcher m = DATELINE.matcher(b.text());
            if (m.find()) {
                try {
                    int month = MONTHS.indexOf(m.group("m").toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
                    return LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
                } catch (RuntimeException e) {
                    return null;
                }
            }
            if (b.text().length() >= 100) {
                return null; // the lead has no dateline
            }
        }
        return null;
    }
}
