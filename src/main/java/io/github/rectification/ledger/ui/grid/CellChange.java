package io.github.rectification.ledger.ui.grid;

/**
 * One cell a paste, fill-down or bulk set would change: the row, the column, the text before and
 * after, and the value read from the new text; {@code error} says why it is refused (value null then).
 */
public record CellChange(GridRow row, GridColumn column, String oldText, String newText, Object value, String error) {
    public boolean refused() {
        return error != null;
    }
}
