package io.github.rectification.ledger.report.quality;

import io.github.rectification.ledger.report.stats.Finding;
import java.util.List;

/**
 * One finding of the quality check: one kind, summarised in a sentence, with the records it
 * concerns: all of them, or the first of them when the check was asked for only so many
 * ({@link QualityCheck#of(io.github.rectification.ledger.store.LedgerStore, java.time.LocalDate, int)}).
 *
 * @param count how many records the finding concerns, those not listed included
 */
public record QualityFinding(Finding.Kind kind, String summary, List<Finding> records, int count) {
    public QualityFinding {
        records = List.copyOf(records);
        if (count < records.size()) {
            throw new IllegalArgumentException("count " + count + " below the " + records.size() + " records listed");
        }
    }

    /** A finding that lists every record it concerns. */
    public QualityFinding(Finding.Kind kind, String summary, List<Finding> records) {
        this(kind, summary, records, records.size());
    }
}
