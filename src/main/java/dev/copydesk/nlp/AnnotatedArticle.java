package dev.copydesk.nlp;

import dev.copydesk.article.Article;
import java.util.List;

/**
 * An article with every block split into sentences and tagged tokens.
 *
 * @param unread where reading stopped because the article is longer than {@link Limits#MAX_ARTICLE_CHARS},
 *               or null when all of it was read
 */
public record AnnotatedArticle(Article article, List<AnnotatedBlock> blocks, Unread unread) {
    public AnnotatedArticle {
        blocks = List.copyOf(blocks);
    }

    public AnnotatedArticle(Article article, List<AnnotatedBlock> blocks) {
        this(article, blocks, null);
    }
}
