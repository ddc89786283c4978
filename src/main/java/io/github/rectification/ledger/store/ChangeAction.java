package io.github.rectification.ledger.store;

/** What a history row records. */
public enum ChangeAction {
    ADD("add"), UPDATE("update"), REMOVE("remove"), RESTORE("restore"), MOVE("move");

    private final String code;

    ChangeAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ChangeAction fromCode(String code) {
        for (ChangeAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown change action: " + code);
    }
}
