package io.github.rectification.ledger.ui.grid;

import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;

/**
 * One measure as a row of the grid, with its problem, its evidence count and close-out state. Immutable: an edit gives a new row.
 */
public final class GridRow {
    private final Measure measure;
    private final Problem problem;
    private final int evidence;
    private final CloseOutState closeOut;

    public GridRow(Measure measure, Problem problem, int evidence, CloseOutState closeOut) {
        this.measure = measure;
        this.problem = problem;
        this.evidence = evidence;
        this.closeOut = closeOut;
    }

    public Measure measure() {
        return measure;
    }

    public Problem problem() {
        return problem;
    }

    public long measureId() {
        return measure.id();
    }

    public int evidence() {
        return evidence;
    }

    public CloseOutState closeOut() {
        return closeOut;
    }

    GridRow with(Measure m) {
        return new GridRow(m, problem, evidence, closeOut);
    }

    /** The cell's text as the grid shows and copies it; problem cells hold text on every row. */
    public String text(GridColumn column) {
        return switch (column) {
            case CATEGORY -> nz(problem.category());
            case PROBLEM -> problemText();
            case CLOSE_OUT -> closeOut == null ? "" : closeOut.word();
            case EVIDENCE -> Integer.toString(evidence);
            default -> CellValues.format(column.field(), measure);
        };
    }

    /** True when the column shows the problem's fields, written once over the problem's rows. */
    public static boolean problemColumn(GridColumn column) {
        return column == GridColumn.CATEGORY || column == GridColumn.PROBLEM;
    }

    private String problemText() {
        String seq = nz(problem.seq());
        String title = nz(problem.title());
        return seq.isEmpty() ? title : seq + title;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
