package dev.copydesk.article;

import java.util.regex.Pattern;

/** What on a news page is not the story: navigation, ads, share bars, promos, "more from" links. */
final class Boilerplate {

    static final String REMOVE_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, aside, footer, menu, dialog, object, embed, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], "
            + "[role=contentinfo], [role=dialog], [role=alert], [style~=display:\\s*none]";

    /** Class or id words of page furniture (Readability's "unlikely candidates", extended for news sites). */
    static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(?:^|[-_\\s])(ad|ads|adv|advert|advertisement|advertising|banner|breadcrumbs?|comment|comments|"
                    + "community|cookie|consent|disqus|dfp|footer|gdpr|masthead|menu|modal|nav|navbar|navigation|"
                    + "newsletter|outbrain|taboola|paywall|popup|promo|promotion|recirc|recommend|recommended|"
                    + "related|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|sponsored|"
                    + "subscribe|subscription|toolbar|trending|most-popular|mostpopular|more-from|read-more|"
                    + "readmore|tags|tag-list|author-bio|bio|pagination|byline|dateline|timestamp|"
                    + "hidden|visually-hidden|sr-only|screen-reader|print-only|toc|jump|inline-ad|ad-unit)"
                    + "(?:$|[-_\\s\\d])");

    /** Paragraph openings that mark links and furniture rather than copy. */
    static final Pattern FURNITURE_TEXT = Pattern.compile(
            "(?i)^\\s*(more from\\b|read more\\b|related\\s*:|related stories|see also\\b|advertisement\\b|"
                    + "sign up\\b|subscribe\\b|follow (us|me|him|her)\\b|click here\\b|copyright\\b|©|"
                    + "all rights reserved|share this\\b|this article (was|is) (originally )?(published|from)\\b|"
                    + "(photo|image|video|graphic)\\s*(credit)?\\s*:|watch\\s*:|listen\\s*:|updated\\s*:|"
                    + "continue reading\\b|we use cookies\\b|get the\\b.*\\bnewsletter|\\[[^\\]]*\\]\\s*$)");

    private Boilerplate() {
    }
}
