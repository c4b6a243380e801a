package dev.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.cli.CliRunAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser runs it: headless Chromium loads the page, runs its script, and
 * the rendered DOM must have every finding highlighted, the people table filled, the popover
 * working, and nothing from the article executed. Skipped only when Chromium is absent here;
 * {@code .ci/run} installs it and sets COPYDESK_REQUIRE_BROWSER=1, which turns the skip into a failure.
 */
class HtmlReportBrowserTest {
    private static final String SEED_ERRORS = "fixtures/seed-syria-errors.html";
    /** An article quoting markup: in the report it must stay text, never run. */
    private static final String HOSTILE = """
            <html><head><title>Envoy quits</title></head><body><article>
            <h1>Envoy quits <img src=x onerror="document.documentElement.setAttribute('data-pwned','img')"></h1>
            <p>Jeffrey Gettleman reported from Nairobi on the talks, which had stalled for weeks.</p>
            <p>Gettleman said &lt;script&gt;document.documentElement.setAttribute('data-pwned','script')&lt;/script&gt; the talks had stalled.</p>
            <p>Later, Gettelman said the envoy &lt;img src=x onerror="document.documentElement.setAttribute('data-pwned','onerror')"&gt; had left.</p>
            </article></body></html>
            """;

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find();
        if (chromium == null) {
            String why = "Chromium is not installed (apt-get install chromium); .ci/run installs it";
            if ("1".equals(System.getenv("COPYDESK_REQUIRE_BROWSER"))) {
                fail(why + ", and COPYDESK_REQUIRE_BROWSER=1 says this run must have it");
            }
            Assumptions.abort(why + "; skipping the browser test");
        }
    }

    @Test
    void theRenderedReportMarksEveryFindingListsThePeopleAndRunsNothingFromTheArticle(@TempDir Path dir) throws Exception {
        Path hostile = Files.writeString(dir.resolve("envoy <b onclick=x>quits.html"), HOSTILE);
        Path report = dir.resolve("report.html");
        CliRunAccess.Result r = CliRunAccess.run("check", "--format", "html", "--output", report.toString(), SEED_ERRORS,
                hostile.toString());
        assertEquals(1, r.code(), r.err());
        Document dom = Jsoup.parse(Chromium.dumpDom(chromium, report, "#f1-2", dir), "");

        Element root = dom.selectFirst("html");
        assertEquals("11", root.attr("data-ready"), "the report's own script ran and saw every finding in the text");
        assertFalse(root.hasAttr("data-pwned"), "nothing from the article ran: " + root.attr("data-pwned"));
        assertEquals(1, dom.select("script").size(), "only the report's script is on the page");
        assertTrue(dom.select("img").isEmpty(), "an <img> quoted in the article stays text");

        Element seed = dom.getElementById("f1");
        assertNotNull(seed);
        assertEquals(10, seed.select("span.anchor[data-nav]").size(), "every finding of the seed article is in its text");
        Element ayubi = seed.selectFirst("mark[data-f~=f1-2]");
        assertEquals("Ayubi", ayubi.text());
        assertTrue(ayubi.hasClass("warning") && ayubi.hasClass("start"), ayubi.outerHtml());
        assertTrue(ayubi.attr("title").startsWith("warning: 'Ayubi' looks like a misspelling"), ayubi.attr("title"));
        Element monday = seed.selectFirst("p.caption mark");
        assertEquals("Monday", monday.text());
        assertTrue(monday.hasClass("error"), monday.outerHtml());
        assertEquals("5", ayubi.closest("p.para").attr("data-para"));

        Element pop = dom.getElementById("pop");
        assertFalse(pop.hasAttr("hidden"), "following #f1-2 opened the finding's popover");
        assertTrue(pop.text().contains("'Ayubi' looks like a misspelling of 'Ayoubi'") && pop.text().contains("Suggestion: Ayoubi"),
                pop.text());
        Element related = pop.selectFirst("a[href=#f1-2-r1]");
        assertEquals("Khaled al-Ayoubi", related.text());
        assertEquals("Khaled al-Ayoubi", seed.getElementById("f1-2-r1").text(), "the related link lands on the first spelling");

        List<String> people = new ArrayList<>();
        for (Element row : seed.select("section.people tr.person")) {
            people.add(row.selectFirst("td").text());
        }
        assertEquals(List.of("Khaled al-Ayoubi", "Bashar al-Assad", "Ghassan Dalla", "Nawaf Fares", "Lamia Hariri",
                "Abdel Latif al-Dabbagh", "Jay Carney"), people);
        Element fares = seed.select("section.people tr.person").get(3);
        assertTrue(fares.text().contains("¶ 8 Nawaf Fares — former ambassador to Iraq"), fares.text());
        assertTrue(fares.text().contains("Fares — Syria's former ambassador to Iran"), fares.text());
        Elements dates = seed.select("section.dates tr.date");
        assertEquals("caption Monday, February 4, 2012 2012-02-04", dates.get(0).text());
        List<String> speakers = new ArrayList<>();
        for (Element row : seed.select("section.quotes tr.quote")) {
            speakers.add(row.select("td").get(2).text());
        }
        assertEquals(List.of("a Foreign Office statement (X said)", "the statement (X said)", "Jay Carney (said X)"), speakers,
                "each quote with its speaker and how the speaker was found");
        assertEquals(List.of("name 2", "title 4", "first-reference 1", "attribution 2", "date 1"),
                seed.select("aside.panel h4").eachText(), "findings grouped by category");
        assertEquals("#f1-2", seed.selectFirst("aside.panel li#item-f1-2 a.jump").attr("href"), "each entry jumps to its highlight");

        Element envoy = dom.getElementById("f2");
        assertTrue(envoy.selectFirst("h2 .path").text().endsWith("envoy <b onclick=x>quits.html"), "the file name is text");
        assertTrue(envoy.text().contains("Gettleman said <script>document.documentElement.setAttribute('data-pwned','script')</script> the talks"),
                "the quoted script is shown as the article's words: " + envoy.select("p.para").text());
        assertEquals("Gettelman", envoy.selectFirst("mark.warning").text());
        assertEquals(2, dom.select("table.files tbody tr").size(), "the summary lists both files");
    }

    @Test
    void aScreenshotOfTheReportRenders(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.html");
        CliRunAccess.Result r = CliRunAccess.run("check", "--format", "html", "--output", report.toString(), SEED_ERRORS);
        assertEquals(1, r.code(), r.err());
        Path png = Chromium.screenshot(chromium, report, dir.resolve("report.png"), 1280, 1600, dir);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, "a page with text and colour, not a blank: " + bytes.length + " bytes");
        assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
    }

    /** Headless Chromium from the distribution's package. */
    static final class Chromium {
        private Chromium() {
        }

        static Path find() {
            String given = System.getenv("COPYDESK_CHROMIUM");
            List<String> candidates = new ArrayList<>();
            if (given != null) {
                candidates.add(given);
            }
            candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
            for (String c : candidates) {
                Path p = Path.of(c);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
            return null;
        }

        static String dumpDom(Path chromium, Path page, String hash, Path work) throws IOException, InterruptedException {
            return run(chromium, work, "--dump-dom", page.toUri() + hash);
        }

        static Path screenshot(Path chromium, Path page, Path png, int width, int height, Path work)
                throws IOException, InterruptedException {
            run(chromium, work, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                    page.toUri().toString());
            return png;
        }

        private static String run(Path chromium, Path work, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + work.resolve("profile")));
            command.addAll(List.of(args));
            Path out = work.resolve("chromium.out");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(work.resolve("chromium.err").toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish in 90 s: " + command);
            }
            assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(work.resolve("chromium.err")));
            return Files.readString(out);
        }
    }
}
