package io.github.rectification.ledger.domain;

/** Where a measure stands in its close-out (销号): beside its status, not instead of it. */
public enum CloseOutState {
    NOT_REQUESTED("not_requested", "未申请"),
    REQUESTED("requested", "待销号"),
    CLOSED("closed", "已销号"),
    RETURNED("returned", "退回");

    private final String code;
    private final String word;

    CloseOutState(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    public static CloseOutState fromCode(String code) {
        for (CloseOutState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown close-out state: " + code);
    }
}
