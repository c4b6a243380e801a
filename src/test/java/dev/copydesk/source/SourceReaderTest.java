package dev.copydesk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(1000);

    @Test
    void badInputsGiveOneLineNamingTheFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path binary = Files.write(dir.resolve("photo.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path big = Files.writeString(dir.resolve("big.html"), "x".repeat(2000));
        assertMessage(dir.resolve("missing.html"), "missing.html: no such file");
        assertMessage(empty, "empty.html: file is empty");
        assertMessage(binary, "photo.html: looks like a binary file");
        assertMessage(big, "big.html: file is 2.0 KB, over the size limit of 1000 bytes");
    }

    private void assertMessage(Path p, String expected) {
        InputException e = assertThrows(InputException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void decodesLatin1PagesThatDeclareTheirCharset() throws Exception {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Fran\u00e7ois</p>".getBytes(StandardCharsets.ISO_8859_1);
        Path p = Files.write(dir.resolve("latin.html"), bytes);
        assertTrue(reader.read(p).content().contains("François"));
    }

    @Test
    void keepsOffsetsWhenABomIsPresent() throws Exception {
        Path p = Files.write(dir.resolve("bom.txt"), "\uFEFFHeadline".getBytes(StandardCharsets.UTF_8));
        SourceFile f = reader.read(p);
        assertEquals(" Headline", f.content());
        assertEquals(SourceFile.Format.TEXT, f.format());
    }

    @Test
    void onlyRegularFilesAreRead() throws Exception {
        Path fifo = dir.resolve("pipe.html");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        // A FIFO would block the run for ever; /dev/zero would never end.
        assertMessage(fifo, "pipe.html: not a regular file (a FIFO, device or socket)");
        assertMessage(Path.of("/dev/zero"), "/dev/zero: not a regular file");
    }

    @Test
    void anImpossibleUtf16DeclarationIsIgnored() throws Exception {
        // One byte per character, a Latin-1 é, and a meta that claims UTF-16: browsers read it as UTF-8 then Latin-1.
        byte[] bytes = "<meta charset=\"utf-16\"><p>Le caf\u00e9 de Jos\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        SourceFile f = new SourceReader(100_000).read(Files.write(dir.resolve("utf16.html"), bytes));
        assertTrue(f.content().contains("<p>Le caf\u00e9 de Jos\u00e9</p>"), f.content());
        assertTrue(f.content().startsWith("<meta charset"), f.content());
    }

    @Test
    void oneBadByteInUtf8TextDoesNotTurnTheFileToWindows1252() throws Exception {
        String good = "Fran\u00e7ois Hollande and Jos\u00e9 Mar\u00eda Aznar met in M\u00e1laga.";
        byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        bytes[utf8.length] = ' ';
        bytes[utf8.length + 1] = (byte) 0xE9; // a Latin-1 é in an otherwise UTF-8 file
        SourceFile f = new SourceReader(100_000).read(Files.write(dir.resolve("mixed.txt"), bytes));
        assertEquals(good + " \uFFFD", f.content());
    }

    @Test
    void aLegacyFileWithoutDeclarationIsStillWindows1252() throws Exception {
        byte[] bytes = "Fran\u00e7ois said \u201cyes\u201d.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        SourceFile f = new SourceReader(100_000).read(Files.write(dir.resolve("legacy.txt"), bytes));
        assertEquals("Fran\u00e7ois said \u201cyes\u201d.", f.content());
    }

    @Test
    void standardInputIsSniffedForMarkdown() {
        assertEquals(SourceFile.Format.MARKDOWN, SourceFile.formatFor("<stdin>", "---\ntitle: A\n---\nText."));
        assertEquals(SourceFile.Format.MARKDOWN, SourceFile.formatFor("<stdin>", "# Headline\n\nText."));
        assertEquals(SourceFile.Format.HTML, SourceFile.formatFor("<stdin>", "  <html><p>x</p>"));
        assertEquals(SourceFile.Format.TEXT, SourceFile.formatFor("<stdin>", "Headline\n\nText."));
        assertEquals(SourceFile.Format.MARKDOWN, SourceFile.formatFor("drafts/a.md", "Headline\n\nText."));
    }
}
