package dev.copydesk.cli;

import dev.copydesk.UserFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Writes a report or baseline file so that a CI step never reads half a report and no input is
 * ever overwritten: a regular file is written to a temporary file beside it, checked, flushed to
 * disk and renamed into place only when complete; a device or FIFO ({@code /dev/null},
 * {@code /dev/stdout}) is written in place, never replaced; a symlink keeps pointing where it did.
 */
final class ReportFile {
    private ReportFile() {
    }

    /**
     * Refuses a target that is, by real path, one of the files the run reads.
     *
     * @param option the option that named the target, for the message
     */
    static void refuseInput(String option, Path target, Collection<Path> inputs) {
        Path real = realPath(target);
        if (real == null) {
            return;
        }
        for (Path in : inputs) {
            Path r = realPath(in);
            if (real.equals(r)) {
                throw UserFileException.named(option, target, "is one of the inputs (" + in
                        + "); copydesk never writes to its inputs, name another file");
            }
        }
    }

    /** Writes {@code body} to {@code target}; a failure is one line naming the file, and nothing half-written is left. */
    static void write(Path target, Consumer<PrintWriter> body) {
        Path real = target;
        try {
            if (Files.isSymbolicLink(target)) {
                real = target.toRealPath();
            }
            if (Files.isDirectory(real)) {
                throw new IOException("is a directory");
            }
            if (Files.exists(real) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                writeInPlace(real, body);
            } else {
                writeAndRename(real, body);
            }
        } catch (NoSuchFileException e) {
            throw new UserFileException(target, "cannot write the report (no such directory: " + e.getFile() + ")");
        } catch (IOException e) {
            throw new UserFileException(target, "cannot write the report (" + e.getMessage() + ")");
        }
    }

    /** A device or FIFO: stream into it; checking the writer is what tells a full device from success. */
    private static void writeInPlace(Path target, Consumer<PrintWriter> body) throws IOException {
        try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            body.accept(out);
            out.flush();
            if (out.checkError()) {
                throw new IOException("write failed; is the device full?");
            }
        }
    }

    private static void writeAndRename(Path target, Consumer<PrintWriter> body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // createFile (not createTempFile) so the report gets the user's umask, not 0600.
            Files.createFile(tmp);
            copyPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(java.nio.channels.Channels.newOutputStream(ch),
                        StandardCharsets.UTF_8));
                body.accept(out);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("write failed; is the disk full or read-only?");
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(from);
                Files.setPosixFilePermissions(to, p);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system, or not ours to read: the umask's default stands
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
