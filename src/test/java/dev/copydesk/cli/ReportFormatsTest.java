package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each report format shows of a finding: the sentence, the flagged words, the paragraph, the fix. */
class ReportFormatsTest {
    private static final String SEED_ERRORS = "fixtures/seed-syria-errors.html";
    private static final String STORM = "fixtures/wire-storm-errors.txt";

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void textShowsEachFindingWithItsSentenceMarkedAndItsParagraph() {
        CliRun r = run("check", SEED_ERRORS);
        assertTrue(r.out().contains("""
                fixtures/seed-syria-errors.html:46:12: warning [name-variant] 'Ayubi' looks like a misspelling of 'Ayoubi' (Khaled al-Ayoubi, first written at 34:43) (suggestion: Ayoubi)
                    ¶ 5 | Ayubi was the most senior Syrian diplomat left in the UK, President Bashar al-Assad having recalled the ambassador in March.
                        | ^^^^^

                """), r.out());
        assertTrue(r.out().contains("""
                fixtures/seed-syria-errors.html:38:111: error [weekday-mismatch] 'Monday' does not match the date: February 4, 2012 is a Saturday (suggestion: Saturday)
                    caption | An anti-government protestor holds a flag outside the Syrian embassy in central London on Monday, February 4, 2012.
                            |                                                                                           ^^^^^^
                """), r.out());
        assertTrue(r.out().endsWith("\n\n10 findings in 1 file (1 error, 8 warnings, 1 info)\n"), r.out());
    }

    @Test
    void compactIsOneLinePerFindingThenTheSummary() {
        CliRun r = run("check", "--format", "compact", SEED_ERRORS);
        List<String> lines = r.out().lines().toList();
        assertEquals(11, lines.size(), r.out());
        for (String line : lines.subList(0, 10)) {
            assertTrue(line.matches("fixtures/seed-syria-errors\\.html:\\d+:\\d+: (error|warning|info) \\[[a-z-]+\\] .+"), line);
        }
        assertEquals("fixtures/seed-syria-errors.html:46:12: warning [name-variant] 'Ayubi' looks like a misspelling of "
                + "'Ayoubi' (Khaled al-Ayoubi, first written at 34:43) (suggestion: Ayoubi)", lines.get(1));
        assertEquals("10 findings in 1 file (1 error, 8 warnings, 1 info)", lines.get(10));
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminalWithoutNoColor() {
        String esc = "\u001B[";
        assertFalse(run("check", SEED_ERRORS).out().contains(esc), "pipes get no colour");
        CliRun always = run("check", "--color", "always", SEED_ERRORS);
        assertTrue(always.out().contains("\u001B[1m\u001B[33mAyubi\u001B[0m"), "the flagged words are coloured: " + always.out());
        assertTrue(CliRun.onTerminal(Map.of(), "check", SEED_ERRORS).out().contains(esc));
        assertFalse(CliRun.onTerminal(Map.of("NO_COLOR", "1"), "check", SEED_ERRORS).out().contains(esc), "NO_COLOR");
        assertTrue(CliRun.onTerminal(Map.of("NO_COLOR", ""), "check", SEED_ERRORS).out().contains(esc),
                "NO_COLOR set to nothing is not set (no-color.org)");
        assertFalse(CliRun.onTerminal(Map.of("TERM", "dumb"), "check", SEED_ERRORS).out().contains(esc), "TERM=dumb");
        assertFalse(CliRun.onTerminal(Map.of(), "check", "--format", "json", SEED_ERRORS).out().contains(esc),
                "JSON is never coloured");
    }

    @Test
    void articleTextCannotSendControlCodesToTheTerminal(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Talks stall\n\nJeffrey Gettleman reported from Nairobi on "
                + "Monday.\n\nGettleman said the talks had stalled.\n\nLater, \u001B[2J\u001B]0;pwned\u0007 Gettelman said the "
                + "envoy had left.\n");
        CliRun r = run("check", "--pub-date", "2012-02-06", story.toString());
        assertTrue(r.out().contains("[name-variant]"), r.out());
        assertFalse(r.out().contains("\u001B") || r.out().contains("\u0007"), r.out());
        assertTrue(r.out().contains("Later, \uFFFD[2J\uFFFD]0;pwned\uFFFD Gettelman said"), r.out());
    }

    @Test
    void jsonFindingsCarryTheirContextAndParagraph() throws Exception {
        JsonNode findings = new ObjectMapper().readTree(run("check", "--format", "json", SEED_ERRORS).out())
                .at("/files/0/findings");
        JsonNode weekday = findings.get(0);
        assertEquals("weekday-mismatch", weekday.get("rule").asText());
        assertEquals("An anti-government protestor holds a flag outside the Syrian embassy in central London on Monday, "
                + "February 4, 2012.", weekday.at("/context/text").asText());
        assertEquals(90, weekday.at("/context/offset").asInt());
        assertEquals(6, weekday.at("/context/length").asInt());
        assertTrue(weekday.get("paragraph").isNull());
        assertEquals("caption", weekday.get("block").asText());
        JsonNode ayubi = findings.get(1);
        assertEquals(5, ayubi.get("paragraph").asInt());
        assertEquals("body", ayubi.get("block").asText());
        for (JsonNode f : findings) {
            String text = f.at("/context/text").asText();
            int offset = f.at("/context/offset").asInt();
            String flagged = text.substring(offset, offset + f.at("/context/length").asInt());
            assertTrue(f.get("text").asText().startsWith(flagged), "context marks the finding's own words: " + f);
        }
    }

    @Test
    void sarifOffersSuggestionsAsFixesOnTheExactRegion() throws Exception {
        JsonNode results = new ObjectMapper().readTree(run("check", "--format", "sarif", SEED_ERRORS).out())
                .at("/runs/0/results");
        List<String> source = Files.readAllLines(Path.of(SEED_ERRORS));
        int fixes = 0;
        for (JsonNode x : results) {
            JsonNode fix = x.at("/fixes/0");
            if (fix.isMissingNode()) {
                assertTrue(x.at("/properties/suggestion").isMissingNode(), "a suggestion always comes as a fix: " + x);
                continue;
            }
            fixes++;
            JsonNode change = fix.at("/artifactChanges/0");
            assertEquals(SEED_ERRORS, change.at("/artifactLocation/uri").asText());
            JsonNode region = change.at("/replacements/0/deletedRegion");
            assertEquals(x.at("/locations/0/physicalLocation/region/startLine"), region.get("startLine"));
            String line = source.get(region.get("startLine").asInt() - 1);
            String deleted = line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1);
            assertEquals(x.at("/locations/0/physicalLocation/region/snippet/text").asText(), deleted);
            assertEquals(x.at("/properties/suggestion").asText(), change.at("/replacements/0/insertedContent/text").asText());
        }
        assertEquals(4, fixes, "weekday, two name variants, first reference");
    }

    @Test
    void sarifUrisArePercentEncoded(@TempDir Path dir) throws Exception {
        Path odd = Files.copy(Path.of(STORM), dir.resolve("a#b ü%.txt"));
        JsonNode run0 = new ObjectMapper().readTree(run("check", "--format", "sarif", odd.toString()).out()).at("/runs/0");
        String uri = run0.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertTrue(uri.endsWith("/a%23b%20%C3%BC%25.txt"), uri);
        assertEquals(odd.toString(), URI.create(uri).getPath(), "decodes back to the file");
        assertEquals(null, URI.create(uri).getFragment());
    }

    @Test
    void junitHasASuitePerFileAndATestCasePerFindingNamedByRuleAndPosition() throws Exception {
        CliRun r = run("check", "--format", "junit", "--fail-on", "warning", SEED_ERRORS, STORM, "fixtures/missing.html");
        Document doc = xml(r.out());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        Element seed = (Element) suites.item(0);
        assertEquals(SEED_ERRORS, seed.getAttribute("name"));
        assertEquals("10", seed.getAttribute("tests"));
        assertEquals("9", seed.getAttribute("failures"), "the info finding passes");
        List<String> names = new ArrayList<>();
        NodeList cases = seed.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertEquals("weekday-mismatch at 38:111", names.get(0));
        assertEquals("name-variant at 46:12", names.get(1));
        Element ayubi = (Element) cases.item(1);
        Element failure = (Element) ayubi.getElementsByTagName("failure").item(0);
        assertEquals("name-variant", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("¶ 5 | Ayubi was the most senior"), failure.getTextContent());
        Element info = (Element) cases.item(2);
        assertEquals(0, info.getElementsByTagName("failure").getLength());
        assertEquals(1, info.getElementsByTagName("system-out").getLength());
        Element missing = (Element) suites.item(2);
        assertEquals(1, missing.getElementsByTagName("error").getLength());
        assertEquals(String.valueOf(10 + 7 + 1), doc.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void junitStaysValidXmlWhatever(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("odd\u0001name.txt"), "Talks stall\n\nJeffrey Gettleman reported "
                + "from Nairobi on Monday.\n\nGettleman said the talks had stalled.\n\nLater, \uFFFF\u0008 Gettelman said \uFFFE "
                + "the envoy had left.\n");
        CliRun r = run("check", "--format", "junit", "--pub-date", "2012-02-06", "--fail-on", "warning", story.toString());
        Document doc = xml(r.out());
        assertEquals(1, doc.getElementsByTagName("failure").getLength(), r.out());
        assertTrue(doc.getElementsByTagName("failure").item(0).getTextContent().contains("Later, \uFFFD\uFFFD Gettelman said \uFFFD the envoy"));
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheArticleEscaped(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Envoy quits &lt;script&gt;</title></head><body><article>
                <h1>Envoy quits &lt;script&gt;</h1>
                <p>Jeffrey Gettleman reported from Nairobi on the talks, which had stalled for weeks.</p>
                <p>Gettleman said &lt;script&gt;document.title='pwned'&lt;/script&gt; the talks had stalled.</p>
                <p>Later, Gettelman said the envoy had left the capital with his staff.</p>
                </article></body></html>
                """);
        Path report = dir.resolve("report.html");
        CliRun r = run("check", "--format", "html", "--output", report.toString(), page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(report);
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertTrue(html.contains("Gettleman said &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; the talks"), html);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*\"(?!#)|url\\(|@import|https?://").matcher(html);
        assertFalse(external.find(), "nothing is fetched: " + (external.find(0) ? html.substring(external.start(), external.start() + 60) : ""));
        assertTrue(html.contains("data-f=\"f1-1\""), "the finding is marked in the text");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static Document xml(String s) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }
}
