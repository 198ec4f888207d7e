package io.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable hex digests used for entry ids and versions. */
final class Hashes {

    private Hashes() {
    }

    /**
     * A fingerprint of a fetched body, to tell whether a page is byte for byte what it was: its length and two
     * checksums with different polynomials (64 bits), which the CPU computes in a twentieth of a SHA-256's time. Not
     * a defence against a forger, and need not be: the page's own site decides what the page says anyway, and a
     * change read as no change would only wait for the page's next change (see docs/design-decisions.md).
     */
    static String bodyHash(byte[] body) {
        java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
        castagnoli.update(body);
        java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
        ieee.update(body);
        return body.length + ":" + Long.toHexString(castagnoli.getValue()) + ":" + Long.toHexString(ieee.getValue());
    }

    /** A SHA-256 digest of the text as a 32-character key (one char per byte), for caches of what was read. */
    static String digestKey(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new String(digest, StandardCharsets.ISO_8859_1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shortHash(String input, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
