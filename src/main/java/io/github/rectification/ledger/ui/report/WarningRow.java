package io.github.rectification.ledger.ui.report;

import io.github.rectification.ledger.domain.DeadlineWarning;

/** A row of a warning list: a group heading (department or leader) with its count, or one warning. */
record WarningRow(String group, int count, DeadlineWarning warning) {
    static WarningRow heading(String group, int count) {
        return new WarningRow(group, count, null);
    }

    static WarningRow of(DeadlineWarning w) {
        return new WarningRow(null, 0, w);
    }

    boolean isHeading() {
        return warning == null;
    }
}
