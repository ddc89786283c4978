package io.github.rectification.ledger.report.summary;

import java.util.List;

/**
 * A table of the summary, as text cells.
 *
 * @param widths relative column widths
 * @param empty  what to print instead of an empty table
 */
public record SummaryTable(String heading, List<String> columns, List<Double> widths, List<List<String>> rows,
        String empty) {

    public SummaryTable {
        columns = List.copyOf(columns);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        if (widths.size() != columns.size()) {
            throw new IllegalArgumentException("widths " + widths.size() + " ≠ columns " + columns.size());
        }
    }

    /** Which columns hold figures (right-aligned): all but the text columns. */
    public boolean numeric(int column) {
        return rows.stream().allMatch(r -> r.get(column).matches("[\\d.%-]*"));
    }
}
