package dev.copydesk.results;

import dev.copydesk.checks.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits which shift lines: file, rule, the text it points
 * at and its message (which names the related mention by text, not only by line), hashed.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(String path, Finding f) {
        String message = f.message().replaceAll("\\d+:\\d+", "#"); // positions inside messages move too
        String key = path.replace('\\', '/') + "\u0000" + f.rule() + "\u0000" + f.text() + "\u0000" + message;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
