package io.github.rectification.ledger.ui.grid;

/** What the grid shows: the measures of one inspection, or ({@code inspectionId} null) of the whole ledger. */
public record GridScope(Long inspectionId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
