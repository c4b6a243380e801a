package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and options that are not what they should be: one line each, exit 2, and the rest of the run is checked. */
class InputReliabilityTest {
    private static final String ERRORS = "fixtures/seed-syria-errors.html";
    private static final String CHECKED = "fixtures/seed-syria-errors.html:38:111: error [weekday-mismatch]";

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
        return p;
    }

    @Test
    void fifosAndDevicesAreOneLineEachAndTheRunGoesOn() throws Exception {
        Path fifo = fifo("pipe.html");
        CliRun r = CliRun.run("check", fifo.toString(), "/dev/zero", ERRORS);
        assertEquals(2, r.code());
        assertEquals(fifo + ": not a regular file (a FIFO, device or socket); copydesk reads only files\n"
                .replace("\n", "") , r.err().lines().filter(l -> l.contains("pipe.html")).findFirst().orElseThrow()
                .replace("copydesk: ", ""));
        assertTrue(r.err().contains("copydesk: /dev/zero: not a regular file"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.out().contains(CHECKED), r.out());
    }

    @Test
    void aBadBaselineOrConfigPathIsOneLineNotTheHelp() throws Exception {
        Path fifo = fifo("baseline.json");
        String[][] cases = {
            {"--baseline", dir.resolve("missing.json").toString(), "no such baseline"},
            {"--baseline", dir.toString(), "is a directory, not a baseline"},
            {"--baseline", fifo.toString(), "not a regular file (a FIFO, device or socket), so not a baseline"},
            {"--config", "/dev/zero", "not a regular file (a FIFO, device or socket), so not a config"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.run("check", c[0], c[1], ERRORS);
            assertEquals(2, r.code(), r.err());
            assertEquals("copydesk: " + c[0] + " " + c[1] + ": " + c[2] + "\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aSizeLimitTooBigForALongIsAUsageError() {
        CliRun r = CliRun.run("check", "--max-file-size", "9999999999GB", ERRORS);
        assertEquals(2, r.code());
        assertEquals("copydesk: --max-file-size: '9999999999GB' is more than any file system holds\n"
                + "try 'copydesk check --help'\n", r.err());
    }

    @Test
    void ruleFoldersThatAreNoRuleFoldersAreOneLine() throws Exception {
        CliRun proc = CliRun.run("rules", "list", "/proc");
        assertEquals(2, proc.code());
        assertEquals(1, proc.err().lines().count(), proc.err());
        assertTrue(proc.err().startsWith("copydesk: /proc"), proc.err());
        assertFalse(proc.err().contains("internal error"), proc.err());

        Path article = Files.copy(Path.of(ERRORS), dir.resolve("a.html"));
        Files.writeString(dir.resolve(".copydesk.yml"), "rules: [/]\n");
        CliRun root = CliRun.run("check", article.toString());
        assertEquals(2, root.code());
        assertEquals(1, root.err().lines().count(), root.err());
        assertFalse(root.err().contains("internal error"), root.err());
    }

    @Test
    void aConfigNeverQuotesAFileOutsideItsFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.yml"), "token: s3cr3t-value\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path article = Files.copy(Path.of(ERRORS), repo.resolve("a.html"));
        Files.writeString(repo.resolve(".copydesk.yml"), "rules: [../outside]\n");
        CliRun r = CliRun.run("check", article.toString());
        assertEquals(2, r.code());
        assertFalse(r.err().contains("s3cr3t"), r.err());
        assertFalse(r.err().contains("token"), r.err());
        assertTrue(r.err().contains("secret.yml:1:1: not a valid rule file (the details are not shown"), r.err());

        // The same file named on the command line is the user's own choice: its problem is told in full.
        CliRun own = CliRun.run("check", "--no-config", "--rules", outside.resolve("secret.yml").toString(), article.toString());
        assertTrue(own.err().contains("secret.yml:1:1: a rule file is a mapping with a 'rules:' list"), own.err());
    }

    @Test
    void anUnreadableFolderIsReportedAndTheArticlesBesideItAreChecked() throws Exception {
        Path root = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of(ERRORS), root.resolve("a.html"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.copy(Path.of(ERRORS), locked.resolve("b.html"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
            CliRun r = CliRun.run("check", root.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("locked: cannot be read (permission denied)"), r.err());
            assertTrue(r.out().contains("a.html:38:111: error [weekday-mismatch]"), r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A folder no one can open, root included: its path is longer than the system allows
     * (PATH_MAX, 4,096 bytes). It is made of short names, renamed long from the deepest up, so
     * that every path the test touches stays short. The walk reports it in one line and checks
     * the article beside it; the permission test above covers a locked folder when the tests do
     * not run as root.
     */
    @Test
    void aFolderThatCannotBeOpenedEvenByRootIsReportedAndTheArticlesBesideItAreChecked() throws Exception {
        Path root = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of(ERRORS), root.resolve("a.html"));
        String level = "d".repeat(250);
        int depth = 20;
        Path deepest = Files.createDirectories(root.resolve(String.join("/", java.util.Collections.nCopies(depth, "d"))));
        for (Path p = deepest; !p.equals(root); p = p.getParent()) {
            Files.move(p, p.resolveSibling(level));
        }
        try {
            CliRun r = CliRun.run("check", root.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(level + ": cannot be read (") && r.err().contains("the articles beside it are still checked"),
                    r.err());
            assertTrue(r.out().contains("a.html:38:111: error [weekday-mismatch]"), r.out());
        } finally {
            // Short names again from the top down, so that JUnit can delete the folder
            Path p = root;
            for (int i = 0; i < depth; i++) {
                p = Files.move(p.resolve(level), p.resolve("d"));
            }
        }
    }

    @Test
    void markdownOnStandardInputIsReadAsMarkdown() throws Exception {
        String md = "---\ntitle: Council backs the bridge\ndate: 2012-07-30\n---\n\n"
                + "Mayor Ana Ruiz said the council backed the bridge on Monday, July 30.\n";
        CliRun sniffed = CliRun.withStdin(md, "entities", "-");
        assertEquals(0, sniffed.code(), sniffed.err());
        assertTrue(sniffed.out().contains("Council backs the bridge"), sniffed.out());
        assertFalse(sniffed.out().contains("title:"), sniffed.out()); // the front matter is not the headline

        CliRun named = CliRun.withStdin("Headline\n\nMayor Ana Ruiz spoke on Monday.\n", "check", "--stdin-filename",
                "drafts/story.md", "--format", "json", "-");
        assertEquals(0, named.code(), named.err());
        JsonNode file = new ObjectMapper().readTree(named.out()).at("/files/0");
        assertEquals("drafts/story.md", file.get("path").asText(), named.out());
        // read as Markdown by its name: a first line without '#' is a paragraph there, where text would make it the headline
        assertTrue(file.at("/article/headline").isNull(), named.out());
    }

    @Test
    void aFileOverItsTimeBudgetIsNotAnalysedAndTheOthersAre() throws Exception {
        // 860 KB of quotes, names and hedges: many seconds of work on any machine (bench/stress's busy
        // paragraph), several times a budget of 1.5 s; the short article takes a fraction of a second
        // even in a cold JVM. (FileRunnerTest covers the same without any timing.)
        StringBuilder busy = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 9_000; i++) {
            busy.append("\"We will go on,\" said Mayor Ana Ruiz").append(i)
                    .append(" of Springfield, who allegedly met Tom Ortiz on Monday. ").append(i % 20 == 19 ? "\n\n" : "");
        }
        Path slow = Files.writeString(dir.resolve("slow.txt"), busy);
        Path quick = Files.writeString(dir.resolve("quick.txt"),
                "Headline\n\nThe talks began on Thursday, Nov. 14, 2012, officials said.\n");
        CliRun r = CliRun.run("check", "--file-timeout", "1.5", quick.toString(), slow.toString());
        assertEquals(2, r.code());
        assertEquals("copydesk: " + slow + ": not analysed: it took longer than the time budget of 1.5 s (raise it with "
                + "--file-timeout); the other files are still checked\n", r.err());
        assertTrue(r.out().contains("quick.txt:3:20: error [weekday-mismatch]"), r.out());
    }
}
