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
}
