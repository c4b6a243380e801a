package dev.copydesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English UD models, shared by all threads (OpenNLP's thread-safe wrappers;
 * the tagger keeps per-thread state itself). Loading takes about 0.4 s of CPU, most of a
 * one-article run's start, so whoever runs copydesk loads them once ({@link #load()}) and hands the
 * instance to every {@link Annotator}: the command line keeps one per process, the tests one per
 * test JVM. There is no hidden shared instance. {@link #load()} returns at once: each model loads
 * on a thread of its own while the caller goes on (reading rules, parsing the page), and the first
 * use of a model waits for it.
 */
public final class Models {
    private final CompletableFuture<ThreadSafeSentenceDetectorME> sentences;
    private final CompletableFuture<ThreadSafeTokenizerME> tokenizer;
    private final CompletableFuture<GreedyPosTagger> tagger;

    private Models() {
        // Load by .bin name: every model jar also has a root model.properties, and a fat jar keeps one.
        tagger = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", in -> new GreedyPosTagger(new POSModel(in)));
        sentences = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                in -> new ThreadSafeSentenceDetectorME(new SentenceModel(in)));
        tokenizer = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
                in -> new ThreadSafeTokenizerME(withAlphaNumericShortcut(new TokenizerModel(in))));
    }

    /** Starts loading the models from the classpath: a new instance each call, for the caller to share. */
    public static Models load() {
        return new Models();
    }

    ThreadSafeSentenceDetectorME sentences() {
        return loaded(sentences);
    }

    ThreadSafeTokenizerME tokenizer() {
        return loaded(tokenizer);
    }

    GreedyPosTagger tagger() {
        return loaded(tagger);
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

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Reads one model on a daemon thread of its own. */
    private static <T> CompletableFuture<T> load(String name, Reader<T> reader) {
        CompletableFuture<T> model = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (InputStream in = open(name)) {
                model.complete(reader.read(in));
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
        }, "copydesk-model-" + name);
        t.setDaemon(true);
        t.start();
        return model;
    }

    /** The model once loaded; a model that could not be loaded fails here, as it did when loading was not in the background. */
    private static <T> T loaded(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot load the OpenNLP models", io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Models.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is missing from the classpath");
        }
        return in;
    }
}
