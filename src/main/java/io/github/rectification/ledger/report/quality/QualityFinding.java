package io.github.rectification.ledger.report.quality;

import io.github.rectification.ledger.report.stats.Finding;
import java.util.List;

/** One finding of the quality check: one kind, summarised in a sentence, with every record it concerns. */
public record QualityFinding(Finding.Kind kind, String summary, List<Finding> records) {
    public QualityFinding {
        records = List.copyOf(records);
    }
}
