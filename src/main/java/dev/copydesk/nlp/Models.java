package dev.copydesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English UD models, shared by all threads (OpenNLP's thread-safe wrappers;
 * the tagger keeps per-thread state itself). Loading takes about 0.4 s, so whoever runs copydesk
 * loads them once ({@link #load()}) and hands the instance to every {@link Annotator}: the command
 * line keeps one per process, the tests one per test JVM. There is no hidden shared instance.
 */
public final class Models {
    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokenizer;
    final GreedyPosTagger tagger;

    private Models() {
        // Load by .bin name: every model jar also has a root model.properties, and a fat jar keeps one.
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
            tokenizer = new ThreadSafeTokenizerME(withAlphaNumericShortcut(
                    new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"))));
            tagger = new GreedyPosTagger(new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /** Loads the models from the classpath: a new instance each call, for the caller to share. */
    public static Models load() {
        return new Models();
    }

    /**
     * The same tokenizer model, told not to consult the classifier inside plain letters-and-digits
     * words, which it never splits anyway: three times faster, and on the 547 blocks of the 21
     * corpus pages the tokens differ in one block only.
     */
    private static TokenizerModel withAlphaNumericShortcut(TokenizerModel model) {
        TokenizerFactory factory = new TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true,
                Pattern.compile("^[A-Za-z0-9]+$"));
        return new TokenizerModel(model.getMaxentModel(), new HashMap<>(), factory);
    }

    private static InputStream open(String name) {
        InputStream in = Models.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is missing from the classpath");
        }
        return in;
    }
}
