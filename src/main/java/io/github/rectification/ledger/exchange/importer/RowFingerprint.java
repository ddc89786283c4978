package io.github.rectification.ledger.exchange.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a row a returned workbook added: its problem (stable id, or title) and its
 * measure text without blanks, so that the same row in a second import of the workbook, or in a
 * later return, is recognised even after the office changed the measure it became.
 */
final class RowFingerprint {
    private RowFingerprint() {
    }

    static String of(String problemKey, String text) {
        String t = (text == null ? "" : text).replaceAll("\\s+", "");
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(problemKey.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(t.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
