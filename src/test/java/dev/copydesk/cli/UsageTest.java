package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: two-line usage errors with the nearest word, no silent no-ops, help with examples. */
class UsageTest {
    private static final String SEED = "fixtures/seed-syria.html";
    private static final String STORM = "fixtures/wire-storm-errors.txt";

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static void assertUsageError(CliRun r, String problem, String command) {
        assertEquals(2, r.code(), r.err());
        assertEquals("copydesk: " + problem + "\ntry '" + command + " --help'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedOptionIsOneLineWithTheNearestOptionAndAHint() {
        assertUsageError(run("check", "--formt", "json", SEED), "unknown option '--formt' (did you mean '--format'?)",
                "copydesk check");
    }

    @Test
    void aMistypedCommandIsNamed() {
        assertUsageError(run("chek", SEED), "unknown command 'chek' (did you mean 'check'?)", "copydesk");
    }

    @Test
    void formatsAreCheckedPerCommand() {
        assertUsageError(run("check", "--format", "jsn", SEED), "--format: 'jsn' is not a format; copydesk check writes "
                + "text, compact, json, sarif, github, junit, html (did you mean 'json'?)", "copydesk check");
        assertUsageError(run("entities", "--format", "sarif", SEED),
                "--format: 'sarif' is not a format of copydesk entities, which writes text, json", "copydesk entities");
    }

    @Test
    void severitiesAndColoursAreCheckedWithTheNearestWord() {
        assertUsageError(run("check", "--fail-on", "warnings", SEED),
                "--fail-on: 'warnings' is not one of error, warning, info, never (did you mean 'warning'?)", "copydesk check");
        assertUsageError(run("check", "--color", "allways", SEED),
                "--color: 'allways' is not one of auto, always, never (did you mean 'always'?)", "copydesk check");
    }

    @Test
    void noDefaultRulesWithoutRulesIsAUsageError() {
        assertUsageError(run("check", "--no-default-rules", SEED),
                "--no-default-rules leaves no rule to run; add your own with --rules PATH", "copydesk check");
    }

    @Test
    void listingNoRulesIsAUsageError() {
        assertUsageError(run("rules", "list", "--no-default-rules"),
                "--no-default-rules leaves no rule to list; name your rule files or folders", "copydesk rules list");
    }

    @Test
    void aConfigThatLeavesNoRuleIsAnError(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("copydesk.yml"), "defaultRules: false\n");
        CliRun r = run("check", "--config", config.toString(), SEED);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("copydesk: " + config + ": no rule left to run"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aNamedFileCopydeskDoesNotReadIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("story.doc"), "Jeffrey Gettleman reported from Nairobi.");
        Path pdf = Files.write(dir.resolve("story.PDF"), new byte[]{'%', 'P', 'D', 'F'});
        Path noExtension = Files.copy(Path.of(STORM), dir.resolve("storm"));
        CliRun r = run("check", "--format", "compact", doc.toString(), pdf.toString(), noExtension.toString(), STORM);
        assertEquals(2, r.code());
        assertEquals("copydesk: " + doc + ": not an article copydesk reads (.doc); it reads .html, .htm, .txt, .md and "
                + ".markdown files, skipped\ncopydesk: " + pdf + ": not an article copydesk reads (.pdf); it reads .html, "
                + ".htm, .txt, .md and .markdown files, skipped\n", r.err());
        assertTrue(r.out().contains(noExtension + ":"), "a name without an extension is read: " + r.out());
        assertTrue(r.out().contains(STORM + ":"), "the other files are checked: " + r.out());
    }

    @Test
    void theTopLevelHelpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
        CliRun r = run("--help");
        assertEquals(0, r.code());
        for (String command : new String[]{"check", "entities", "rules", "explain", "authority"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " in\n" + r.out());
        }
        assertEquals(java.util.Set.of("check"), Main.commandLine(CliRun.environment(), "check").getSubcommands().keySet());
        assertEquals(5, Main.commandLine(CliRun.environment(), "chek").getSubcommands().size()); // a typo gets "did you mean"
    }

    @Test
    void helpGroupsItsOptionsAndShowsExamples() {
        CliRun r = run("check", "--help");
        assertEquals(0, r.code());
        String out = r.out();
        int report = out.indexOf("\nReport:\n");
        int rules = out.indexOf("\nRules:\n");
        int articles = out.indexOf("\nArticles:\n");
        int baseline = out.indexOf("\nBaseline (adopting copydesk on an archive):\n");
        assertTrue(report > 0 && rules > report && articles > rules && baseline > articles, out);
        int format = out.indexOf("\n      --format=FORMAT");
        assertTrue(format > report && format < rules, out);
        assertTrue(out.indexOf("\n      --baseline=FILE") > baseline, out);
        assertTrue(out.contains("Examples:\n") && out.contains("copydesk check --format html --output report.html"), out);
        for (String[] command : new String[][]{{"entities"}, {"explain"}, {"rules", "list"}, {"rules", "test"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertTrue(run(args).out().contains("Examples:\n"), String.join(" ", command));
        }
    }

    @Test
    void explainPrintsTheRuleItsExamplesAndHowToTurnItOff() {
        CliRun r = run("explain", "name-variant");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("name-variant — warning, category name, check type name-consistency "
                + "(<built-in>/people.yml:6:5)\n\n  One person's name spelled two ways in one story.\n"), r.out());
        assertTrue(r.out().contains("""
                Fires on:
                  Jeffrey Gettleman reported from Nairobi. Gettleman said the talks had stalled. Later, Gettelman said the envoy had left.
                                                                                                        ^^^^^^^^^
                """), r.out());
        assertTrue(r.out().contains("Stays quiet on:\n  Bill Clinton spoke first."), r.out());
        assertTrue(r.out().contains("""
                To turn it off for a folder of articles, in its .copydesk.yml:
                  disable: [name-variant]
                To change how much it matters (error, warning or info; --fail-on decides which fail a run):
                  severity:
                    name-variant: info
                """), r.out());
        assertUsageError(run("explain", "name-varient"),
                "no rule 'name-varient' (did you mean 'name-variant'?); 'copydesk rules list' shows them all", "copydesk explain");
    }

    @Test
    void progressShowsOnATerminalOnly() {
        CliRun onTerminal = CliRun.onTerminal(Map.of(), "check", "--format", "compact", SEED, STORM);
        assertTrue(onTerminal.err().contains("\rcopydesk: 1 of 2 files") && onTerminal.err().contains("\rcopydesk: 2 of 2 files"),
                onTerminal.err());
        assertTrue(onTerminal.err().endsWith("\r" + " ".repeat("copydesk: 2 of 2 files".length()) + "\r"),
                "the line is erased at the end: " + onTerminal.err());
        assertEquals("", run("check", "--format", "compact", SEED, STORM).err(), "never in a pipe");
        assertEquals("", CliRun.onTerminal(Map.of("CI", "true"), "check", SEED, STORM).err(), "never in CI");
        assertEquals("", CliRun.onTerminal(Map.of("TERM", "dumb"), "check", SEED, STORM).err(), "never on a dumb terminal");
        assertEquals("", CliRun.onTerminal(Map.of(), "check", SEED).err(), "one file needs no progress");
        assertFalse(onTerminal.out().contains("\r"), "progress never reaches the report");
    }
}
