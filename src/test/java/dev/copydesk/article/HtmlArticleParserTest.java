package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.facts.people.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    private final HtmlArticleParser parser = new HtmlArticleParser();

    private static final String PAGE = """
            <html><head>
            <title>Envoy quits over war | Example News</title>
            <meta property="og:title" content="Envoy quits over war">
            <meta property="article:published_time" content="2012-07-30T10:00:00Z">
            <meta name="author" content="By Jane Reporter">
            <script>var x = "President Fake Person said";</script>
            <style>p { color: red }</style>
            </head><body>
            <nav><p>Home | World | Politics | A long navigation paragraph that should never be body text.</p></nav>
            <div class="ad-slot"><p>Advertisement paragraph long enough to look like copy, but it is an ad.</p></div>
            <article>
            <h1>Envoy quits over war</h1>
            <figure><img src="x.jpg"><figcaption>Khaled al-Ayoubi outside the embassy in London.</figcaption></figure>
            <p>Syria&rsquo;s top diplomat in London, Khaled al-Ayoubi, has defected &amp; left, officials said today.</p>
            <p>He said: "I will not represent this regime any longer," according to a statement.</p>
            <blockquote><p>We are fleeing the government because of its heinous actions.</p></blockquote>
            <div class="share-tools"><p>Share this article with your friends on every network you use.</p></div>
            </article>
            <aside class="related"><p>Related: another story about diplomats and defections in Europe.</p></aside>
            <footer><p>Copyright 2012 Example News. All rights reserved by the publisher.</p></footer>
            </body></html>
            """;

    @Test
    void extractsHeadlineMetadataAndBodyWithoutPageFurniture() {
        Article a = parser.parse("t.html", PAGE);
        assertEquals("Envoy quits over war", a.headlineText().orElseThrow());
        assertEquals(LocalDate.of(2012, 7, 30), a.published());
        assertEquals("Jane Reporter", a.byline());
        List<Block> body = a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).toList();
        assertEquals(2, body.size(), body.toString());
        assertTrue(body.get(0).text().startsWith("Syria’s top diplomat"));
        assertEquals(1, a.blocks().stream().filter(b -> b.kind() == BlockKind.BLOCKQUOTE).count());
        assertEquals(1, a.blocks().stream().filter(b -> b.kind() == BlockKind.CAPTION).count());
        for (Block b : a.blocks()) {
            assertFalse(b.text().contains("navigation") || b.text().contains("Advertisement")
                    || b.text().contains("Share this") || b.text().contains("Related") || b.text().contains("Copyright")
                    || b.text().contains("Fake Person"), "furniture leaked: " + b.text());
        }
    }

    @Test
    void theDekUnderTheHeadlineAndPullQuotesAreDisplayBlocksNotParagraphs() {
        String page = """
                <html><head><title>Mayor quits</title></head><body>
                <ul class="teasers"><li><h3>Other story</h3><p class="dek">A teaser's dek about some other story entirely.</p></li></ul>
                <article>
                <h1>Mayor quits</h1>
                <div class="article-standfirst"><p>The mayor of Springfield resigned after 12 years in office.</p>
                <p>By Ana Reporter</p></div>
                <p>Mayor Tom Reed, 61, resigned on Tuesday, his office said in a statement to reporters.</p>
                <aside class="pullquote"><p>&ldquo;I leave with my head held high,&rdquo; Reed said.</p></aside>
                <p>&ldquo;I leave with my head held high and my conscience clear,&rdquo; Reed said at City Hall.</p>
                <p>The council will choose an interim mayor at its next meeting, officials said.</p>
                </article></body></html>
                """;
        Article a = parser.parse("t.html", page);
        List<Block> deks = a.blocks().stream().filter(b -> b.kind() == BlockKind.DEK).toList();
        assertEquals(List.of("The mayor of Springfield resigned after 12 years in office."), deks.stream().map(Block::text).toList());
        List<Block> pulls = a.blocks().stream().filter(b -> b.kind() == BlockKind.PULLQUOTE).toList();
        assertEquals(List.of("“I leave with my head held high,” Reed said."), pulls.stream().map(Block::text).toList());
        assertEquals(3, a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).count());
        assertEquals(0, a.paragraphOf(pulls.get(0)), "a pull quote is no paragraph of the story");
        assertEquals(1, a.paragraphOf(a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).findFirst().orElseThrow()));
    }

    @Test
    void everyCharMapsBackToItsSourceLineAndColumnThroughEntities() {
        Article a = parser.parse("t.html", PAGE);
        Block p = a.blocks().stream().filter(b -> b.text().startsWith("Syria")).findFirst().orElseThrow();
        String[] lines = PAGE.split("\n", -1);
        // "Khaled" after the decoded &rsquo;
        int k = p.text().indexOf("Khaled");
        Location loc = a.locate(p, k, k + "Khaled al-Ayoubi".length());
        assertEquals("Khaled al-Ayoubi", lines[loc.line() - 1].substring(loc.column() - 1, loc.endColumn() - 1));
        // "&" is five source chars: the finding spans the whole entity
        int amp = p.text().indexOf('&');
        Location l2 = a.locate(p, amp, amp + 1);
        assertEquals("&amp;", lines[l2.line() - 1].substring(l2.column() - 1, l2.endColumn() - 1));
        // the curly apostrophe is the entity &rsquo;
        int q = p.text().indexOf('’');
        Location l3 = a.locate(p, q, q + 1);
        assertEquals("&rsquo;", lines[l3.line() - 1].substring(l3.column() - 1, l3.endColumn() - 1));
    }

    @Test
    void publicationDateFromJsonLdOrTimeElement() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2019-01-03T05:00:00+00:00\",\"headline\":\"A\"}]}</script></head>"
                + "<body><h1>Whales stranded on beach</h1><p>Text long enough to be a paragraph of copy here.</p></body></html>";
        assertEquals(LocalDate.of(2019, 1, 3), parser.parse("a.html", ld).published());
        String time = "<html><body><h1>Title of the story</h1><time datetime=\"2016-02-01\">Feb 1</time>"
                + "<p>Text long enough to be a paragraph of copy here.</p></body></html>";
        assertEquals(LocalDate.of(2016, 2, 1), parser.parse("b.html", time).published());
        String none = "<html><body><h1>Title of the story</h1><p>Text long enough to be a paragraph of copy.</p></body></html>";
        assertNull(parser.parse("c.html", none).published());
    }

    @Test
    void malformedHtmlStillParses() {
        Article a = parser.parse("m.html", "<div><h1>Broken page here</h2><p>First paragraph with no closing tag and enough text"
                + "<p>Second paragraph, also unclosed, with enough words to count<b>bold</i> &bogus; &amp");
        // the browser's recovery: the h1 ends at </h2>, each <p> closes the one before, an unknown entity stays text
        assertEquals(List.of("HEADLINE Broken page here", "BODY First paragraph with no closing tag and enough text",
                        "BODY Second paragraph, also unclosed, with enough words to countbold &bogus; &"),
                a.blocks().stream().map(b -> b.kind() + " " + b.text()).toList());
    }

    private static String story(String body) {
        return "<html><head><title>Council votes on budget</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<main><article><h1>Council votes on budget</h1>" + body + "</article></main>"
                + "<footer>Copyright</footer></body></html>";
    }

    private static List<String> texts(Article a, BlockKind kind) {
        return a.blocks().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }

    private static final String COPY = "<p>The council approved the budget on Monday after a long debate about library hours, road repairs and a new fire station.</p>"
            + "<p>The vote was 6 to 3, with the three members from the east side voting no after their amendment failed.</p>"
            + "<p>The budget takes effect in July and will be reviewed again in the winter, when tax receipts are known.</p>";

    @Test
    void aPopOverCardInsideAParagraphIsDroppedButTheNameAndParagraphStay() {
        Article a = parser.parse("p.html", story("<div class='story-body'><p>The plan was defended by "
                + "<span class='person-popover'><a class='profile-link' href='/p/ana'>Treasurer Ana Ruiz</a>"
                + "<span class='person-card tooltip' role='tooltip'>Ana Ruiz has been treasurer since 2019. Read her profile.</span></span>"
                + " on Monday, who said the reserves were safe.</p>" + COPY + "</div>"));
        String first = texts(a, BlockKind.BODY).get(0);
        assertEquals("The plan was defended by Treasurer Ana Ruiz on Monday, who said the reserves were safe.", first);
    }

    @Test
    void aStorySplitAcrossSiblingContainersIsKeptWhole() {
        String part = "<div class='StoryBodyCompanionColumn'><div>" + COPY + "</div></div>";
        Article a = parser.parse("s.html", story("<section name='articleBody'>" + part
                + "<div class='ad dfp-ad'>Advertisement</div>" + part.replace("budget", "plan")
                + "<div class='ad'>Advertisement</div>" + part.replace("budget", "spending plan") + "</section>"));
        List<String> body = texts(a, BlockKind.BODY);
        assertEquals(9, body.size(), body.toString());
        assertTrue(body.get(8).contains("spending plan"));
    }

    @Test
    void textWithoutParagraphMarkupIsSplitAtDoubleBreaks() {
        Article a = parser.parse("b.html", story("<div id='storytext'>SPRINGFIELD, Ill., June 3, 2019 (AP) — The council voted"
                + " on Monday to add three bus routes to the east side of the city, where residents waited years.<br><br>"
                + "The routes will cost about $2.4 million a year, paid for with state money and fares, officials said.<br>"
                + "<br>Service will begin in the fall, after drivers are hired and trained for the new routes.</div>"));
        List<String> body = texts(a, BlockKind.BODY);
        assertEquals(3, body.size(), body.toString());
        assertEquals(LocalDate.of(2019, 6, 3), a.published(), "the dateline gives the date");
        assertEquals("dateline", a.publishedFrom());
    }

    @Test
    void aClaimCardBeforeAFactCheckIsStoryText() {
        Article a = parser.parse("f.html", story("<div class='claim-summary'><div class='claim'><p>Gov. Harold Brandt said the"
                + " state cut its jobless rate in half since the spring.</p></div><div class='verdict'>Mostly False</div></div>"
                + "<div class='article-body'>" + COPY + "</div>"));
        List<String> body = texts(a, BlockKind.BODY);
        assertTrue(body.get(0).startsWith("Gov. Harold Brandt said"), body.toString());
    }

    @Test
    void bylinesContributorLinesAndPhotoCreditsAreCreditsNotCopy() {
        Article a = parser.parse("c.html", story("<figure><img src='x.jpg'><figcaption>The council chamber. (Photo: Carla Mendez/AP)"
                + "</figcaption></figure><div class='story-body'>" + COPY
                + "<p>By Tom Reyes</p><p><em>Jon Petersen contributed reporting.</em></p>"
                + "<p>Tom Reyes is a staff writer covering City Hall.</p></div>"));
        assertEquals(List.of("(Photo: Carla Mendez/AP)", "By Tom Reyes", "Jon Petersen contributed reporting.",
                "Tom Reyes is a staff writer covering City Hall."), texts(a, BlockKind.CREDIT));
        assertEquals(List.of("The council chamber."), texts(a, BlockKind.CAPTION));
        assertEquals(3, texts(a, BlockKind.BODY).size());
    }

    @Test
    void referencesAreNotesAndSubheadsAreSubheads() {
        Article a = parser.parse("r.html", story("<div class='story-body'>" + COPY + "<h2>What comes next</h2>" + COPY
                + "<ol class='references'><li>\"Budget report 2019\". City of Springfield. Retrieved May 2020.</li></ol></div>"));
        assertEquals(List.of("What comes next"), texts(a, BlockKind.SUBHEAD));
        assertEquals(List.of("\"Budget report 2019\". City of Springfield. Retrieved May 2020."), texts(a, BlockKind.NOTE));
        assertEquals(6, texts(a, BlockKind.BODY).size());
    }

    @Test
    void aContainerNamedLikeFurnitureThatHoldsTheStoryIsKept() {
        Article a = parser.parse("h.html", story("<div class='story-intro'><p>" + "The council met. ".repeat(8) + "</p></div>"
                + "<div id='read-more'><div id='read-more-content'>" + COPY + COPY + "</div></div>"));
        assertEquals(7, texts(a, BlockKind.BODY).size(), texts(a, BlockKind.BODY).toString());
    }

    @Test
    void theStrategyIsRecorded() {
        assertEquals("scored container", parser.parse("x.html", story("<div class='story-body'>" + COPY + "</div>")).strategy());
        HtmlArticleParser configured = new HtmlArticleParser(new ExtractionOptions("#main-story", List.of()));
        Article a = configured.parse("y.html", story("<div id='main-story'><p>Short story text here.</p></div>"));
        assertEquals("configured selector '#main-story'", a.strategy());
        assertEquals(List.of("Short story text here."), texts(a, BlockKind.BODY));
    }

    @Test
    void fiftyThousandNestedInlineElementsDoNotOverflowTheStack() {
        String deep = "<b>".repeat(50_000) + "Deep text inside many tags." + "</b>".repeat(50_000);
        Article a = parser.parse("d.html", story("<div class='story-body'><p>" + deep + "</p>" + COPY + "</div>"));
        assertTrue(a.blocks().stream().anyMatch(b -> b.text().contains("Deep text inside many tags.")), "the deep text is read");
    }

    @Test
    void aMistypedTitleEndTagDoesNotSwallowThePage() {
        // "</titl>": to HTML the whole page is title text; copydesk closes the title where the markup starts.
        String html = "<html><head><title>Mayor quits</titl></head><body><article>\n"
                + "<h1>Mayor quits over budget</h1>\n"
                + "<p>Mayor John Smith resigned on Monday after the council rejected his budget for the third time.</p>\n"
                + "<p>\"I have done what I could,\" Smith said in a statement read outside the city hall.</p>\n"
                + "</article></body></html>\n";
        Article a = parser.parse("t.html", html);
        assertEquals("Mayor quits over budget", a.headlineText().orElseThrow());
        List<Block> body = a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).toList();
        assertEquals(2, body.size(), a.blocks().toString());
        assertTrue(body.get(0).text().startsWith("Mayor John Smith resigned"));
        assertEquals(new Location(3, 4, 3, 9), a.locate(body.get(0), 0, 5)); // positions are the file's
    }

    @Test
    void columnsAfterTheInsertedEndTagAreTheFilesOnItsLine() {
        String html = "<html><head><title>Mayor quits</titl></head><body><p>Mayor John Smith resigned on Monday after "
                + "the council rejected his budget for the third time this year.</p></body></html>";
        Article a = parser.parse("t.html", html);
        Block p = a.blocks().stream().filter(b -> b.text().startsWith("Mayor John")).findFirst().orElseThrow();
        int col = html.indexOf("Mayor John") + 1;
        assertEquals(new Location(1, col, 1, col + 5), a.locate(p, 0, 5));
    }
}
