package io.github.rectification.ledger.exchange.evidence;

/**
 * A name from the ledger's data made a plain file name: no folder separators, no characters that
 * Windows refuses, no leading dots, at most 80 characters; a name with nothing left takes the fallback.
 */
final class PlainNames {
    private static final int MAX = 80;

    private PlainNames() {
    }

    static String of(String name, String fallback) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            name.strip().codePoints().forEach(cp -> {
                if (cp < 0x20 || "/\\:*?\"<>|".indexOf(cp) >= 0) {
                    sb.append('_');
                } else {
                    sb.appendCodePoint(cp);
                }
            });
        }
        String s = sb.toString().replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (s.codePointCount(0, s.length()) > MAX) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX));
        }
        return s.isEmpty() || s.chars().allMatch(c -> c == '_') ? fallback : s;
    }
}
