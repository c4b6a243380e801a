package dev.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import dev.copydesk.rules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of every built-in rule, one dynamic test each: bad must fire at its mark, good must not. */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> builtInRuleExamples() {
        RuleExamples runner = new RuleExamples(TestSupport.analyzer());
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleLoader.load(true, RuleLoader.PRESETS, List.of())) {
            for (RuleExamples.Result r : runner.run(rule)) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " " + r.kind() + ": " + r.example(),
                        () -> assertNull(r.problem(), rule.id() + " " + r.kind() + " example «" + r.example() + "»: " + r.problem())));
            }
        }
        return tests.stream();
    }

    @Test
    void everyBuiltInRuleHasGoodAndBadExamples() {
        for (Rule rule : RuleLoader.load(true, RuleLoader.PRESETS, List.of())) {
            assertFalse(rule.bad().isEmpty(), rule.id() + " has no bad example");
            assertFalse(rule.good().isEmpty(), rule.id() + " has no good example");
        }
    }

    @Test
    void aBadExampleThatDoesNotFireIsReported() {
        Rule rule = RuleLoader.parse("t.yml", """
                rules:
                  - id: never-fires
                    type: first-reference
                    category: first-reference
                    severity: warning
                    message: "{surname}"
                    examples:
                      bad: ["Khaled al-Ayoubi, a diplomat, spoke. [[Ayoubi]] left."]
                      good: ["[[Ayoubi]] left. Khaled al-Ayoubi, a diplomat, spoke."]
                """).get(0);
        List<RuleExamples.Result> results = new RuleExamples(TestSupport.analyzer()).run(rule);
        assertEquals(2, results.size());
        assertEquals("did not fire", results.get(0).problem());
        assertTrue(results.get(1).problem().startsWith("fired"), results.get(1).problem());
    }

    /**
     * The presets' promise: every spelling they correct appears in a bad example (which the
     * dynamic tests above prove fires at its mark); for a house name, one of its variants.
     */
    @Test
    void everyEntryOfThePresetsHasABadExample() {
        for (Rule rule : RuleLoader.load(false, RuleLoader.PRESETS, List.of())) {
            String examples = String.join("\n", rule.bad()).replace("[[", "").replace("]]", "").replace("’", "'");
            List<List<String>> entries = new ArrayList<>();
            YamlNode swap = rule.param("swap");
            if (swap != null) {
                swap.map().keySet().forEach(k -> entries.add(List.of(k)));
            }
            YamlNode names = rule.param("names");
            if (names != null) {
                names.list().forEach(n -> entries.add(n.map().get("variants").texts()));
            }
            assertFalse(entries.isEmpty(), rule.id());
            for (List<String> spellings : entries) {
                assertTrue(spellings.stream().anyMatch(examples::contains), rule.id() + ": no bad example shows " + spellings);
            }
        }
    }
}
