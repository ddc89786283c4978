package io.github.rectification.ledger.domain;

/**
 * How the completion rate (整改完成率) is counted: over measures or over problems, and whether
 * long-term measures (长期坚持) count as done. Rounded to two decimals, half up.
 */
public record CountingRule(Basis basis, boolean longTermCountsAsDone) {
    public static final CountingRule DEFAULT = new CountingRule(Basis.MEASURES, true);

    /**
     * The rule in words, as printed next to every rate, e.g.
     * "按整改措施计算，长期坚持计为已完成（含长期坚持3条），保留两位小数、四舍五入".
     *
     * @param longTerm the number of long-term measures in the count
     */
    public String describe(int longTerm) {
        StringBuilder sb = new StringBuilder(basis == Basis.MEASURES
                ? "按整改措施计算"
                : "按问题计算（问题的全部措施完成方计为整改到位）");
        if (longTermCountsAsDone) {
            sb.append("，长期坚持计为已完成（含长期坚持").append(longTerm).append("条）");
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
}
