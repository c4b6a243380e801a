package dev.copydesk.rules;

import dev.copydesk.UserFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file that configures a run (a rule file, a {@code .copydesk.yml}, a baseline): only a
 * regular file (a FIFO would block, {@code /dev/zero} never ends), and only up to a size no real
 * one reaches, so that a wrong path costs one line, never a hang or the machine's memory.
 */
public final class SettingsFile {
    /** Rule files and configs: the built-in rules together are 40 KB. */
    public static final int MAX_RULES_BYTES = 1024 * 1024;
    /** Baselines: one finding is about 200 bytes, so this holds some 300,000. */
    public static final int MAX_BASELINE_BYTES = 64 * 1024 * 1024;

    private SettingsFile() {
    }

    /**
     * The file's text (UTF-8); a {@link UserFileException} naming the file otherwise.
     *
     * @param what what the file is, for the message ("rule file", "config", "baseline")
     */
    public static String read(Path file, String what, int maxBytes) {
        String problem = problem(file, what);
        if (problem != null) {
            throw new UserFileException(file, problem);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new UserFileException(file, what + " is over " + (maxBytes / (1024 * 1024))
                        + " MB; no real " + what + " is that big");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw new UserFileException(file, "cannot read the " + what + " (permission denied)");
        } catch (IOException e) {
            throw new UserFileException(file, "cannot read the " + what + " (" + e.getMessage() + ")");
        }
    }

    /** Why {@code file} cannot be a {@code what}, or null when it is a regular file. */
    public static String problem(Path file, String what) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a " + what;
        }
        if (!Files.exists(file)) {
            return "no such " + what;
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file (a FIFO, device or socket), so not a " + what;
        }
        return null;
    }
}
