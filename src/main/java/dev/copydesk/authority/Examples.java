package dev.copydesk.authority;

import dev.copydesk.facts.people.NameSplitter;
import dev.copydesk.facts.people.PersonName;
import java.util.Optional;

/**
 * The examples of a generated house-names rule, written about one of its people: the name with
 * two letters of the surname swapped must be reported, the name as the house prints it must not.
 */
record Examples(String bad, String good) {
    private static final String SENTENCE = " said on Monday that the talks would go on.";

    /** Examples about {@code name}, when its surname is long enough to misspell plainly. */
    static Optional<Examples> about(String name, NameSplitter splitter) {
        PersonName n = splitter.split(name);
        if (n.given() == null || n.parts().size() < 2) {
            return Optional.empty();
        }
        String last = n.parts().get(n.parts().size() - 1);
        int coreStart = last.length() - n.surnameKey().length();
        String core = last.substring(Math.max(0, coreStart));
        if (core.length() < 6 || !core.chars().allMatch(Character::isLetter) || !name.endsWith(last)) {
            return Optional.empty();
        }
        for (int i = 2; i + 1 < core.length(); i++) {
            if (core.charAt(i) != core.charAt(i + 1)) {
                String swapped = core.substring(0, i) + core.charAt(i + 1) + core.charAt(i) + core.substring(i + 2);
                String before = name.substring(0, name.length() - core.length());
                return Optional.of(new Examples(before + "[[" + swapped + "]]" + SENTENCE, name + SENTENCE));
            }
        }
        return Optional.empty();
    }
}
