package dev.copydesk.nlp;

import dev.copydesk.article.Article;
import java.util.List;

/** An article with every block split into sentences and tagged tokens. */
public record AnnotatedArticle(Article article, List<AnnotatedBlock> blocks) {
    public AnnotatedArticle {
        blocks = List.copyOf(blocks);
    }
}
