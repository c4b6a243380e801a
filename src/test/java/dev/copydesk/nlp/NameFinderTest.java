package dev.copydesk.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.ExtractionOptions;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.cli.CliRunAccess;
import dev.copydesk.engine.Analyzer;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.lexicon.Lexicons;
import dev.copydesk.facts.people.Person;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional --ner-model path, with a tiny person model trained here on synthetic sentences. */
class NameFinderTest {
    private static final String[] FIRST = {"Zorblat", "Quenna", "Vashti", "Oberon", "Telmar", "Ysolde", "Brannoc",
        "Ilsabet", "Corvin", "Mireth"};
    private static final String[] LAST = {"Quenx", "Drabble", "Oxley", "Pemberton", "Vorhees", "Tallis", "Underhay",
        "Blackwood", "Ferriday", "Ashgrove"};
    private static final String[] TEMPLATES = {"%s arrived in the city on Monday .", "Yesterday %s met the council .",
        "The report was written by %s .", "%s and her team left early .", "Critics of %s gathered outside .",
        "On Friday %s opened the new bridge .", "A letter from %s reached the court .", "%s won the vote easily ."};

    static Path trainModel(Path dir) throws Exception {
        List<NameSample> samples = new ArrayList<>();
        int n = 0;
        for (String first : FIRST) {
            for (String last : LAST) {
                String template = TEMPLATES[n++ % TEMPLATES.length];
                String[] tokens = String.format(template, first + " " + last).split(" ");
                int at = List.of(tokens).indexOf(first);
                samples.add(new NameSample(tokens, new Span[]{new Span(at, at + 2, "person")}, true));
            }
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel model = NameFinderME.train("en", "person", ObjectStreamUtils.createObjectStream(samples), p,
                new TokenNameFinderFactory());
        Path file = dir.resolve("people.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
        return file;
    }

    private static List<String> people(Analyzer analyzer, String text) {
        Facts f = analyzer.analyze(new TextArticleParser().parseSnippet("n.txt", text));
        return f.people().stream().map(Person::name).toList();
    }

    @Test
    void aUserModelTurnsUntitledNamesIntoPeople(@TempDir Path dir) throws Exception {
        Path model = trainModel(dir);
        String text = "Vashti Tallis arrived in the city on Monday. The bridge was closed. Tallis left the meeting early.";
        Analyzer plain = new Analyzer(TestSupport.models(), Lexicons.builtIn());
        assertEquals(List.of(), people(plain, text), "no title, speech verb or known given name: not a person");
        Analyzer withModel = new Analyzer(TestSupport.models(), Lexicons.builtIn(), ExtractionOptions.DEFAULT, NameFinder.load(model));
        assertEquals(List.of("Vashti Tallis"), people(withModel, text));
    }

    @Test
    void aFileThatIsNotAModelIsAClearError(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        CliRunAccess.Result r = CliRunAccess.run("check", "--ner-model", junk.toString(), "fixtures/seed-syria.html");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("junk.bin: not an OpenNLP name finder model"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
