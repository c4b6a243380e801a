package dev.copydesk.authority;

import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.MentionForm;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.nlp.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One full-name spelling of one person in one article, with the title the article gives them:
 * what the name authority keeps of an article once it is read.
 *
 * @param spelling   the full name as printed (straight apostrophes, single spaces)
 * @param given      its given name(s)
 * @param surnameKey its surname folded for matching ("ayoubi")
 * @param parts      how many words it has
 * @param title      the title the article gives the person (its first in the body), or null
 * @param office     whether that title is an office (which is what house-names compares)
 * @param published  the article's publication date, or null
 */
record Sighting(String spelling, String given, String surnameKey, int parts, String title, boolean office,
                LocalDate published) {

    /** The sightings in one analysed article: each confirmed person's distinct full names in the story. */
    static List<Sighting> of(Facts facts) {
        List<Sighting> out = new ArrayList<>();
        LocalDate published = facts.article().published();
        for (Person p : facts.people()) {
            if (!p.confirmed()) {
                continue; // "Dark Samus": capitalised words with nothing that says person
            }
            Title title = null;
            Map<String, Mention> spellings = new LinkedHashMap<>();
            for (Mention m : p.mentions()) {
                if (!m.block().kind().isBody() && m.block().kind() != dev.copydesk.article.BlockKind.CAPTION) {
                    continue;
                }
                if (title == null && m.title() != null && m.block().kind().isBody()) {
                    title = m.title();
                }
                if (m.form() == MentionForm.FULL) {
                    spellings.putIfAbsent(normalize(m.text()), m);
                }
            }
            for (Map.Entry<String, Mention> e : spellings.entrySet()) {
                Mention m = e.getValue();
                out.add(new Sighting(e.getKey(), m.given(), m.surnameKey(), m.parts().size(),
                        title == null ? null : normalize(title.text()), title != null && title.office(), published));
            }
        }
        return out;
    }

    static String normalize(String name) {
        return TextNormalizer.normalize(name.strip()).replaceAll("\\s+", " ");
    }
}
