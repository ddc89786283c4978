package io.github.rectification.ledger.domain;

import java.util.Objects;

/** The record a piece of evidence proves, named by its stable id so that it survives a delete and its undo. */
public record EvidenceOwner(Kind kind, String uid) {
    /** The kinds of record that evidence is attached to. */
    public enum Kind {
        MEASURE("measure"), PROBLEM("problem");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stored name of the kind. */
        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown evidence owner: " + code);
        }
    }

    public EvidenceOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uid, "uid");
    }

    public static EvidenceOwner measure(String uid) {
        return new EvidenceOwner(Kind.MEASURE, uid);
    }

    public static EvidenceOwner problem(String uid) {
        return new EvidenceOwner(Kind.PROBLEM, uid);
    }
}
