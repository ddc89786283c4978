package io.github.rectification.ledger.report.docx;

/**
 * Where the issuing body and the date stand under a notice without a seal (GB/T 9704-2012 §7.3.5.2):
 * the signature two characters in from the right margin, the date on the next line starting two
 * characters right of the signature's first character; a date longer than that is set two characters
 * in from the right and the signature moves left to keep the two-character step. Widths are counted
 * in characters of the text size, a Latin digit as half a character.
 *
 * @param signatureRight the signature's right indent in twentieths of a point
 * @param dateRight the date's right indent in twentieths of a point
 */
public record SignatureLayout(int signatureRight, int dateRight) {

    public static SignatureLayout of(String signature, String date, int charTwips) {
        double s = width(signature);
        double d = width(date);
        double sigRight = 2;
        double dateRight = sigRight + s - 2 - d;
        if (dateRight < 2) {
            dateRight = 2;
            sigRight = dateRight + d + 2 - s;
        }
        return new SignatureLayout((int) Math.round(sigRight * charTwips), (int) Math.round(dateRight * charTwips));
    }

    /** The width of a line in characters: a character below U+0100 counts half. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x100 ? 0.5 : 1;
        }
        return w;
    }
}
