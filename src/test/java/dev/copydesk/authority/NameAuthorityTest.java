package dev.copydesk.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.TestSupport;
import dev.copydesk.facts.people.NameSplitter;
import dev.copydesk.facts.people.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How spellings become people: rare spelling variants join the dominant spelling; other names never do. */
class NameAuthorityTest {
    private static final NameSplitter SPLITTER = new NameSplitter(TestSupport.analyzer().lexicons());

    private static Sighting seen(String name, String title, LocalDate date) {
        PersonName n = SPLITTER.split(name);
        return new Sighting(name, n.given(), n.surnameKey(), n.parts().size(), title, title != null, date);
    }

    private static List<List<Sighting>> articles() {
        List<List<Sighting>> a = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            a.add(List.of(seen("Jeffrey Gettleman", "correspondent", LocalDate.of(2020, 1, 1 + i)),
                    seen("Bill Clinton", null, LocalDate.of(2020, 2, 1 + i))));
        }
        a.add(List.of(seen("Jeffrey Gettelman", null, LocalDate.of(2021, 1, 1))));
        for (int i = 0; i < 6; i++) {
            a.add(List.of(seen("Hillary Clinton", "secretary of state", LocalDate.of(2012, 3, 1 + i)),
                    seen("George Bush", null, null), seen("George W. Bush", null, null)));
        }
        a.add(List.of(seen("Hillary Clinton", "former secretary of state", LocalDate.of(2016, 3, 1))));
        // Two people each printed often: not each other's misspelling
        for (int i = 0; i < 5; i++) {
            a.add(List.of(seen("John Smith", null, null), seen("John Smyth", null, null)));
        }
        return a;
    }

    private static List<String> people(List<List<Sighting>> articles) {
        NameAuthority authority = new NameAuthority(List.of(), Set.of(), SPLITTER, t -> true);
        articles.parallelStream().forEach(authority::add);
        return authority.people().stream().map(p -> p.name() + " " + p.variants() + " " + p.title() + " " + p.titleSeen()
                + " " + p.articles()).toList();
    }

    @Test
    void rareSpellingVariantsJoinTheDominantSpellingAndOtherNamesStayApart() {
        assertEquals(List.of(
                "Jeffrey Gettleman [Jeffrey Gettelman] correspondent 2020-01-10 11",
                "Bill Clinton [] null null 10",
                "Hillary Clinton [] former secretary of state 2016-03-01 7",
                "George Bush [] null null 6",
                "George W. Bush [] null null 6",
                "John Smith [] null null 5",
                "John Smyth [] null null 5"), people(articles()));
    }

    @Test
    void theOrderArticlesAreReadInDoesNotMatter() {
        List<List<Sighting>> shuffled = new ArrayList<>(articles());
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(people(articles()), people(shuffled));
    }
}
