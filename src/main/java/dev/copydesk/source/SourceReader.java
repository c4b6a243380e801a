package dev.copydesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one input into a {@link SourceFile}: size cap, binary sniffing, charset detection. Never writes. */
public final class SourceReader {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads a file; throws with a one-line reason when it is missing, unreadable, not a regular
     * file (a FIFO or a device would block or never end), empty, binary or too big.
     */
    public SourceFile read(Path file) throws InputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name + ": is a directory with no articles (.html, .htm, .txt, .md)");
            }
            if (!Files.exists(file)) {
                throw new InputException(name + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new InputException(name + ": not a regular file (a FIFO, device or socket); copydesk reads only files");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooBig(name, size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even if the file grows while it is read.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw tooBig(name, bytes.length);
            }
            return decode(name, bytes);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private InputException tooBig(String name, long size) {
        return new InputException(name + ": file is " + human(size) + ", over the size limit of "
                + human(maxBytes) + " (raise it with --max-file-size)");
    }

    /** Reads standard input, with the same checks as a file. */
    public SourceFile read(InputStream in, String name) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(name + ": input is over the size limit of " + human(maxBytes));
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    SourceFile decode(String name, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(name + ": file is empty");
        }
        if (looksBinary(bytes)) {
            throw new InputException(name + ": looks like a binary file, not an article (HTML or text)");
        }
        String content = new String(bytes, charsetOf(bytes));
        if (content.charAt(0) == '\uFEFF') {
            // Keep offsets aligned with the file: a BOM becomes a space rather than being cut.
            content = ' ' + content.substring(1);
        }
        if (content.isBlank()) {
            throw new InputException(name + ": file has no text");
        }
        return new SourceFile(name, content, SourceFile.formatFor(name, content));
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 10;
    }

    /**
     * The charset to decode with: a byte-order mark; else UTF-8 when the bytes are valid UTF-8;
     * else what the page declares (a declaration of UTF-16 or UTF-32 in bytes that have no BOM
     * and no NUL is impossible, and ignored); else UTF-8 when most non-ASCII bytes
     * form valid UTF-8 (a stray bad byte becomes U+FFFD, which the invalid-character rule
     * reports, instead of every accent in the file turning to mojibake); else windows-1252, the
     * web's usual legacy default.
     */
    static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        Utf8Census census = Utf8Census.of(bytes);
        if (census.invalid() == 0) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            return declared;
        }
        return census.valid() >= census.invalid() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** The charset a {@code <meta>} in the first 4 KB declares, or null (unknown names count as none). */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("ucs")
                || name.equals("unicode") || name.equals("utf16") || name.equals("utf32")) {
            return null; // impossible without a BOM in bytes without NULs: the bytes themselves decide
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
