package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(a.blocks().size() >= 2, a.blocks().toString());
    }
}
