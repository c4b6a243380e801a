package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** copydesk never writes to its inputs and never loses a report without saying so. */
class ReportSafetyTest {
    private static final String STORY = "fixtures/wire-storm-errors.txt";

    private static Path copyOfStory(Path dir) throws IOException {
        Path story = dir.resolve("story.txt");
        Files.copy(Path.of(STORY), story);
        return story;
    }

    @Test
    void outputThatIsAnInputIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        byte[] before = Files.readAllBytes(story);
        CliRun r = CliRun.run("check", "--format", "json", "--output", story.toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--output " + story + ": is one of the inputs"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertArrayEquals(before, Files.readAllBytes(story));
    }

    @Test
    void writeBaselineThatIsAnInputIsRefused(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        byte[] before = Files.readAllBytes(story);
        CliRun r = CliRun.run("check", "--write-baseline", story.toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--write-baseline"), r.err());
        assertArrayEquals(before, Files.readAllBytes(story));
    }

    @Test
    void inputReachedThroughADirectoryOrASymlinkIsStillAnInput(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        byte[] before = Files.readAllBytes(story);
        assertEquals(2, CliRun.run("check", "--output", story.toString(), dir.toString()).code());
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, story);
        assertEquals(2, CliRun.run("check", "--output", link.toString(), story.toString()).code());
        Path other = dir.resolve("sub");
        Files.createDirectories(other);
        assertEquals(2, CliRun.run("check", "--output", dir.resolve("sub/../story.txt").toString(), story.toString()).code());
        assertArrayEquals(before, Files.readAllBytes(story));
    }

    @Test
    void reportIsNotWrittenOverTheBaselineItReads(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, CliRun.run("check", "--write-baseline", baseline.toString(), story.toString()).code());
        byte[] before = Files.readAllBytes(baseline);
        CliRun r = CliRun.run("check", "--baseline", baseline.toString(), "--output", baseline.toString(), story.toString());
        assertEquals(2, r.code());
        assertArrayEquals(before, Files.readAllBytes(baseline));
        // Updating a baseline in place is a legitimate use: read it, then write the new one.
        assertEquals(0, CliRun.run("check", "--baseline", baseline.toString(), "--write-baseline", baseline.toString(),
                story.toString()).code());
    }

    @Test
    void aSymlinkedReportKeepsItsLinkAndTheReportGoesToItsTarget(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("report.json");
        Files.createSymbolicLink(link, real);
        assertEquals(0, CliRun.run("check", "--format", "json", "--output", link.toString(), story.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"schemaVersion\""));
    }

    @Test
    void reportsFollowTheUmaskNotPrivateTempFilePermissions(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        Path existing = dir.resolve("existing.json");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(0, CliRun.run("check", "--format", "json", "--output", existing.toString(), story.toString()).code());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
        Path fresh = dir.resolve("fresh.json");
        assertEquals(0, CliRun.run("check", "--format", "json", "--output", fresh.toString(), story.toString()).code());
        // a file created the plain way gets 0666 less the umask; createTempFile would have given 0600
        Path plain = Files.createFile(dir.resolve("plain.json"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aFullDeviceIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Path story = copyOfStory(dir);
        CliRun r = CliRun.run("check", "--output", "/dev/full", story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("/dev/full: cannot write the report"), r.err());
        assertTrue(!Files.isRegularFile(Path.of("/dev/full")));
    }

    @Test
    void aDeviceIsWrittenInPlaceNeverReplaced(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        assertEquals(0, CliRun.run("check", "--output", "/dev/null", story.toString()).code());
        assertTrue(!Files.isRegularFile(Path.of("/dev/null")));
        try (Stream<Path> s = Files.list(Path.of("/dev"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".null")));
        }
    }

    @Test
    void anUnwritableStandardOutputIsExitTwo(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        CommandLine cl = CliRun.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("check", story.toString()));
        assertTrue(err.toString().contains("standard output: cannot write the report"), err.toString());
    }

    @Test
    void aReportInAMissingDirectoryIsCreatedThere(@TempDir Path dir) throws Exception {
        Path story = copyOfStory(dir);
        Path nested = dir.resolve("a/b/report.json");
        assertEquals(0, CliRun.run("check", "--format", "json", "--output", nested.toString(), story.toString()).code());
        assertTrue(Files.readString(nested).startsWith("{"));
        try (Stream<Path> s = Files.list(nested.getParent())) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }
}
