package io.github.rectification.ledger.exchange.values;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cell value as the text a ledger means by it: numbers without a trailing ".0", dates as ISO dates. */
public final class CellText {
    private CellText() {
    }

    /** The text of a value exactly as written (no trimming); "" for a blank cell. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    /** The text with surrounding white space (also full-width) removed. */
    public static String trimmed(Object value) {
        return of(value).strip();
    }

    /** True for a blank cell or one holding only white space. */
    public static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static String number(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
