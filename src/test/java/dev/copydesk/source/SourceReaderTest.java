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
}
