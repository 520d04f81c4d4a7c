package io.buildsite.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short, stable fingerprint of a file's text, which translations record to notice a changed original. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of a text given as UTF-8. */
    static String of(byte[] utf8) {
        return HexFormat.of().formatHex(sha256().digest(utf8), 0, 6);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
