package io.github.rectification.ledger.ui.grid;

import io.github.rectification.ledger.domain.MeasureField;

/** The columns of the measure grid, in the printed ledger's order; the editable ones name the measure field they set. */
public enum GridColumn {
    SEQ("seq", MeasureField.SEQ),
    CATEGORY("category", null),
    PROBLEM("problem", null),
    TEXT("text", MeasureField.TEXT),
    LEADER("leader", MeasureField.LEADER),
    DEPARTMENT("department", MeasureField.DEPARTMENT),
    SUPPORTING("supporting", MeasureField.SUPPORTING_DEPARTMENTS),
    PERSON("person", MeasureField.PERSON),
    DEADLINE("deadline", MeasureField.DEADLINE),
    PROGRESS("progress", MeasureField.PROGRESS),
    STATUS("status", MeasureField.STATUS),
    COMPLETED_ON("completed", MeasureField.COMPLETED_ON),
    CLOSE_OUT("closeout", null),
    EVIDENCE("evidence", null),
    REMARKS("remarks", MeasureField.REMARKS);

    private final String key;
    private final MeasureField field;

    GridColumn(String key, MeasureField field) {
        this.key = key;
        this.field = field;
    }

    /** The column's name in the bundle ({@code grid.column.<key>}) and its node id ({@code gridColumn-<key>}). */
    public String key() {
        return key;
    }

    /** The measure field the column edits, or null for a column shown only. */
    public MeasureField field() {
        return field;
    }

    public boolean editable() {
        return field != null;
    }
}
