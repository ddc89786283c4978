package io.github.rectification.ledger.domain;

/** Document numbers (文号) such as 温民办〔2022〕27号. */
public final class DocumentNumbers {
    private DocumentNumbers() {
    }

    /** Puts the year in 〔〕 as offices print it, whatever brackets were typed: 温民办[2022]27号 → 温民办〔2022〕27号. */
    public static String normalize(String docNo) {
        return docNo == null ? "" : docNo.strip().replaceAll("[\\[【(（〔](\\d{4})[\\]】)）〕]", "〔$1〕");
    }
}
