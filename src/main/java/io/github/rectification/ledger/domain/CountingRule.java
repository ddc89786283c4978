package io.github.rectification.ledger.domain;

/**
 * How the completion rate (整改完成率) is counted: over measures or over problems, and whether
 * long-term measures (长期坚持) count as done. Rounded to two decimals, half up.
 */
public record CountingRule(Basis basis, boolean longTermCountsAsDone) {
    public static final CountingRule DEFAULT = new CountingRule(Basis.MEASURES, true);

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
