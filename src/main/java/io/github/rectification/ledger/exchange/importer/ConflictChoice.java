package io.github.rectification.ledger.exchange.importer;

/** The side that wins a conflict of a returned workbook. */
public enum ConflictChoice {
    WORKBOOK("workbook"),
    LEDGER("ledger");

    private final String code;

    ConflictChoice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
