package dev.copydesk.nlp;

import dev.copydesk.article.Article;
import dev.copydesk.article.Block;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Runs sentence detection, tokenisation and UD POS tagging over every block of an article. */
public final class Annotator {
    private final Models models;
    private final NameFinder names;

    public Annotator(Models models) {
        this(models, null);
    }

    /** @param names a user-supplied name finder, or null */
    public Annotator(Models models, NameFinder names) {
        this.models = models;
        this.names = names;
    }

    public AnnotatedArticle annotate(Article article) {
        List<AnnotatedBlock> out = new ArrayList<>(article.blocks().size());
        for (Block b : article.blocks()) {
            if (b.kind().isAnalysed()) {
                out.add(annotate(b));
            }
        }
        return new AnnotatedArticle(article, out);
    }

    AnnotatedBlock annotate(Block block) {
        String norm = TextNormalizer.normalize(block.text());
        List<Sentence> sentences = new ArrayList<>();
        for (Span s : SentenceRepair.merge(norm, models.sentences.sentPosDetect(norm))) {
            String text = norm.substring(s.getStart(), s.getEnd());
            Span[] spans = QuoteMarkSplit.split(text, models.tokenizer.tokenizePos(text));
            String[] words = Span.spansToStrings(spans, text);
            String[] tags = words.length == 0 ? new String[0] : models.tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(words[i], s.getStart() + spans[i].getStart(), s.getStart() + spans[i].getEnd(), tags[i]));
            }
            sentences.add(new Sentence(s.getStart(), s.getEnd(), tokens,
                    names == null || words.length == 0 ? List.of() : names.find(words)));
        }
        return new AnnotatedBlock(block, norm, sentences);
    }
}
