package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.exchange.layout.Field;

/** The sheet column that holds each field of a measure. */
final class SheetFields {
    private SheetFields() {
    }

    static Field of(MeasureField f) {
        return switch (f) {
            case SEQ -> Field.MEASURE_SEQ;
            case TEXT -> Field.MEASURE;
            case LEADER -> Field.LEADER;
            case DEPARTMENT -> Field.DEPARTMENT;
            case SUPPORTING_DEPARTMENTS -> Field.SUPPORTING;
            case PERSON -> Field.PERSON;
            case DEADLINE -> Field.DEADLINE;
            case STATUS -> Field.STATUS;
            case PROGRESS -> Field.PROGRESS;
            case COMPLETED_ON -> Field.COMPLETED_ON;
            case REMARKS -> Field.REMARKS;
        };
    }
}
