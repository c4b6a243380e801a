package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.report.GithubReporter;
import dev.copydesk.rules.Rule;
import dev.copydesk.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI pipeline relies on: report formats, suppressions, baselines, config files, rule tooling. */
class CiFeaturesTest {
    private static final String STORM = "fixtures/wire-storm-errors.txt";
    private static final String SEED_ERRORS = "fixtures/seed-syria-errors.html";

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void sarifHasTheStructureCodeScanningReads() throws Exception {
        CliRun r = run("check", "--format", "sarif", SEED_ERRORS, "fixtures/missing.html");
        assertEquals(2, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        // The required parts of the SARIF 2.1.0 schema (sarifLog → run → tool.driver, results → message, locations)
        assertEquals("2.1.0", root.get("version").asText());
        assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = root.at("/runs/0");
        assertEquals("copydesk", run.at("/tool/driver/name").asText());
        JsonNode rules = run.at("/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        // every rule the run loaded (the built-in ones), in their order, whether it reported or not
        assertEquals(RuleLoader.load(true, List.of(), List.of()).stream().map(Rule::id).toList(), ids);
        for (JsonNode rule : rules) {
            assertTrue(rule.get("id").isTextual() && rule.at("/help/text").isTextual() && rule.at("/shortDescription/text").isTextual());
            assertTrue(Set.of("error", "warning", "note").contains(rule.at("/defaultConfiguration/level").asText()));
            List<String> keys = new ArrayList<>();
            rule.get("properties").fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("category", "tags"), keys, "the same bytes on every run: properties in a fixed order");
        }
        JsonNode results = run.get("results");
        List<String> found = new ArrayList<>();
        results.forEach(x -> found.add(x.get("ruleId").asText() + " " + x.at("/locations/0/physicalLocation/region/startLine")
                + ":" + x.at("/locations/0/physicalLocation/region/startColumn")));
        assertEquals(List.of("weekday-mismatch 38:111", "name-variant 46:12", "title-wording 46:26", "title-conflict 47:225",
                "unsourced-allegation 48:117", "title-conflict 49:275", "first-reference 50:12", "unsourced-allegation 50:19",
                "title-conflict 51:244", "name-variant 52:222"), found, "the findings of fixtures/golden/seed-syria-errors.html");
        for (JsonNode x : results) {
            assertTrue(x.at("/message/text").isTextual());
            assertTrue(Set.of("error", "warning", "note").contains(x.get("level").asText()));
            assertEquals(rules.get(x.get("ruleIndex").asInt()).get("id").asText(), x.get("ruleId").asText());
            JsonNode region = x.at("/locations/0/physicalLocation/region");
            assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1);
            assertTrue(region.get("endColumn").isInt());
            assertEquals(SEED_ERRORS, x.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            assertTrue(x.at("/partialFingerprints/copydesk~1v1").isTextual());
        }
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText().contains("no such file"));
    }

    @Test
    void githubAnnotationsEscapeAndMapSeverities(@TempDir Path dir) throws Exception {
        CliRun r = run("check", "--format", "github", SEED_ERRORS);
        List<String> lines = r.out().lines().toList();
        // error, warning, info → error, warning, notice; a message keeps its ':' and ',' (only '%', CR and LF
        // are escaped there)
        assertTrue(lines.contains("::error file=fixtures/seed-syria-errors.html,line=38,col=111,endLine=38,endColumn=117,"
                + "title=weekday-mismatch::'Monday' does not match the date: February 4, 2012 is a Saturday "
                + "(suggestion: Saturday)"), r.out());
        assertTrue(lines.contains("::warning file=fixtures/seed-syria-errors.html,line=46,col=12,endLine=46,endColumn=17,"
                + "title=name-variant::'Ayubi' looks like a misspelling of 'Ayoubi' (Khaled al-Ayoubi, first written at "
                + "34:43) (suggestion: Ayoubi)"), r.out());
        assertTrue(lines.contains("::notice file=fixtures/seed-syria-errors.html,line=46,col=26,endLine=46,endColumn=53,"
                + "title=title-wording::Khaled al-Ayoubi is 'most senior Syrian diplomat' here and 'Syria’s "
                + "highest-ranking diplomat in London' at 41:12: two wordings of one role"), r.out());
        // a property (the file, the title) escapes ':' and ',' too
        Path odd = Files.copy(Path.of(STORM), dir.resolve("a,b:c.txt"));
        CliRun o = run("check", "--format", "github", odd.toString());
        assertEquals("::warning file=" + dir + "/a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=10,title=name-variant::"
                + "'Gettelman' looks like a misspelling of 'Gettleman' (Jeffrey Gettleman, first written at 3:65) "
                + "(suggestion: Gettleman)", o.out().lines().findFirst().orElseThrow(), o.out());
        assertEquals("a%25b%0D%0Ac", GithubReporter.data("a%b\r\nc"));
        assertEquals("x%3Ay%2Cz%25", GithubReporter.property("x:y,z%"));
    }

    @Test
    void junitFailsOnlyTheFindingsAtTheThreshold() throws Exception {
        CliRun r = run("check", "--format", "junit", "--fail-on", "error", SEED_ERRORS, STORM);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("testsuite").getLength());
        assertEquals(10 + 7, doc.getElementsByTagName("testcase").getLength()); // one per finding
        var failures = doc.getElementsByTagName("failure");
        assertEquals(1, failures.getLength()); // the one error; warnings pass
        assertEquals("weekday-mismatch at 38:111",
                ((org.w3c.dom.Element) failures.item(0).getParentNode()).getAttribute("name"));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void outputFileIsWrittenWholeAndNothingIsLeftBehind(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("reports/copydesk.json");
        CliRun r = run("check", "--format", "json", "--output", report.toString(), STORM);
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals(7, new ObjectMapper().readTree(report.toFile()).at("/summary/findings").asInt());
        try (var files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void suppressionsSilenceFindingsAndStaleOnesAreReported(@TempDir Path dir) throws Exception {
        String html = Files.readString(Path.of(SEED_ERRORS))
                .replace("<p>Ayubi was", "<!-- copydesk-disable-next name-variant -->\n        <p>Ayubi was")
                .replace("<p>The British government", "<!-- copydesk-disable title-conflict -->\n        <p>The British government")
                .replace("<p>Britain was one", "<!-- copydesk-enable -->\n        <p>Britain was one")
                .replace("<p>Confirming their", "<p data-copydesk-ignore=\"name-variant\">Confirming their")
                .replace("<figure class=\"lead-image\">", "<!-- copydesk-disable-next first-reference -->\n      <figure class=\"lead-image\">");
        Path page = Files.writeString(dir.resolve("page.html"), html);
        CliRun r = run("check", page.toString());
        assertFalse(r.out().contains("'Ayubi'"), r.out());
        assertFalse(r.out().contains("'chargé d'affaires' here"), r.out());
        assertFalse(r.out().contains("'Asad'"), r.out());
        assertTrue(r.out().contains("'former ambassador to Iraq'"), "outside the disabled region: " + r.out());
        assertTrue(r.out().contains("info [unused-suppression] This suppression of first-reference silences no finding"), r.out());
    }

    @Test
    void baselineReportsOnlyNewFindingsAfterLinesMove(@TempDir Path dir) throws Exception {
        Path story = Files.copy(Path.of(STORM), dir.resolve("storm.txt"));
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, run("check", "--write-baseline", baseline.toString(), story.toString()).code());
        String text = Files.readString(story);
        Files.writeString(story, text.replaceFirst("\n\n", "\n\nA new first paragraph moves every line down.\n\n")
                + "\nHarbor chief Tom Reyes spoke. Reyes, the port director, left. Reyez said no.\n");
        CliRun r = run("check", "--baseline", baseline.toString(), story.toString());
        assertTrue(r.out().endsWith("1 finding in 1 file (0 errors, 1 warning, 0 info)\n"), r.out());
        assertTrue(r.out().contains("'Reyez'"), r.out());
        Files.writeString(baseline, "{\"not\": \"a baseline\"}");
        CliRun bad = run("check", "--baseline", baseline.toString(), story.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a copydesk baseline"), bad.err());
    }

    @Test
    void configFileIsFoundAboveTheInputAndValidated(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles/drafts"));
        Files.copy(Path.of(STORM), dir.resolve("articles/storm.txt"));
        Files.copy(Path.of(SEED_ERRORS), articles.resolve("draft.html"));
        Path config = Files.writeString(dir.resolve(".copydesk.yml"),
                "disable: [title-conflict]\nseverity:\n  name-variant: error\nexclude: [\"articles/drafts/**\"]\n");
        CliRun r = run("check", dir.resolve("articles").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().endsWith("4 findings in 1 file (3 errors, 0 warnings, 1 info)\n"), r.out());
        Files.writeString(config, "severity:\n  name-variant: loud\n");
        CliRun bad = run("check", dir.resolve("articles").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(".copydesk.yml:2:17: severity of 'name-variant' must be error, warning or info"), bad.err());
        Files.writeString(config, "colour: red\n");
        assertTrue(run("check", dir.resolve("articles").toString()).err().contains(".copydesk.yml:1:9: unknown config key 'colour'"));
        assertEquals(0, run("check", "--no-config", "--fail-on", "error", dir.resolve("articles/storm.txt").toString()).code());
    }

    @Test
    void configSelectorsPickTheBodyAndDropFurniture(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".copydesk.yml"), "body: \"#story\"\nignore: [\".promo\"]\n");
        Path page = Files.writeString(dir.resolve("p.html"), "<html><body><h1>A headline for the page</h1>"
                + "<div id=\"story\"><p>Jeffrey Gettleman reported from Nairobi on the talks.</p>"
                + "<p class=\"promo\">Gettelman's other stories are on our site, read them all today.</p></div>"
                + "<div id=\"other\"><p>Jeffrey Gettelman wrote a long sidebar that is not part of this story.</p></div></body></html>");
        CliRun r = run("entities", "--show-text", page.toString());
        assertTrue(r.out().contains("Jeffrey Gettleman reported"), r.out());
        assertFalse(r.out().contains("sidebar") || r.out().contains("other stories"), r.out());
    }

    @Test
    void rulesListAndRulesTest(@TempDir Path dir) throws Exception {
        CliRun list = run("rules", "list");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("name-variant               name-consistency   name             warning  <built-in>/people.yml:6:5"), list.out());
        CliRun builtIn = run("rules", "test");
        assertEquals(0, builtIn.code(), builtIn.out());
        assertTrue(builtIn.out().strip().matches("(?s).*\\d+ passed, 0 failed"), builtIn.out());
        Path broken = Files.writeString(dir.resolve("house.yml"), """
                rules:
                  - id: strict-first-reference
                    type: first-reference
                    category: first-reference
                    severity: error
                    message: "{surname}"
                    examples:
                      bad: ["Khaled al-Ayoubi, a diplomat, spoke. [[Ayoubi]] left."]
                      good: ["[[Ayoubi]] left. Khaled al-Ayoubi, a diplomat, spoke."]
                """);
        CliRun r = run("rules", "test", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("strict-first-reference bad example"), r.out());
        assertTrue(r.out().strip().endsWith("0 passed, 2 failed"), r.out());
    }
}
