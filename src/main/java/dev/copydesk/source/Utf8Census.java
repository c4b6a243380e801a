package dev.copydesk.source;

/**
 * Counts, in one pass, the well-formed multi-byte UTF-8 sequences of some bytes and the bytes
 * that are not part of one: enough to tell UTF-8 with a stray bad byte from a legacy encoding.
 *
 * @param valid   well-formed sequences of two to four bytes
 * @param invalid bytes of 0x80 and above that start or continue no well-formed sequence
 */
record Utf8Census(int valid, int invalid) {

    static Utf8Census of(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n = sequenceLength(bytes, i);
            if (n > 0) {
                valid++;
                i += n;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Census(valid, invalid);
    }

    /** Length of the well-formed sequence at {@code i} (RFC 3629: no overlongs, no surrogates), or 0. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + n > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return n;
    }
}
