package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.WarningBand;
import java.util.Optional;

/**
 * A measure not yet done (in progress or not started), with its problem and its deadline band.
 *
 * @param band     the band, or null when the deadline is further ahead or has no date
 * @param daysLeft days to the deadline (negative: overdue), or null when the deadline has no date
 */
public record OpenMeasure(Measure measure, Problem problem, WarningBand band, Long daysLeft) {

    public Optional<WarningBand> warning() {
        return Optional.ofNullable(band);
    }

    public boolean overdue() {
        return band == WarningBand.OVERDUE;
    }
}
