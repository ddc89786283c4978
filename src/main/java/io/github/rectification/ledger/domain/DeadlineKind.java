package io.github.rectification.ledger.domain;

/** What a deadline (整改时限) says: a date, 长期坚持, 立行立改 or nothing. */
public enum DeadlineKind {
    DATE("date"),
    LONG_TERM("long_term"),
    IMMEDIATE("immediate"),
    NONE("none");

    private final String code;

    DeadlineKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DeadlineKind fromCode(String code) {
        for (DeadlineKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown deadline kind: " + code);
    }
}
