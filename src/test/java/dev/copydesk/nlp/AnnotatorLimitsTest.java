package dev.copydesk.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.Article;
import dev.copydesk.article.TextArticleParser;
import org.junit.jupiter.api.Test;

class AnnotatorLimitsTest {
    private final Annotator annotator = new Annotator(TestSupport.models());

    private AnnotatedArticle annotate(String text) {
        Article a = new TextArticleParser().parseSnippet("a.txt", text);
        return annotator.annotate(a);
    }

    @Test
    void aSentenceWithoutFullStopsIsReadInPiecesAndRecorded() {
        String text = "word ".repeat(1_000) + "end.";
        AnnotatedBlock b = annotate(text).blocks().get(0);
        assertEquals(1, b.overflows().size());
        assertEquals(1_001, b.overflows().get(0).words());
        int tokens = 0;
        for (Sentence s : b.sentences()) {
            assertTrue(s.tokens().size() <= Limits.MAX_SENTENCE_TOKENS, "piece of " + s.tokens().size());
            tokens += s.tokens().size();
        }
        assertEquals(1_002, tokens); // every word is still read, with the final stop
    }

    @Test
    void realSentencesAreNotCut() {
        AnnotatedBlock b = annotate("The mayor, who spoke for an hour, said the bridge would open on Monday.").blocks().get(0);
        assertTrue(b.overflows().isEmpty());
        assertEquals(1, b.sentences().size());
    }

    @Test
    void aWordOfNearlyAMegabyteIsOneTokenWithItsPunctuationApart() {
        String word = "x".repeat(900_000); // under the article's budget of a million chars
        AnnotatedBlock b = annotate("He said \"" + word + "\" today.").blocks().get(0);
        Token longest = null;
        for (Sentence s : b.sentences()) {
            for (Token t : s.tokens()) {
                if (longest == null || t.text().length() > longest.text().length()) {
                    longest = t;
                }
            }
        }
        assertNotNull(longest);
        assertEquals(word, longest.text());
        assertEquals(1, b.overflows().size()); // past the sentence's char limit: said so
    }

    @Test
    void textPastTheArticleBudgetIsNotReadAndThatIsRecorded() {
        Annotator small = new Annotator(TestSupport.models(), null, 5_000);
        String paragraph = "The council met again. ".repeat(100); // 2,300 chars
        Article three = new TextArticleParser().parseSnippet("a.txt", (paragraph + "\n\n").repeat(3));
        AnnotatedArticle a = small.annotate(three);
        assertEquals(3, a.blocks().size()); // the third paragraph is read up to the budget
        assertNotNull(a.unread());
        assertEquals(three.blocks().get(2), a.unread().block());
        assertTrue(a.unread().at() > 0 && a.unread().at() < paragraph.length());
        assertNull(small.annotate(new TextArticleParser().parseSnippet("a.txt", paragraph)).unread());
    }
}
