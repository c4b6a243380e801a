package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the command line: exit codes, stdout, stderr (picocli's recommended way). */
class CliTest {
    private static final String SEED = "fixtures/seed-syria.html";
    private static final String ERRORS = "fixtures/seed-syria-errors.html";
    private static final String WARNINGS_ONLY = "fixtures/wire-storm-errors.txt";

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void resultsComeInCommandLineOrderWhenInputsHaveDifferentConfigs(@TempDir Path dir) throws Exception {
        for (String folder : new String[]{"a", "b"}) {
            Files.createDirectories(dir.resolve(folder));
            Files.writeString(dir.resolve(folder).resolve(".copydesk.yml"), "rules: []\n");
        }
        String story = "Storm\n\nJohn Smith said the roof held.\n";
        for (String f : new String[]{"a/1.txt", "b/2.txt", "a/3.txt"}) {
            Files.writeString(dir.resolve(f), story);
        }
        CliRun r = run("check", "--format", "json", "--fail-on", "never",
                dir.resolve("a/1.txt").toString(), dir.resolve("b").toString(), dir.resolve("a/3.txt").toString());
        JsonNode files = new ObjectMapper().readTree(r.out()).path("files");
        assertEquals(3, files.size(), r.out());
        assertTrue(files.get(0).path("path").asText().endsWith("1.txt"));
        assertTrue(files.get(1).path("path").asText().endsWith("2.txt"), "the folder b/ comes second, as given");
        assertTrue(files.get(2).path("path").asText().endsWith("3.txt"));

        CliRun repeated = run("check", "--format", "json", "--fail-on", "never", dir.resolve("b/2.txt").toString(),
                dir.resolve("a").toString(), dir.resolve("b/2.txt").toString());
        JsonNode again = new ObjectMapper().readTree(repeated.out()).path("files");
        assertEquals(4, again.size(), repeated.out());
        assertTrue(again.get(3).path("path").asText().endsWith("2.txt"), "a repeated argument keeps its second place");
    }

    @Test
    void cleanArticleExitsZeroAndPrintsASummary() {
        CliRun r = run("check", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fixtures/seed-syria.html:46:27: info [title-wording]"), r.out());
        assertTrue(r.out().contains("fixtures/seed-syria.html:48:117: warning [unsourced-allegation] 'are alleged to'"), r.out());
        assertTrue(r.out().endsWith("2 findings in 1 file (0 errors, 1 warning, 1 info)\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(1, run("check", ERRORS).code());
        assertEquals(0, run("check", WARNINGS_ONLY).code());
        assertEquals(1, run("check", "--fail-on", "warning", WARNINGS_ONLY).code());
        assertEquals(1, run("check", "--fail-on", "warning", SEED).code());
        assertEquals(0, run("check", SEED).code());
        assertEquals(0, run("check", "--fail-on", "never", ERRORS).code());
        assertEquals(2, run("check", "--fail-on", "sometimes", ERRORS).code());
    }

    @Test
    void jsonFollowsSchemaV1() throws Exception {
        CliRun r = run("check", "--format", "json", ERRORS);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("copydesk", root.at("/tool/name").asText());
        JsonNode file = root.at("/files/0");
        assertEquals(ERRORS, file.get("path").asText());
        assertTrue(file.get("error").isNull());
        assertEquals("2012-07-30", file.at("/article/published").asText());
        JsonNode f = null;
        for (JsonNode x : file.get("findings")) {
            if (x.get("rule").asText().equals("name-variant") && f == null) {
                f = x;
            }
        }
        for (String field : new String[]{"rule", "category", "severity", "message", "text", "line", "column",
            "endLine", "endColumn", "suggestion", "related"}) {
            assertTrue(f.has(field), "finding lacks " + field + ": " + f);
        }
        assertEquals("name-variant", f.get("rule").asText());
        assertEquals("name", f.get("category").asText());
        assertEquals("Ayubi", f.get("text").asText());
        assertEquals(46, f.get("line").asInt());
        assertEquals(12, f.get("column").asInt());
        assertEquals(17, f.get("endColumn").asInt());
        assertEquals("Ayoubi", f.get("suggestion").asText());
        assertTrue(f.at("/related/0/line").isInt());
        assertEquals(10, root.at("/summary/findings").asInt());
        assertEquals(8, root.at("/summary/warning").asInt());
        assertEquals(1, root.at("/summary/error").asInt());
        Set<String> categories = Set.of("name", "title", "first-reference", "attribution", "date", "headline", "number", "style");
        for (JsonNode x : file.get("findings")) {
            assertTrue(categories.contains(x.get("category").asText()));
        }
    }

    @Test
    void badInputsAreNamedOneLineEachAndTheRestIsStillChecked(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path binary = Files.write(dir.resolve("image.html"), new byte[]{0, 1, 2, 3, (byte) 0xFF, 0});
        Path noArticles = Files.createDirectory(dir.resolve("nothing-here"));
        Files.writeString(noArticles.resolve("notes.json"), "{}");
        CliRun r = run("check", "--format", "json", dir.resolve("missing.html").toString(), empty.toString(),
                binary.toString(), noArticles.toString(), ERRORS);
        assertEquals(2, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(4, lines.length, r.err());
        assertTrue(lines[0].endsWith("missing.html: no such file"), lines[0]);
        assertTrue(lines[1].endsWith("empty.html: file is empty"), lines[1]);
        assertTrue(lines[2].contains("image.html: looks like a binary file"), lines[2]);
        assertTrue(lines[3].endsWith("nothing-here: directory has no articles (.html, .htm, .txt, .md)"), lines[3]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(5, root.get("files").size());
        assertEquals(10, root.at("/files/4/findings").size());
        assertTrue(root.at("/files/0/error").asText().contains("no such file"));
    }

    @Test
    void aCreditLineBeforeTheCopyDoesNotCostTheFile(@TempDir Path dir) throws Exception {
        // Credits are not analysed, so the analysed blocks are fewer than the article's: a check
        // that looked a block up by its position read the wrong one, or none.
        Path page = dir.resolve("credit.html");
        Files.writeString(page, "<html><head><title>Mayor quits</title><meta property='article:published_time' content='2019-05-20'></head>"
                + "<body><article><h1>Mayor quits</h1><p class='byline'>By John Smith</p><p>Jane Doe contributed reporting.</p>"
                + "<p>The mayor of Springfield, Ana Ruiz, announced her resignation at a news conference on the steps of city hall.</p>"
                + "<p>Her deputy, Tom Lee, told reporters that she resigned today after a long illness kept her from the office.</p>"
                + "</article></body></html>");
        CliRun r = CliRun.run("check", "--format", "json", "--fail-on", "never", page.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("relative-date-words"), r.out());
    }

    @Test
    void sizeCapIsConfigurable() {
        CliRun r = run("check", "--max-file-size", "1KB", SEED);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("over the size limit of 1.0 KB"), r.err());
        assertEquals(2, run("check", "--max-file-size", "lots", SEED).code());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").code());
        assertEquals(2, run("check", "--format", "xml", SEED).code());
        CliRun r = run("check", "--pub-date", "30/07/2012", SEED);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--pub-date: '30/07/2012' is not a date in the form YYYY-MM-DD"), r.err());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void pubDateOverridesMetadata() throws Exception {
        CliRun r = run("check", "--format", "json", "--pub-date", "2012-08-01", SEED);
        assertEquals("2012-08-01", new ObjectMapper().readTree(r.out()).at("/files/0/article/published").asText());
    }

    @Test
    void badRuleFileIsAClearErrorWithPosition(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("house.yml"), "rules:\n  - id: x\n    type: first-reference\n"
                + "    category: first-reference\n    severity: loud\n    message: m\n    examples: {bad: [a]}\n");
        CliRun r = run("check", "--rules", rules.toString(), SEED);
        assertEquals(2, r.code());
        assertEquals("copydesk: " + rules + ":5:15: rule 'x': severity must be error, warning or info, not 'loud'",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void userRulesAndNoDefaultRules(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("house.yml"), """
                rules:
                  - id: strict-first-reference
                    type: first-reference
                    category: first-reference
                    severity: error
                    message: "{surname} needs a full name first"
                    examples:
                      bad: ["[[Ayoubi]] left. Khaled al-Ayoubi, a diplomat, spoke."]
                """);
        CliRun r = run("check", "--no-default-rules", "--rules", rules.toString(), ERRORS);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("error [strict-first-reference] Hariri needs a full name first"), r.out());
        assertFalse(r.out().contains("name-variant"), r.out());
    }

    @Test
    void readsTheStandardInputItIsGiven() throws Exception {
        CliRun r = CliRun.withStdin(Files.readString(Path.of(ERRORS)), "check", "-");
        assertEquals(1, r.code(), "the page's weekday-mismatch is an error: " + r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("<stdin>:38:111: error [weekday-mismatch]"), r.out());
        assertTrue(r.out().contains("<stdin>:46:12: warning [name-variant]"), r.out());
        assertEquals(r.out().replace("<stdin>", ERRORS), run("check", ERRORS).out(), "the same findings as the file");
        CliRun entities = CliRun.withStdin(Files.readString(Path.of(ERRORS)), "entities", "-");
        assertEquals(0, entities.code(), entities.err());
        assertTrue(entities.out().contains("Khaled al-Ayoubi"), entities.out());
    }

    @Test
    void neverWritesToItsInputs() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(ERRORS));
        long modified = Files.getLastModifiedTime(Path.of(ERRORS)).toMillis();
        run("check", "--format", "json", ERRORS);
        run("entities", ERRORS);
        assertArrayEquals(before, Files.readAllBytes(Path.of(ERRORS)));
        assertEquals(modified, Files.getLastModifiedTime(Path.of(ERRORS)).toMillis());
    }

    @Test
    void entitiesListsPeopleWithTitles() throws Exception {
        CliRun r = run("entities", "--format", "json", SEED);
        assertEquals(0, r.code());
        JsonNode file = new ObjectMapper().readTree(r.out()).at("/files/0");
        assertEquals(7, file.get("people").size());
        JsonNode fares = file.at("/people/3");
        assertEquals("Nawaf Fares", fares.get("name").asText());
        assertEquals("former ambassador to Iraq", fares.at("/mentions/0/title").asText());
        assertEquals(49, fares.at("/mentions/0/line").asInt());
        CliRun text = run("entities", SEED);
        assertTrue(text.out().contains("    Jay Carney\n      51:63  Jay Carney  — White House spokesman"), text.out());
    }

    @Test
    void entitiesListsAgesAndCountsWithTheWordsTheyWereReadFrom() throws Exception {
        CliRun r = run("entities", "--format", "json", "fixtures/ages-errors.txt");
        assertEquals(0, r.code());
        JsonNode smith = new ObjectMapper().readTree(r.out()).at("/files/0/ages/0");
        assertEquals("John Smith", smith.get("person").asText());
        assertEquals(45, smith.get("years").asInt());
        assertEquals("appositive", smith.get("form").asText());
        assertEquals(3, smith.get("line").asInt());
        assertEquals(53, smith.get("column").asInt());
        assertEquals("John Smith", smith.at("/mention/text").asText());
        CliRun text = run("entities", "fixtures/ages-errors.txt");
        assertTrue(text.out().contains("    3:53  John Smith  45  (appositive, '45' at 'John Smith' 3:41)"), text.out());
        assertTrue(text.out().contains("    13:42  Laura Kim  born 1990  ('1990' at 'Laura Kim')"), text.out());
        CliRun counts = run("entities", "fixtures/counts-errors.txt");
        assertTrue(counts.out().contains("    5:88  killed  21  \u201CPolice said the 21 dead were all passengers; the driver survived.\u201D"),
                counts.out());
    }

    @Test
    void versionAndHelp() {
        assertEquals("copydesk 0.1.0", run("--version").out().strip());
        CliRun help = run("check", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--fail-on") && help.out().contains("Exit codes:"), help.out());
    }

    @Test
    void walksDirectoriesInSortedOrder(@TempDir Path dir) throws Exception {
        for (String name : List.of("b.html", "a.txt", "sub/c.md", "sub/a.htm", "Z.markdown", "sub/deeper/d.html",
                "notes.json", "page.html.gz", "README")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "Headline\n\nThe council met.\n");
        }
        CliRun r = run("check", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> paths = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).get("files").forEach(f -> paths.add(f.get("path").asText()));
        // articles only (not .json, .gz or a bare name), every level down, in path order
        assertEquals(Stream.of("Z.markdown", "a.txt", "b.html", "sub/a.htm", "sub/c.md", "sub/deeper/d.html")
                .map(n -> dir.resolve(n).toString()).toList(), paths);
    }
}
