package dev.copydesk.engine;

import dev.copydesk.Interruption;
import dev.copydesk.article.Article;
import dev.copydesk.article.ArticleParser;
import dev.copydesk.article.ExtractionOptions;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateExtractor;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.numbers.NumberExtractor;
import dev.copydesk.facts.people.People;
import dev.copydesk.facts.people.PeopleExtractor;
import dev.copydesk.facts.quotes.ClaimExtractor;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.facts.quotes.QuoteExtractor;
import dev.copydesk.nlp.AnnotatedArticle;
import dev.copydesk.nlp.Annotator;
import dev.copydesk.nlp.Models;
import dev.copydesk.nlp.NameFinder;
import dev.copydesk.source.SourceFile;
import java.time.LocalDate;
import java.util.List;

/** Source → article → annotations → facts: everything the checks need, computed once per file. */
public final class Analyzer {
    private final ArticleParser parser;
    private final Annotator annotator;
    private final PeopleExtractor people;
    private final DateExtractor dates = new DateExtractor();
    private final QuoteExtractor quotes;
    private final ClaimExtractor claims;
    private final Lexicons lexicons;
    private final NumberExtractor numbers = new NumberExtractor();

    /** With the default extraction and no name finder model of the user's. */
    public Analyzer(Models models, Lexicons lexicons) {
        this(models, lexicons, ExtractionOptions.DEFAULT, null);
    }

    /**
     * @param models the OpenNLP models, loaded once by the caller and shared
     * @param names  a user-supplied name finder model, or null
     */
    public Analyzer(Models models, Lexicons lexicons, ExtractionOptions extraction, NameFinder names) {
        this.parser = new ArticleParser(extraction);
        this.annotator = new Annotator(models, names);
        this.people = new PeopleExtractor(lexicons);
        this.quotes = new QuoteExtractor(lexicons);
        this.claims = new ClaimExtractor(lexicons);
        this.lexicons = lexicons;
    }

    /** The word lists the facts are read with; checks that read rule-listed names and titles use them too. */
    public Lexicons lexicons() {
        return lexicons;
    }

    /** Analyses one source; {@code pubDate}, when given, overrides the page's own metadata. */
    public Facts analyze(SourceFile source, LocalDate pubDate) {
        Article article = parser.parse(source);
        Interruption.check();
        if (pubDate != null) {
            article = article.withPublished(pubDate);
        }
        return analyze(article);
    }

    public Facts analyze(Article article) {
        AnnotatedArticle annotated = annotator.annotate(article);
        Interruption.check();
        People found = people.extract(annotated);
        Interruption.check();
        List<DateMention> dated = dates.extract(annotated, article.published());
        Interruption.check();
        List<Quote> quoted = quotes.extract(annotated, found.people());
        Interruption.check();
        return new Facts(annotated, found.people(), found.unattached(), dated, quoted, claims.extract(annotated),
                numbers.extract(annotated, found.people(), dated, quoted));
    }
}
