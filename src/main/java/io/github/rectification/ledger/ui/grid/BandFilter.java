package io.github.rectification.ledger.ui.grid;

import io.github.rectification.ledger.domain.WarningBand;
import java.util.Optional;

/** The grid's filter by deadline band: every measure, one band, or any band (逾期, 临期 or 预警). */
public enum BandFilter {
    ALL,
    OVERDUE,
    DUE_SOON,
    UPCOMING,
    ANY_BAND;

    /** True when a measure in {@code band} (empty: in none) is kept. */
    public boolean keeps(Optional<WarningBand> band) {
        return switch (this) {
            case ALL -> true;
            case OVERDUE -> band.filter(b -> b == WarningBand.OVERDUE).isPresent();
            case DUE_SOON -> band.filter(b -> b == WarningBand.DUE_SOON).isPresent();
            case UPCOMING -> band.filter(b -> b == WarningBand.UPCOMING).isPresent();
            case ANY_BAND -> band.isPresent();
        };
    }
}
