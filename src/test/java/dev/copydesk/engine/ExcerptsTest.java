package dev.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import dev.copydesk.article.BlockKind;
import dev.copydesk.article.Excerpt;
import dev.copydesk.article.Span;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.facts.Facts;
import org.junit.jupiter.api.Test;

/** The words shown around a finding: the sentence when it is short, else a window cut between words. */
class ExcerptsTest {
    private static Facts facts(String text) {
        Article a = new TextArticleParser().parseSnippet("<test>", text);
        return TestSupport.analyzer().analyze(a);
    }

    private static Span span(Facts f, int paragraph, String words) {
        Block b = f.article().blocks().stream().filter(x -> x.kind().isBody()).toList().get(paragraph - 1);
        int at = b.text().indexOf(words);
        return new Span(b, at, at + words.length());
    }

    @Test
    void aShortSentenceIsShownWholeWithItsParagraphNumber() {
        Facts f = facts("First paragraph here. It has two sentences.\n\nGettelman said the talks had stalled. "
                + "Then he left for the airport.");
        Excerpt e = new Excerpts(f.annotated()).excerpt(span(f, 2, "Gettelman"));
        assertEquals("Gettelman said the talks had stalled.", e.text());
        assertEquals(0, e.offset());
        assertEquals(9, e.length());
        assertEquals(2, e.paragraph());
        assertEquals(BlockKind.BODY, e.kind());
        assertEquals("¶ 2", e.place());
        assertFalse(e.cutBefore() || e.cutAfter(), "a whole sentence is not cut: " + e);
    }

    @Test
    void aLongSentenceIsCutToAWindowBetweenWords() {
        String filler = "the committee, which met in a crowded hall on the edge of the old town for most of the afternoon,";
        String sentence = "Officials said " + filler + " heard that Gettelman had resigned before " + filler
                + " finally voted to adjourn.";
        Facts f = facts(sentence);
        Excerpt e = new Excerpts(f.annotated()).excerpt(span(f, 1, "Gettelman"));
        assertTrue(e.text().length() <= Excerpts.WIDTH, e.text());
        assertEquals("Gettelman", e.flagged());
        assertTrue(e.cutBefore() && e.cutAfter(), e.toString());
        assertTrue(sentence.contains(e.text()), "excerpt is article text: " + e.text());
        int start = sentence.indexOf(e.text());
        assertEquals(' ', sentence.charAt(start - 1), "cut between words at the start: " + e.text());
        assertEquals(' ', sentence.charAt(start + e.text().length()), "cut between words at the end: " + e.text());
        int before = e.offset();
        int after = e.text().length() - e.offset() - e.length();
        assertTrue(Math.abs(before - after) < 30, "the flagged word sits near the middle: " + e.text());
    }

    @Test
    void aSpanLongerThanTheWindowKeepsItsStart() {
        String quote = "\"" + "We will rebuild every school and every clinic in this valley, ".repeat(3) + "\"";
        Facts f = facts("The minister spoke. " + quote + " There was applause.");
        Block b = f.article().blocks().get(0);
        int at = b.text().indexOf('"');
        Excerpt e = new Excerpts(f.annotated()).excerpt(new Span(b, at, b.text().lastIndexOf('"') + 1));
        assertEquals(0, e.offset());
        assertTrue(e.length() <= Excerpts.WIDTH && e.length() > 80, e.toString());
        assertTrue(e.text().startsWith("\"We will rebuild"), e.text());
        assertTrue(e.cutAfter());
    }
}
