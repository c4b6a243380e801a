package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every publication-date source publishers use is read; placeholders are not dates. */
class PageMetadataTest {

    private static PageMetadata read(String head, String body) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "article:published_time | <meta property='article:published_time' content='2019-11-19T08:00:00-05:00'>",
        "article:published      | <meta property='article:published' content='2019-11-19'>",
        "og:published_time      | <meta property='og:published_time' content='2019-11-19T10:00:00Z'>",
        "pdate                  | <meta name='pdate' content='20191119'>",
        "DC.date.issued         | <meta name='DC.date.issued' content='2019-11-19'>",
        "DC.date                | <meta name='DC.date' content='2019-11-19'>",
        "dcterms.created        | <meta name='dcterms.created' content='2019/11/19'>",
        "sailthru.date          | <meta name='sailthru.date' content='2019-11-19 08:00:00'>",
        "parsely-pub-date       | <meta name='parsely-pub-date' content='2019-11-19T13:00:00Z'>",
        "itemprop meta          | <meta itemprop='datePublished' content='2019-11-19'>",
        "RFC 1123               | <meta name='date' content='Tue, 19 Nov 2019 08:00:00 GMT'>",
        "month name             | <meta name='publish-date' content='November 19, 2019'>",
        "epoch milliseconds     | <meta name='publish_date' content='1574150400000'>",
        "a site's own name      | <meta name='article:publicationdate' content='Tue Nov 19 21:30:09 EST 2019'>",
    })
    void metaTagsGiveTheDate(String source, String head) {
        PageMetadata m = read(head, "<p>Story.</p>");
        assertEquals(LocalDate.of(2019, 11, 19), m.published(), source);
        assertTrue(m.publishedFrom().startsWith("meta "), m.publishedFrom());
    }

    @Test
    void jsonLdDatePublishedInAGraphOrAList() {
        String graph = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"Council votes\","
                + "\"datePublished\":\"2019-11-19T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}]}]}</script>";
        PageMetadata m = read(graph, "");
        assertEquals(LocalDate.of(2019, 11, 19), m.published());
        assertEquals("JSON-LD datePublished", m.publishedFrom());
        assertEquals("Council votes", m.titles().get(0));
        assertEquals("Ana Ruiz", m.byline());
        String list = "<script type='application/ld+json'>[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":\"Article\",\"datePublished\":[\"2019-11-19\",\"2019-11-20\"]}]</script>";
        assertEquals(LocalDate.of(2019, 11, 19), read(list, "").published());
    }

    @Test
    void malformedJsonLdIsSkippedAndOtherSourcesStillApply() {
        PageMetadata m = read("<script type='application/ld+json'>{\"datePublished\": </script>",
                "<article><header><time datetime='2019-11-19T09:00'>Nov. 19</time></header></article>");
        assertEquals(LocalDate.of(2019, 11, 19), m.published());
    }

    @Test
    void microdataWithSeveralItempropValues() {
        PageMetadata m = read("", "<div itemscope><span itemprop='datePublished dateCreated' content='2019-11-19'>Nov. 19</span></div>");
        assertEquals(LocalDate.of(2019, 11, 19), m.published());
        assertEquals("microdata", m.publishedFrom());
    }

    @Test
    void timeElementInTheArticleHeaderNotInATeaser() {
        PageMetadata m = read("", "<ul class='more'><li><time datetime='2018-01-01'>Jan. 1</time></li></ul>"
                + "<article><header><h1>Title</h1><time datetime='2019-11-19T09:00:00Z'>Nov. 19</time></header></article>");
        assertEquals(LocalDate.of(2019, 11, 19), m.published());
        assertEquals("time element", m.publishedFrom());
    }

    @Test
    void dateInTheCanonicalOrOgUrlPath() {
        assertEquals(LocalDate.of(2019, 11, 19), read("<link rel='canonical' href='https://example.com/news/2019/11/19/council-votes/'>", "").published());
        assertEquals(LocalDate.of(2019, 11, 19), read("<meta property='og:url' content='https://example.com/2019-11-19/council-votes'>", "").published());
        assertEquals("URL", read("<link rel='canonical' href='https://example.com/20191119/council'>", "").publishedFrom());
        assertEquals(LocalDate.of(2019, 5, 20), read("<link rel='canonical' href='https://example.com/hidden-heroines-of-chaos-20190520/'>", "").published());
        assertNull(read("<link rel='canonical' href='https://example.com/story/2019/council-votes'>", "").published());
        assertNull(read("<link rel='canonical' href='https://example.com/item-20191345/'>", "").published(), "no 13th month");
    }

    @Test
    void placeholdersAreNotDates() {
        PageMetadata m = read("<meta property='article:published_time' content='0001-01-01T00:00:00Z'>"
                + "<meta name='pdate' content='1970-01-01'>", "<span itemprop='datePublished' content='2019-11-19'></span>");
        assertEquals(LocalDate.of(2019, 11, 19), m.published(), "placeholders skipped, the next source used");
        assertNull(read("<meta property='article:published_time' content='0001-01-01T00:00:00Z'>", "").published());
        assertNull(read("<meta name='date' content='0'>", "").published());
    }

    @Test
    void titlesFromOgTwitterAndTitleTagAndBylineFromMeta() {
        PageMetadata m = read("<title>Council votes - City Paper</title><meta property='og:title' content='Council votes'>"
                + "<meta name='twitter:title' content='Council votes on budget'><meta name='author' content='By Ana Ruiz'>", "");
        assertEquals("Council votes", m.titles().get(0));
        assertEquals("Council votes on budget", m.titles().get(1));
        assertEquals("Council votes - City Paper", m.titles().get(m.titles().size() - 1));
        assertEquals("Ana Ruiz", m.byline());
        assertEquals("Lee Park", read("<meta name='parsely-author' content='Lee Park'>", "").byline());
        assertEquals("Lee Park", read("<meta name='author' content='https://example.com/lee'>",
                "<span class='byline'>By Lee Park</span>").byline());
    }

    @Test
    void noDateAnywhereIsNull() {
        PageMetadata m = read("<title>Council votes</title>", "<p>The council voted.</p>");
        assertNull(m.published());
        assertNull(m.publishedFrom());
    }
}
