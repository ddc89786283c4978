package io.github.rectification.ledger.domain;

/** The colour bands offices run for deadlines: overdue (red), due soon (yellow), coming up (blue). */
public enum WarningBand {
    OVERDUE("overdue", "逾期"),
    DUE_SOON("due_soon", "临期"),
    UPCOMING("upcoming", "预警");

    private final String code;
    private final String word;

    WarningBand(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    /** The word printed in reports. */
    public String word() {
        return word;
    }
}
