package io.github.rectification.ledger.domain;

/** Whether a rule made during rectification is new (新制定) or revised (修订完善). */
public enum InstitutionKind {
    NEW("new", "新制定"),
    REVISED("revised", "修订完善");

    private final String code;
    private final String word;

    InstitutionKind(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    public static InstitutionKind fromCode(String code) {
        for (InstitutionKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown institution kind: " + code);
    }
}
