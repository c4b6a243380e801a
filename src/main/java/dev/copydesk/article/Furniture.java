package dev.copydesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What on a news page is not the story, told by tag, class and id words, visibility and text:
 * navigation, ads, share bars, promos, comments, "more from" links, pop-over cards.
 */
final class Furniture {

    /** Tags that never hold story text; an aside may be a pull quote, which repeats the story's words. */
    static final String NEVER_STORY = "script, style, noscript, template, iframe, svg, canvas, button, input, select, "
            + "textarea, nav, aside:not([class*=pullquote]):not([class*=pull-quote]), footer, menu, dialog, object, embed, "
            + "link, meta";

    /** Class or id words of a pull quote. */
    private static final Pattern PULL_QUOTE = Pattern.compile("(?i)pull-?quote|pull-?out-?quote");

    /** Class or id words of page furniture: substrings, as sites glue them into longer names. */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|newsletter|outbrain|taboola|paywall|recirc|promo|most-?popular|more-from|read-?more|trending"
            + "|subscribe|signup|sign-up|cookie|consent|share-?bar|sharing|toolbar|teaser|widget");
    /** Whole words of furniture that are too short to match as substrings ("ad" is in "head"). */
    private static final Pattern UNLIKELY_WORD = Pattern.compile(
            "(?i)(?:^|[-_\\s])(ad|ads|adv|advert|advertisement|advertising|dfp|nav|navbar|navigation|masthead|share|"
                    + "social|tags|tag-list|author-bio|bio|byline|dateline|timestamp|hidden|visually-hidden|sr-only|"
                    + "screen-reader|print-only|inline-ad|ad-unit|ad-slot|ad-container)(?:$|[-_\\s\\d])");
    /** Names that make a container worth keeping even when a furniture word is in it too. */
    private static final Pattern MAY_BE_CONTENT = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|post-?text|entry|mathjax");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|recirc|teaser");
    private static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy|sharing|social)(\\b|_)");
    private static final Pattern POPOVER = Pattern.compile("(?i)tooltip|popover|hovercard|hover-card|flyout|profile-card"
            + "|person-card|bio-card|popup|modal");
    private static final Pattern LEAD_CARD = Pattern.compile("(?i)(?:^|[-_\\s])(claim|claim-?review|claim-?summary|summary"
            + "|key-?points|key-?facts|takeaways?|tl-?dr|at-a-glance|bottom-?line|verdict|story-?highlights)(?:$|[-_\\s])");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Phrasing (inline) elements: what a paragraph is made of. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "math", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "audio", "video");

    /** Paragraph openings that mark links and furniture rather than copy. */
    static final Pattern FURNITURE_TEXT = Pattern.compile(
            "(?i)^\\s*(more from\\b|read more\\b|related\\s*:|related stories|related articles|see also\\b|advertisement\\b|"
                    + "sign up\\b|subscribe\\b|follow (us|me|him|her)\\b|click here\\b|copyright\\b|©|"
                    + "all rights reserved|share this\\b|this article (was|is) (originally )?(published|from)\\b|"
                    + "(photo|image|video|graphic)\\s*(credit)?\\s*:|watch\\s*:|listen\\s*:|updated\\s*:|"
                    + "continue reading\\b|we use cookies\\b|get the\\b.*\\bnewsletter|\\[[^\\]]*\\]\\s*$)");

    private Furniture() {
    }

    static boolean isUnlikely(String classAndId) {
        return UNLIKELY.matcher(classAndId).find() || UNLIKELY_WORD.matcher(classAndId).find();
    }

    static boolean mayBeContent(String classAndId) {
        return MAY_BE_CONTENT.matcher(classAndId).find();
    }

    static boolean isPositive(String name) {
        return POSITIVE.matcher(name).find();
    }

    static boolean isNegative(String name) {
        return NEGATIVE.matcher(name).find();
    }

    /** A summary or claim card that opens a story ("Key points", a fact-check's claim). */
    static boolean isLeadCard(String classAndId) {
        return LEAD_CARD.matcher(classAndId).find();
    }

    static boolean isShare(String classAndId) {
        return SHARE.matcher(classAndId).find();
    }

    /** What a reader cannot see: hidden by attribute or inline style. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && DISPLAY_NONE.matcher(style).find();
    }

    /** A pop-over card inside running text (a person's bio on hover), not the name it hangs on. */
    static boolean isPopover(Element e) {
        if ("tooltip".equals(e.attr("role"))) {
            return true;
        }
        String key = e.className() + " " + e.id();
        return key.length() > 1 && POPOVER.matcher(key).find() && !e.tagName().equals("a") && e.selectFirst("a") == null;
    }

    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    /** Text, or an inline element made only of inline content. */
    static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        if (!INLINE.contains(e.tagName())) {
            return false;
        }
        if (e.tagName().equals("a") || e.tagName().equals("del") || e.tagName().equals("ins")) {
            for (Element d : e.getAllElements()) {
                if (d != e && !INLINE.contains(d.tagName())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isCaption(Element e) {
        if (e.tagName().equals("figcaption")) {
            return true;
        }
        String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return key.contains("caption") && !key.contains("credit") && !e.text().isBlank() && e.select("p").size() <= 2
                && e.text().length() < 1000;
    }

    /** A pull quote: the story's words (often a speaker's) set apart in display type. */
    static boolean isPullQuote(Element e) {
        if (INLINE.contains(e.tagName()) || !PULL_QUOTE.matcher(e.className() + " " + e.id()).find()) {
            return false; // decided before the text is read: reading it at every element of a deep page is quadratic
        }
        int length = e.text().strip().length();
        return length >= 20 && length < 600;
    }

    /** The byline element: {@code itemprop=author}, {@code rel=author}, a "byline" class. */
    static boolean isByline(Element e) {
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return itemprop.contains("author") || "author".equals(e.attr("rel")) || key.contains("byline");
    }

    /** Photo credits and copyright lines, by class or id. */
    static boolean isCredit(Element e) {
        String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return key.contains("credit") || key.contains("copyright") || key.contains("photographer");
    }
}
