package io.github.rectification.ledger.exchange.read;

/** One sheet of a workbook as listed in the workbook: its name, position and whether users see it. */
public record SheetInfo(String name, int index, Visibility visibility) {

    public enum Visibility {
        VISIBLE, HIDDEN, VERY_HIDDEN
    }
}
