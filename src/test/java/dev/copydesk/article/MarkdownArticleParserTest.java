package dev.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownArticleParserTest {
    private static final String MD = """
            ---
            title: "Port strike ends"
            dek: Dockers accept a 4 percent raise
            date: 2019-03-14T08:00:00Z
            author: Sam Writer
            ---

            Dock workers voted on *Wednesday* to end the strike, \\
            union leaders said. `Holm` agreed.

            > "This is a fair deal," said Maria Lindqvist.

            ![Dockers at the gate](dock.jpg)
            """;

    @Test
    void frontMatterBlocksAndPositions() {
        Article a = new MarkdownArticleParser().parse("a.md", MD);
        assertEquals("Port strike ends", a.headlineText().orElseThrow());
        assertEquals(LocalDate.of(2019, 3, 14), a.published());
        assertEquals("Sam Writer", a.byline());
        List<Block> blocks = new java.util.ArrayList<>(a.blocks());
        Block dek = blocks.remove(1);
        assertEquals(BlockKind.DEK, dek.kind());
        assertEquals("Dockers accept a 4 percent raise", dek.text());
        Location d = a.locate(dek, 0, 7);
        assertEquals("Dockers", MD.split("\n", -1)[d.line() - 1].substring(d.column() - 1, d.endColumn() - 1));
        assertEquals(BlockKind.BODY, blocks.get(1).kind());
        assertEquals("Dock workers voted on Wednesday to end the strike, union leaders said. Holm agreed.", blocks.get(1).text());
        assertEquals(BlockKind.BLOCKQUOTE, blocks.get(2).kind());
        assertEquals(BlockKind.CAPTION, blocks.get(3).kind());
        String[] lines = MD.split("\n", -1);
        Block body = blocks.get(1);
        for (String word : new String[]{"Wednesday", "union", "Holm"}) {
            int at = body.text().indexOf(word);
            Location l = a.locate(body, at, at + word.length());
            assertEquals(word, lines[l.line() - 1].substring(l.column() - 1, l.endColumn() - 1));
        }
        Location title = a.locate(a.headline(), 0, 4);
        assertEquals("Port", lines[title.line() - 1].substring(title.column() - 1, title.endColumn() - 1));
    }
}
