package dev.copydesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself, read before any pruning: publication date (and where it
 * came from), the titles it declares, the byline. A Markdown article's front matter says the same.
 *
 * @param published     the publication date, or null when no source names a plausible one
 * @param publishedFrom where the date came from ("meta article:published_time", "JSON-LD",
 *                      "microdata", "time element", "URL"), or null
 * @param titles        declared titles, most trusted first (JSON-LD headline, og:title, …, {@code <title>})
 * @param byline        the byline, or null
 */
record PageMetadata(LocalDate published, String publishedFrom, List<String> titles, String byline) {
    /** A source that says nothing about itself (plain text). */
    static final PageMetadata NONE = new PageMetadata(null, null, List.of(), null);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta names and properties that carry a publication date, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "published_time", "datepublished", "pdate",
            "publishdate", "publish-date", "publish_date", "publication_date", "pubdate", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
            "dcterms.date", "original-publish-date", "article.published", "article_date_original", "datecreated",
            "ptime", "displaydate", "date");

    private static final List<String> BYLINE_META = List.of("author", "article:author", "byl", "dc.creator",
            "dcterms.creator", "parsely-author", "sailthru.author", "twitter:creator");

    private static final Pattern OTHER_DATE = Pattern.compile("modif|updat|expir|revis|edit|birth|event|start|end");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[/-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    PageMetadata {
        titles = List.copyOf(titles);
    }

    /** Reads the page's metadata; never fails (malformed JSON-LD and odd dates are skipped). */
    static PageMetadata read(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonLd ld = JsonLd.read(doc);
        Dated date = publicationDate(doc, meta, ld);
        return new PageMetadata(date == null ? null : date.date(), date == null ? null : date.source(),
                titles(doc, meta, ld), byline(doc, meta, ld));
    }

    private record Dated(LocalDate date, String source) {
    }

    /** One pass over the meta tags: name, property or itemprop (each of several values) to content. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                for (String key : e.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        meta.putIfAbsent(key, content);
                    }
                }
            }
        }
        return meta;
    }

    private static Dated publicationDate(Document doc, Map<String, String> meta, JsonLd ld) {
        for (String name : DATE_META) {
            LocalDate d = PublicationDates.parse(meta.get(name));
            if (d != null) {
                return new Dated(d, "meta " + name);
            }
        }
        // Site-specific names ("article:publicationdate", "cXenseParse:recs:publishtime"): any meta
        // whose name says publication, and not modification or expiry.
        for (Map.Entry<String, String> e : meta.entrySet()) {
            String k = e.getKey();
            if ((k.contains("publish") || k.contains("pubdate") || k.contains("publication")) && !OTHER_DATE.matcher(k).find()) {
                LocalDate d = PublicationDates.parse(e.getValue());
                if (d != null) {
                    return new Dated(d, "meta " + k);
                }
            }
        }
        for (String v : ld.datesPublished) {
            LocalDate d = PublicationDates.parse(v);
            if (d != null) {
                return new Dated(d, "JSON-LD datePublished");
            }
        }
        for (String v : ld.datesCreated) {
            LocalDate d = PublicationDates.parse(v);
            if (d != null) {
                return new Dated(d, "JSON-LD dateCreated");
            }
        }
        for (Element e : doc.select("[itemprop]")) {
            if (!hasWord(e.attr("itemprop"), "datepublished") && !hasWord(e.attr("itemprop"), "datecreated")) {
                continue;
            }
            LocalDate d = PublicationDates.parse(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
            if (d != null) {
                return new Dated(d, "microdata");
            }
        }
        LocalDate fromTime = headerTime(doc);
        if (fromTime != null) {
            return new Dated(fromTime, "time element");
        }
        for (String url : new String[]{canonical(doc), meta.get("og:url")}) {
            LocalDate d = urlDate(url);
            if (d != null) {
                return new Dated(d, "URL");
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} of the story's header: marked pubdate, or in a header or article, not in a teaser. */
    private static LocalDate headerTime(Document doc) {
        LocalDate fallback = null;
        for (Element t : doc.select("time[datetime]")) {
            if (inTeaserOrFurniture(t)) {
                continue;
            }
            LocalDate d = PublicationDates.parse(t.attr("datetime"));
            if (d == null) {
                continue;
            }
            if (t.hasAttr("pubdate") || t.closest("header") != null || t.closest("article") != null) {
                return d;
            }
            if (fallback == null) {
                fallback = d;
            }
        }
        return fallback;
    }

    private static boolean inTeaserOrFurniture(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("li") || tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    /** A date in a URL path ({@code /2019/11/19/}, {@code /2019-11-19/}, {@code /20191119/}, a slug ending {@code -20190520/}), or null. */
    static LocalDate urlDate(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_COMPACT_DATE.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        return PublicationDates.of(m.group(1), m.group(2), m.group(3));
    }

    private static List<String> titles(Document doc, Map<String, String> meta, JsonLd ld) {
        List<String> out = new ArrayList<>();
        addIfPresent(out, ld.headline);
        for (String key : new String[]{"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title",
            "sailthru.title", "headline"}) {
            addIfPresent(out, meta.get(key));
        }
        Element title = doc.selectFirst("title");
        if (title != null) {
            addIfPresent(out, title.text());
        }
        return out;
    }

    private static String byline(Document doc, Map<String, String> meta, JsonLd ld) {
        for (String key : BYLINE_META) {
            String v = meta.get(key);
            if (v != null && !v.startsWith("http") && !v.startsWith("@") && v.length() < 200) {
                return cleanByline(v);
            }
        }
        if (ld.author != null) {
            return cleanByline(ld.author);
        }
        Element e = doc.selectFirst("[rel=author], [itemprop~=(?i)\\bauthor\\b], .byline, .author, [class*=byline]");
        if (e != null && !e.text().isBlank() && e.text().length() < 120) {
            return cleanByline(e.text());
        }
        return null;
    }

    private static String cleanByline(String s) {
        return s.strip().replaceAll("\\s+", " ").replaceFirst("(?i)^by\\s+", "");
    }

    private static boolean hasWord(String list, String word) {
        for (String w : list.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void addIfPresent(List<String> out, String v) {
        if (v != null && !v.isBlank()) {
            out.add(v.strip());
        }
    }

    /** The parts of the page's JSON-LD that copydesk uses, from every script, {@code @graph} and list. */
    private static final class JsonLd {
        final List<String> datesPublished = new ArrayList<>();
        final List<String> datesCreated = new ArrayList<>();
        String author;
        String headline;

        static JsonLd read(Document doc) {
            JsonLd ld = new JsonLd();
            for (Element s : doc.getElementsByTag("script")) {
                if (!s.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    continue;
                }
                try {
                    String body = s.data().strip().replaceAll("^<!\\[CDATA\\[|\\]\\]>$", "");
                    ld.visit(JSON.readTree(body), 0);
                } catch (Exception ignored) {
                    // malformed JSON-LD is common on real pages; the other metadata still applies
                }
            }
            return ld;
        }

        private void visit(JsonNode n, int depth) {
            if (n == null || depth > 8) {
                return;
            }
            if (n.isArray()) {
                n.forEach(x -> visit(x, depth + 1));
                return;
            }
            if (!n.isObject()) {
                return;
            }
            collect(n.get("datePublished"), datesPublished);
            collect(n.get("dateCreated"), datesCreated);
            if (headline == null && n.path("headline").isTextual()) {
                headline = n.path("headline").asText();
            }
            if (author == null) {
                author = authorName(n.get("author"));
            }
            visit(n.get("@graph"), depth + 1);
            visit(n.get("mainEntity"), depth + 1);
            visit(n.get("mainEntityOfPage"), depth + 1);
        }

        private static void collect(JsonNode v, List<String> into) {
            if (v == null) {
                return;
            }
            if (v.isArray()) {
                v.forEach(x -> collect(x, into));
            } else if (v.isTextual() || v.isNumber()) {
                into.add(v.asText());
            }
        }

        private static String authorName(JsonNode a) {
            if (a == null) {
                return null;
            }
            if (a.isTextual()) {
                return a.asText();
            }
            List<String> names = new ArrayList<>();
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                if (x.isTextual()) {
                    names.add(x.asText());
                } else if (x.path("name").isTextual()) {
                    names.add(x.path("name").asText());
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
    }
}
