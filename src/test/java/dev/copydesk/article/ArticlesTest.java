package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The three parsers finish an article the same way ({@link Articles}): blocks numbered in reading
 * order, the first headline block the headline, a note about the byline's author a credit, a wire
 * dateline or a timestamp line as the last source of a date, and story text kept up to the
 * analysis budget.
 */
class ArticlesTest {
    private static final BiFunction<String, String, Article> TEXT = (p, s) -> new TextArticleParser().parse(p, s);
    private static final BiFunction<String, String, Article> MARKDOWN = (p, s) -> new MarkdownArticleParser().parse(p, s);
    private static final BiFunction<String, String, Article> HTML = (p, s) -> new HtmlArticleParser().parse(p, s);

    private static final String LEAD = "CAIRO, Feb. 4, 2012 (Reuters) - Talks between the two sides resumed on Saturday "
            + "after a week in which neither would meet the other, officials in the capital said.";

    @Test
    void blocksAreNumberedInReadingOrderAndTheHeadlineIsTheFirstHeadlineBlock() {
        for (Article a : List.of(TEXT.apply("a.txt", "Talks resume\n\n" + LEAD + "\n\nThey met for two hours.\n"),
                MARKDOWN.apply("a.md", "# Talks resume\n\n" + LEAD + "\n\nThey met for two hours.\n"),
                HTML.apply("a.html", "<html><body><article><h1>Talks resume</h1><p>" + LEAD
                        + "</p><p>They met for two hours, the officials said, and will meet again next week.</p>"
                        + "</article></body></html>"))) {
            for (int i = 0; i < a.blocks().size(); i++) {
                assertEquals(i, a.blocks().get(i).index(), a.path());
            }
            assertSame(a.blocks().get(0), a.headline(), a.path());
            assertEquals(BlockKind.HEADLINE, a.headline().kind(), a.path());
            assertEquals("Talks resume", a.headline().text(), a.path());
        }
    }

    @Test
    void aWireDatelineDatesAStoryWhoseSourceGivesNoDate() {
        for (Article a : List.of(TEXT.apply("a.txt", "Talks resume\n\n" + LEAD + "\n"),
                MARKDOWN.apply("a.md", "# Talks resume\n\n" + LEAD + "\n"),
                HTML.apply("a.html", "<html><body><article><h1>Talks resume</h1><p>" + LEAD + "</p></article></body></html>"))) {
            assertEquals(LocalDate.of(2012, 2, 4), a.published(), a.path());
            assertEquals("dateline", a.publishedFrom(), a.path());
        }
        Article dated = MARKDOWN.apply("a.md", "---\ndate: 2012-02-05\n---\n\n# Talks resume\n\n" + LEAD + "\n");
        assertEquals(LocalDate.of(2012, 2, 5), dated.published());
        assertEquals("front matter", dated.publishedFrom());
    }

    @Test
    void aNoteAboutTheBylinesAuthorIsACredit() {
        Article a = MARKDOWN.apply("a.md", "---\nauthor: Ana Ruiz\n---\n\n# Talks resume\n\n" + LEAD
                + "\n\nAna Ruiz covers the Middle East from Cairo.\n");
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BODY, BlockKind.CREDIT),
                a.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void aSnippetsHeadlineIsItsFirstLabelledHeadline() {
        Article a = new TextArticleParser().parseSnippet("a.txt", "[headline] Talks resume\n\n" + LEAD
                + "\n\n[headline] Talks end\n");
        assertEquals("Talks resume", a.headline().text());
        assertEquals(List.of(0, 1, 2), a.blocks().stream().map(Block::index).toList());
        assertEquals(LocalDate.of(2012, 2, 4), a.published());
        assertNull(new TextArticleParser().parseSnippet("a.txt", LEAD).headline());
    }

    @Test
    void storyTextIsKeptUpToTheBudgetAndTheBlockThatCrossesIt() {
        String paragraph = "word ".repeat(60_000).strip(); // 300,000 chars: the fourth crosses a million
        String five = String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph);
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY),
                kinds(TEXT.apply("a.txt", "Long read\n\n" + five + "\n")));
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY),
                kinds(MARKDOWN.apply("a.md", "# Long read\n\n" + five + "\n")));
        String p = "<p>" + paragraph + ", it said.</p>";
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY, BlockKind.BODY),
                kinds(HTML.apply("a.html", "<html><body><article><h1>Long read</h1>" + p.repeat(5)
                        + "</article></body></html>")));
    }

    private static List<BlockKind> kinds(Article a) {
        return a.blocks().stream().map(Block::kind).toList();
    }
}
