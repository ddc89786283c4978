package io.github.rectification.ledger.domain;

import java.util.Optional;

/** State of a measure (完成情况). Codes are the JSON values; words are what ledgers print. */
public enum Status {
    DONE("done", "已完成"),
    IN_PROGRESS("in_progress", "正在推进"),
    LONG_TERM("long_term", "长期坚持"),
    NOT_STARTED("not_started", "未启动");

    private final String code;
    private final String word;

    Status(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    /** The word written in a ledger for this status. */
    public String word() {
        return word;
    }

    public static Status fromCode(String code) {
        for (Status s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status code: " + code);
    }

    /**
     * Maps the status words offices write to a status, a yes/no answer (是/否, √/×) too, a "no" then
     * read as not started; empty for a word that is a judgement call.
     */
    public static Optional<Status> fromWord(String word) {
        return StatusWords.classify(word);
    }
}
