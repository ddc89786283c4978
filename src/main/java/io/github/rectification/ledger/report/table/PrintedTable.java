package io.github.rectification.ledger.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to print as the user sees it: its title, the lines under the title that say what it holds,
 * its columns with their relative widths, and its rows in order. Rows of one group (the measures of
 * one problem) share the cells of the grouped columns, which print once over the group and again,
 * marked as continued, at the top of a page the group runs on to.
 */
public record PrintedTable(String title, List<String> lines, List<Column> columns, List<Row> rows) {
    /** Text a grouped cell carries at the top of a page its group continues on. */
    public static final String CONTINUED = "（续）";

    public PrintedTable {
        lines = List.copyOf(lines);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row of " + r.cells().size() + " cells in a table of " + columns.size());
            }
        }
    }

    /** A column: its header, its share of the width, and whether its cells belong to the row's group. */
    public record Column(String name, double weight, boolean grouped) {
        public Column {
            Objects.requireNonNull(name);
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight " + weight);
            }
        }
    }

    /** A row: its cells (never null) and the group it belongs to. */
    public record Row(List<String> cells, long group) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }
    }

    /** The same table without the columns that are empty on every row: an empty column needs no paper. */
    public PrintedTable withoutEmptyColumns() {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int col = c;
            if (rows.stream().anyMatch(r -> !r.cells().get(col).isBlank())) {
                kept.add(c);
            }
        }
        if (kept.size() == columns.size() || kept.isEmpty()) {
            return this;
        }
        List<Column> cols = kept.stream().map(columns::get).toList();
        List<Row> rs = rows.stream().map(r -> new Row(kept.stream().map(r.cells()::get).toList(), r.group())).toList();
        return new PrintedTable(title, lines, cols, rs);
    }

    /** True when row {@code index} is the first of its group, so its grouped cells are printed. */
    public boolean startsGroup(int index) {
        return index == 0 || rows.get(index - 1).group() != rows.get(index).group();
    }

    /** The cells of row {@code index} as printed: grouped cells only on the first row of a group. */
    public List<String> printed(int index) {
        if (startsGroup(index)) {
            return rows.get(index).cells();
        }
        List<String> out = new ArrayList<>(rows.get(index).cells());
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).grouped()) {
                out.set(c, "");
            }
        }
        return out;
    }

    /** The cells of row {@code index} at the top of a page its group continues on: grouped cells marked continued. */
    public List<String> continued(int index) {
        List<String> out = new ArrayList<>(rows.get(index).cells());
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).grouped() && !out.get(c).isBlank()) {
                out.set(c, CONTINUED + out.get(c));
            }
        }
        return out;
    }

    /** Index of the last row of the group that starts at {@code index}. */
    public int groupEnd(int index) {
        int end = index;
        while (end + 1 < rows.size() && rows.get(end + 1).group() == rows.get(index).group()) {
            end++;
        }
        return end;
    }
}
