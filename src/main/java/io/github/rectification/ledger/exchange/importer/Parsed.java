package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.exchange.layout.Field;
import java.util.List;
import java.util.Map;

/** What the reader hands the reconciler, record by record, in workbook order. */
sealed interface Parsed {

    /**
     * A measure sheet begins: the inspection it holds. {@code uid} is the exported stable id, if any;
     * the flags say which optional columns the sheet has (a record's field without a column is kept);
     * {@code columns} gives each field's column.
     */
    record InspectionSheet(String sheet, Inspection inspection, String uid, boolean hasCompletedOn,
            boolean hasSupporting, boolean hasMeasureSeq, boolean hasProblemDescription,
            Map<Field, Integer> columns) implements Parsed {
    }

    /** One measure row. */
    record MeasureRow(int row, String uid, Measure measure) {
    }

    /** A problem with its measure rows, complete. */
    record ProblemRows(String sheet, int row, String uid, String parentUid, Problem problem,
            List<MeasureRow> measures) implements Parsed {
    }

    /** One row of the accountability register. */
    record AccountabilityRow(String sheet, int row, String uid, AccountabilityRecord record, String relatedProblem)
            implements Parsed {
    }

    /** One row of the institution register. */
    record InstitutionRow(String sheet, int row, String uid, InstitutionRecord record, String relatedProblem)
            implements Parsed {
    }

    /** A register sheet was read (its records can be matched for deletion). */
    record RegisterSheet(String sheet, String table) implements Parsed {
    }

    /** The end of the workbook. */
    record End() implements Parsed {
    }
}
