package dev.copydesk.checks;

import dev.copydesk.rules.Param;
import dev.copydesk.rules.ParamException;
import dev.copydesk.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One person in a {@code house-names} list: the spelling the house prints, the spellings it
 * corrects, the current title; and what {@code authority build} counted to choose them.
 */
public record HouseName(
        @Param("the full name as the house prints it") String name,
        @Param(value = "other spellings to correct: full names, or surnames alone", dflt = "[]") List<String> variants,
        @Param(value = "the person's current title, as the house writes it", dflt = "null") String title,
        @Param(value = "when that title was last seen in print (authority build writes it)", dflt = "null")
        LocalDate titleSeen,
        @Param(value = "when the person was last named in print (authority build writes it)", dflt = "null")
        LocalDate lastSeen,
        @Param(value = "articles per full-name spelling (authority build writes it, --update adds to it)",
                dflt = "{}") Map<String, Integer> spellings,
        @Param(value = "keep this spelling when authority build --update finds another used more often",
                dflt = "false") boolean locked) {
    public HouseName {
        ParamException.require(name.strip().contains(" "), "name",
                "must be a full name (given name and surname), not '" + name + "'");
        ParamException.require(variants.stream().noneMatch(String::isBlank), "variants", "must not be empty");
        ParamException.require(spellings.values().stream().allMatch(n -> n >= 0), "spellings", "must count 0 or more");
    }

    /** The names a {@code house-names} rule lists, validated as {@code check} validates them. */
    public static List<HouseName> listed(Rule rule) {
        if (!rule.type().equals(HouseNamesCheck.TYPE.name())) {
            throw new IllegalArgumentException("rule " + rule.id() + " is not a house-names rule");
        }
        return CheckRegistry.settings(HouseNamesCheck.TYPE, rule).names();
    }

    String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
