package dev.copydesk.facts.people;

import dev.copydesk.facts.Facts;
import java.util.List;

/** The people found in an article, and the lone surnames too weak to be people (see {@link Facts}). */
public record People(List<Person> people, List<Mention> unattached) {
    public People {
        people = List.copyOf(people);
        unattached = List.copyOf(unattached);
    }
}
