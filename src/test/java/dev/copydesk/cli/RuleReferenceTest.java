package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.checks.CheckRegistry;
import dev.copydesk.checks.CheckType;
import dev.copydesk.rules.ParamBinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's rule reference is the one printed from the check types' declarations. After a
 * change to a parameter record or a message, {@code mvn test -Dcopydesk.updateReadme=true} rewrites
 * it; read the diff.
 */
class RuleReferenceTest {
    private static final Path README = Path.of("README.md");

    @Test
    void theReadmeRuleReferenceIsTheGeneratedOne() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String generated = RuleReference.START + "\n\n" + RuleReference.markdown() + RuleReference.END;
        int start = readme.indexOf(RuleReference.START);
        int end = readme.indexOf(RuleReference.END);
        if (Boolean.getBoolean("copydesk.updateReadme")) {
            readme = start < 0 ? readme.replace("RULE_REFERENCE\n", generated + "\n")
                    : readme.substring(0, start) + generated + readme.substring(end + RuleReference.END.length());
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            start = readme.indexOf(RuleReference.START);
            end = readme.indexOf(RuleReference.END);
        }
        assertTrue(start >= 0 && end > start, "README.md has no rule reference section; run with -Dcopydesk.updateReadme=true");
        assertEquals(generated, readme.substring(start, end + RuleReference.END.length()),
                "README.md's rule reference is stale; run mvn test -Dcopydesk.updateReadme=true and read the diff");
    }

    @Test
    void everyCheckTypeDocumentsEveryParameterAndMessage() {
        for (CheckType<?> t : CheckRegistry.types()) {
            assertTrue(t.summary().endsWith("."), t.name() + " summary: " + t.summary());
            assertTrue(!t.messages().isEmpty(), t.name() + " declares no message");
            for (ParamBinder.Doc d : t.paramDocs()) {
                assertTrue(!d.description().isBlank(), t.name() + "." + d.name() + " has no description");
            }
        }
    }

    @Test
    void rulesListVerbosePrintsParametersInEffectAndMessages() {
        CliRun r = CliRun.run("rules", "list", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(String.format("    %-34s # %s%n", "maxWeekdayDistance: 7", "distant-weekday: a weekday "
                + "name is fine for dates up to this many days from publication; whole number, default 7")), r.out());
        assertTrue(r.out().contains("    message past-after: '{text}' ({date}) is after publication ({published}), "
                + "but the event is told in the past tense\n"), r.out());
    }
}
