package dev.copydesk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.cli.CliRunAccess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The pathological inputs of issue 14, generated here ({@link StressInputs}), in one run of the
 * command line with a normal article, a FIFO and /dev/zero: every file ends with a clear result
 * (its findings, or one line saying why it could not be read), and the normal article is checked.
 * Times and memory are measured by bench/stress/run.sh, not asserted here.
 */
class StressTest {
    private static final String NORMAL = "fixtures/seed-syria-errors.html";

    /**
     * The check types configured in YAML, run over the same inputs: word rules with a pattern that
     * backtracks exponentially in a backtracking engine, and house names whose surnames are one edit
     * from the busy paragraph's people, with titles that contradict theirs.
     */
    private static final String HOUSE_STYLE = """
            rules:
              - id: stress-substitution
                type: substitution
                category: style
                severity: info
                message: "'{preferred}', not '{text}'"
                params:
                  swap: {told reporters: said, reportedly: "is said to have"}
                  patterns: {'(a+)+$': a}
                examples:
                  bad: ["Smith [[told reporters]] it was over."]
              - id: stress-existence
                type: existence
                category: style
                severity: info
                message: "Who says '{text}'?"
                params:
                  terms: [allegedly, sources said]
                  patterns: ['\\bdays? late\\b', '(x+x+)+y']
                examples:
                  bad: ["Smith [[allegedly]] took the money."]
              - id: stress-house-names
                type: house-names
                category: style
                severity: warning
                messages:
                  variant: "'{text}' is not the house spelling of {name}: write '{suggestion}'"
                  near-miss: "'{text}' looks like a misspelling of {name}: write '{suggestion}'"
                  title: "{name} is '{title}' here, but the house gives '{houseTitle}' ({titleSeen}): {reason}"
                params:
                  names:
                    - name: John Smithe
                      title: Mayor
                      titleSeen: 2012-01-01
                    - name: Peter Bakker
                      variants: [Peter Baker]
                    - name: Olga Petrovna
                      title: economist
                      titleSeen: 2012-01-01
                examples:
                  bad: ["[[Peter Baker]] said it was over."]
            """;

    @TempDir
    Path dir;

    @Test
    void everyPathologicalInputEndsClearlyAndTheOthersAreChecked() throws Exception {
        Map<String, String> cases = StressInputs.write(dir, false);
        Path fifo = dir.resolve("pipe.html");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path house = Files.writeString(dir.resolve("house-style.yml"), HOUSE_STYLE);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-config", "--file-timeout", "600",
                "--rules", house.toString()));
        cases.keySet().forEach(name -> args.add(dir.resolve(name).toString()));
        args.addAll(List.of(fifo.toString(), "/dev/zero", NORMAL));

        CommandLine cl = CliRunAccess.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(new String[0]));

        assertEquals(2, code, err.toString()); // the FIFO and /dev/zero could not be read
        assertEquals(List.of("copydesk: " + fifo + ": not a regular file (a FIFO, device or socket); copydesk reads only files",
                "copydesk: /dev/zero: not a regular file (a FIFO, device or socket); copydesk reads only files"),
                err.toString().lines().toList());
        Map<String, Set<String>> rules = new HashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toString()).get("files")) {
            Set<String> ids = new HashSet<>();
            f.get("findings").forEach(x -> ids.add(x.get("rule").asText()));
            rules.put(Path.of(f.get("path").asText()).getFileName().toString(), ids);
            if (!f.get("path").asText().equals(fifo.toString()) && !f.get("path").asText().equals("/dev/zero")) {
                assertTrue(f.get("error").isNull(), f.toString());
            }
        }
        // Each pathological article was analysed: its known error is found.
        for (String name : cases.keySet()) {
            if (!name.equals("dates.txt")) {
                assertTrue(rules.get(name).contains("weekday-mismatch"), name + ": " + rules.get(name));
            }
        }
        // What could not be read whole is said, not skipped in silence.
        for (String name : List.of("quotes-10000.txt", "unpunctuated-4mb.txt", "word-1mb.txt", "capitalised-run.txt")) {
            assertTrue(rules.get(name).contains("too-long-to-check"), name + ": " + rules.get(name));
        }
        for (String name : List.of("nested-b.html", "nested-span.html", "unclosed-title.html", "busy-paragraph.txt", "cr-only.txt",
                "dates.txt")) {
            assertFalse(rules.get(name).contains("too-long-to-check"), name + ": " + rules.get(name));
        }
        // The check types configured in YAML ran over the busiest input within the budget too.
        assertTrue(rules.get("busy-paragraph.txt").containsAll(Set.of("stress-substitution", "stress-existence",
                "stress-house-names")), rules.get("busy-paragraph.txt").toString());
        // The normal article beside them is checked as always.
        assertTrue(rules.get("seed-syria-errors.html").containsAll(Set.of("weekday-mismatch", "name-variant",
                "title-conflict", "first-reference")), rules.get("seed-syria-errors.html").toString());
        assertTrue(Files.exists(dir.resolve("quotes-10000.txt")));
    }
}
