package io.github.rectification.ledger.domain;

import java.util.Objects;

/**
 * How the completion rate (整改完成率) is counted: over measures or over problems, whether
 * long-term measures (长期坚持) count as done, and whether a measure 已完成 counts as done by its
 * status alone or only once it is struck off (已销号). Rounded to two decimals, half up.
 *
 * <p>Under the 销号 part a 已完成 measure counts only when its close-out is 已销号; a measure struck off
 * whose status was changed afterwards counts by its status as any other. Long-term measures are never
 * struck off (only a 已完成 measure may be), so they keep counting by the long-term part of the rule.
 */
public record CountingRule(Basis basis, boolean longTermCountsAsDone, DoneWhen doneWhen) {
    public static final CountingRule DEFAULT = new CountingRule(Basis.MEASURES, true, DoneWhen.STATUS);

    public CountingRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(doneWhen, "doneWhen");
    }

    /** The rule with a 已完成 measure counting as done by its status (the default third part). */
    public CountingRule(Basis basis, boolean longTermCountsAsDone) {
        this(basis, longTermCountsAsDone, DoneWhen.STATUS);
    }

    public CountingRule withBasis(Basis newBasis) {
        return new CountingRule(newBasis, longTermCountsAsDone, doneWhen);
    }

    public CountingRule withLongTermCountsAsDone(boolean counts) {
        return new CountingRule(basis, counts, doneWhen);
    }

    public CountingRule withDoneWhen(DoneWhen newDoneWhen) {
        return new CountingRule(basis, longTermCountsAsDone, newDoneWhen);
    }

    /**
     * Whether a measure counts as done for the completion rate: the one definition every figure uses.
     *
     * @param status    the measure's status (完成情况)
     * @param struckOff whether the measure's close-out is 已销号
     */
    public boolean countsAsDone(Status status, boolean struckOff) {
        return switch (status) {
            case DONE -> doneWhen == DoneWhen.STATUS || struckOff;
            case LONG_TERM -> longTermCountsAsDone;
            case IN_PROGRESS, NOT_STARTED -> false;
        };
    }

    /**
     * The rule in words, as printed next to every rate, e.g.
     * "按整改措施计算，长期坚持计为已完成（含长期坚持3条），保留两位小数、四舍五入"; under the 销号 part
     * "按整改措施计算，以销号为准计为已完成（已完成未销号的不计），长期坚持计为已完成（含长期坚持3条，无需销号），
     * 保留两位小数、四舍五入".
     *
     * @param longTerm the number of long-term measures in the count
     */
    public String describe(int longTerm) {
        StringBuilder sb = new StringBuilder(basis == Basis.MEASURES
                ? "按整改措施计算"
                : "按问题计算（问题的全部措施完成方计为整改到位）");
        boolean closed = doneWhen == DoneWhen.CLOSED;
        if (closed) {
            sb.append("，以销号为准计为已完成（已完成未销号的不计）");
        }
        if (longTermCountsAsDone) {
            sb.append("，长期坚持计为已完成（含长期坚持").append(longTerm).append(closed ? "条，无需销号）" : "条）");
        } else {
            sb.append("，长期坚持不计为已完成（另有长期坚持").append(longTerm).append("条）");
        }
        return sb.append("，保留两位小数、四舍五入").toString();
    }

    public enum Basis {
        MEASURES("measures"),
        PROBLEMS("problems");

        private final String code;

        Basis(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Basis fromCode(String code) {
            for (Basis b : values()) {
                if (b.code.equals(code)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown basis: " + code);
        }
    }

    /** When a measure whose status is 已完成 counts as done: by its status, or only once struck off. */
    public enum DoneWhen {
        /** 已完成 counts as done (the default). */
        STATUS("status"),
        /** 已完成 counts as done only when its close-out is 已销号. */
        CLOSED("closed");

        private final String code;

        DoneWhen(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static DoneWhen fromCode(String code) {
            for (DoneWhen d : values()) {
                if (d.code.equals(code)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown done-when: " + code);
        }
    }
}
