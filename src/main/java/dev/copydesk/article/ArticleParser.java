package dev.copydesk.article;

import dev.copydesk.source.SourceFile;

/** Picks the parser for a source's format. */
public final class ArticleParser {
    private final HtmlArticleParser html;
    private final TextArticleParser text = new TextArticleParser();
    private final MarkdownArticleParser markdown = new MarkdownArticleParser();

    public ArticleParser() {
        this(ExtractionOptions.DEFAULT);
    }

    public ArticleParser(ExtractionOptions options) {
        this.html = new HtmlArticleParser(options);
    }

    public Article parse(SourceFile source) {
        return switch (source.format()) {
            case HTML -> html.parse(source.path(), source.content());
            case TEXT -> text.parse(source.path(), source.content());
            case MARKDOWN -> markdown.parse(source.path(), source.content());
        };
    }
}
