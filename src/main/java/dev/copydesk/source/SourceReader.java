package dev.copydesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

    /** Reads a file; throws with a one-line reason when it is missing, unreadable, empty, binary or too big. */
    public SourceFile read(Path file) throws InputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name + ": is a directory with no articles (.html, .htm, .txt, .md)");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(name + ": file is " + human(size) + ", over the size limit of "
                        + human(maxBytes) + " (raise it with --max-file-size)");
            }
            return decode(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
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
        String content = utf8(bytes);
        if (content == null) {
            content = new String(bytes, charsetOf(bytes));
        }
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

    /** The bytes as UTF-8 when they are valid UTF-8 without a UTF-16 mark, else null. */
    private static String utf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            } catch (RuntimeException ignored) {
                // unknown charset name: fall through to the web's usual default
            }
        }
        return Charset.forName("windows-1252");
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
