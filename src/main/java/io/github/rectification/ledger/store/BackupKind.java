package io.github.rectification.ledger.store;

/** Why a backup was made; part of its file name. */
public enum BackupKind {
    /** Before an Excel import changed the ledger. */
    IMPORT("import"),
    /** Before the file was migrated to a newer schema. */
    MIGRATION("migration"),
    /** The first open of the day. */
    DAILY("daily"),
    /** Before another backup was restored over the ledger. */
    RESTORE("restore"),
    /** Asked for by the user. */
    MANUAL("manual");

    private final String code;

    BackupKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BackupKind fromCode(String code) {
        for (BackupKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown backup kind: " + code);
    }
}
