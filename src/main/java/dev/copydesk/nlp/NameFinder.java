package dev.copydesk.nlp;

import dev.copydesk.UserFileException;
import dev.copydesk.facts.people.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A user-supplied OpenNLP name finder model ({@code --ner-model}). There is no English model on
 * Maven Central; a newsroom that trained one gets its person spans as strong evidence for people.
 * NameFinderME keeps adaptive state, so each thread has its own.
 */
public final class NameFinder {
    private final ThreadLocal<NameFinderME> finders;
    private final Path source;

    private NameFinder(TokenNameFinderModel model, Path source) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.source = source;
    }

    /** Loads a model; a file that is not one is a {@link UserFileException} naming it. */
    public static NameFinder load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameFinder(new TokenNameFinderModel(in), file);
        } catch (IOException | RuntimeException e) {
            throw new UserFileException(file, "not an OpenNLP name finder model (" + e.getMessage() + ")");
        }
    }

    public Path source() {
        return source;
    }

    /** Person spans (any type the model names "person", or an untyped span) in one sentence's tokens. */
    List<TokenSpan> find(String[] tokens) {
        NameFinderME finder = finders.get();
        List<TokenSpan> out = new ArrayList<>();
        for (Span s : finder.find(tokens)) {
            String type = s.getType() == null ? "person" : s.getType();
            out.add(new TokenSpan(s.getStart(), s.getEnd(), type));
        }
        finder.clearAdaptiveData(); // sentences of one article must not teach the next article
        return out;
    }
}
