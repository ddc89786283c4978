package io.github.rectification.ledger.ui.grid;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.table.PrintedTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid as it is shown, as a table to print: the rows in the order and with the filters of the
 * window, the columns shown with their widths, problem cells once over their measures.
 */
final class GridPrint {
    private GridPrint() {
    }

    /** What the grid shows, with the words of its filters; a null or empty filter is not named. */
    record Shown(String scope, String department, String leader, Status status, String band, String text) {
    }

    /**
     * @param widths the columns' widths on screen, in the order of {@code columns}; the paper is
     *               shared in the same proportions
     */
    static PrintedTable of(List<GridRow> rows, List<GridColumn> columns, List<Double> widths, Shown shown,
            LocalDate day) {
        List<PrintedTable.Column> cols = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            GridColumn c = columns.get(i);
            cols.add(new PrintedTable.Column(GridViewModel.columnName(c), Math.max(1, widths.get(i)),
                    GridRow.problemColumn(c)));
        }
        List<PrintedTable.Row> out = new ArrayList<>(rows.size());
        for (GridRow r : rows) {
            List<String> cells = new ArrayList<>(columns.size());
            for (GridColumn c : columns) {
                cells.add(c == GridColumn.EVIDENCE && r.evidence() == 0 ? "" : r.text(c));
            }
            out.add(new PrintedTable.Row(cells, r.problem().id()));
        }
        return new PrintedTable(lang("grid.print.title", shown.scope()), lines(shown, rows.size(), day), cols, out);
    }

    private static List<String> lines(Shown s, int count, LocalDate day) {
        List<String> filters = new ArrayList<>();
        if (present(s.department())) {
            filters.add(lang("grid.print.filter.department", s.department()));
        }
        if (present(s.leader())) {
            filters.add(lang("grid.print.filter.leader", s.leader()));
        }
        if (s.status() != null) {
            filters.add(lang("grid.print.filter.status", s.status().word()));
        }
        if (present(s.band())) {
            filters.add(lang("grid.print.filter.band", s.band()));
        }
        if (present(s.text())) {
            filters.add(lang("grid.print.filter.text", s.text().strip()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(filters.isEmpty() ? lang("grid.print.unfiltered")
                : lang("grid.print.filters", String.join(lang("grid.print.separator"), filters)));
        lines.add(lang("grid.print.count", count, day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        return lines;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
