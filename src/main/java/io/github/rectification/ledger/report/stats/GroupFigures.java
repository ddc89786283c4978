package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.LedgerFigures;

/** The figures of one group of measures (a problem category, a lead department, a leader). */
public record GroupFigures(String name, LedgerFigures figures) {
}
