package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Your house style" example is contrib/house-style/, and it does what the README says. */
class HouseStyleExampleTest {
    private static final Path EXAMPLE = Path.of("contrib/house-style");

    @Test
    void theReadmeShowsTheExampleFilesAsTheyAre() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String f : new String[]{".copydesk.yml", "house/words.yml", "house/house-names.yml"}) {
            assertTrue(readme.contains("# " + f + "\n" + Files.readString(EXAMPLE.resolve(f)) + "```"),
                    "README.md does not show " + f + " as it is");
        }
        assertTrue(readme.contains("```\n" + Files.readString(EXAMPLE.resolve("articles/story.txt")) + "```"));
    }

    @Test
    void itsRulesPassTheirExamplesAndTheStoryGetsWhatTheReadmeShows() throws Exception {
        CliRun tested = CliRun.run("rules", "test", "--config", EXAMPLE.resolve(".copydesk.yml").toString());
        assertEquals(0, tested.code(), tested.out());
        CliRun r = CliRun.run("check", "--format", "compact", EXAMPLE.resolve("articles/story.txt").toString());
        assertEquals(0, r.code(), r.err());
        String shown = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String expected = r.out().replace(EXAMPLE + "/", "");
        assertTrue(shown.contains("words marked):\n\n```\n" + expected + "```"), "README output differs from:\n" + expected);
    }
}
