package io.github.rectification.ledger.exchange.read;

/** The text a reading of one workbook may still yield ({@link ReadLimits#TEXT_BUDGET} at the start). */
final class TextBudget {
    private final long start;
    private long left;

    TextBudget(long chars) {
        start = chars;
        left = chars;
    }

    static TextBudget full() {
        return new TextBudget(ReadLimits.TEXT_BUDGET);
    }

    /** Takes {@code chars} from the budget; false once it is spent. */
    boolean spend(long chars) {
        left -= chars;
        return left >= 0;
    }

    /** The characters taken so far. */
    long spent() {
        return start - left;
    }
}
