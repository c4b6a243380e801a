package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextArticleParserTest {
    @Test
    void firstParagraphIsTheHeadlineAndAKickerIsSkipped() {
        String text = "Conflict & Justice\n\nUK government: Khaled al-Ayoubi has defected\n\n\nFirst paragraph\nruns on.\n\n"
                + "More from GlobalPost: Inside Syria\n\nSecond paragraph.\n";
        Article a = new TextArticleParser().parse("a.txt", text);
        assertEquals("UK government: Khaled al-Ayoubi has defected", a.headlineText().orElseThrow());
        assertEquals(3, a.blocks().size(), a.blocks().toString());
        Block first = a.blocks().get(1);
        assertEquals("First paragraph runs on.", first.text());
        Location l = a.locate(first, 16, 20);
        assertEquals(new Location(7, 1, 7, 5), l); // "runs" on the next source line
    }

    @Test
    void aFirstParagraphThatRunsOnLikeStoryTextIsNoHeadline() {
        String text = "NEW ORLEANS - Both analysts on ESPN, Lou Holtz and Mark May are paid to discuss the sport.\n\n"
                + "They disagree a lot.\n";
        Article a = new TextArticleParser().parse("a.txt", text);
        assertEquals(java.util.Optional.empty(), a.headlineText());
        assertEquals(2, a.blocks().size());
        assertEquals(BlockKind.BODY, a.blocks().get(0).kind(), "the people it names are introduced in the body");
        Article withDek = new TextArticleParser().parse("b.txt", "Smith resigns as mayor\nAudit finds $2 million missing\n\n"
                + "John Smith resigned on Monday.\n");
        assertEquals(BlockKind.HEADLINE, withDek.blocks().get(0).kind(), "a headline with its dek on the next line");
    }

    @Test
    void carriageReturnLineEndsKeepParagraphsAndLineNumbers() {
        for (String eol : new String[]{"\r", "\r\n", "\n"}) {
            String text = "Headline here" + eol + eol + "First paragraph" + eol + "runs on." + eol + eol + "Second one." + eol;
            Article a = new TextArticleParser().parse("a.txt", text);
            assertEquals(3, a.blocks().size(), eol.replace("\r", "CR").replace("\n", "LF"));
            Block first = a.blocks().get(1);
            assertEquals("First paragraph runs on.", first.text());
            assertEquals(new Location(4, 1, 4, 5), a.locate(first, 16, 20));
            assertEquals(new Location(6, 1, 6, 7), a.locate(a.blocks().get(2), 0, 6));
        }
    }

    @Test
    void lineIndexCountsCrCrlfAndLfAsLineEnds() {
        LineIndex lines = new LineIndex("a\rb\r\nc\nd");
        assertEquals(1, lines.line(0));
        assertEquals(2, lines.line(2));
        assertEquals(3, lines.line(5));
        assertEquals(4, lines.line(7));
        assertEquals(1, lines.column(7));
    }

    @Test
    void lineIndexOfLfOnlyTextCountsLikeTheGeneralCase() {
        LineIndex lines = new LineIndex("\nab\n\ncd\n");
        int[][] expected = {{0, 1, 1}, {1, 2, 1}, {2, 2, 2}, {3, 2, 3}, {4, 3, 1}, {5, 4, 1}, {7, 4, 3}, {8, 5, 1}};
        for (int[] e : expected) {
            assertEquals(e[1], lines.line(e[0]), "line of " + e[0]);
            assertEquals(e[2], lines.column(e[0]), "column of " + e[0]);
        }
        assertEquals(1, new LineIndex("no line break").line(5));
    }
}
