package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.List;
import java.util.Optional;

/**
 * What a 回头看 round carried over from the round it was started from: the origin's name and the
 * measures carried into it. The notice of the round says how many, and how many of them are done.
 */
public record CarriedOver(String origin, List<Long> measures) {
    public CarriedOver {
        measures = List.copyOf(measures);
    }

    /** The carry-over into {@code inspection}, when it is a 回头看 round that carried measures. */
    public static Optional<CarriedOver> of(LedgerStore store, Inspection inspection) {
        Optional<String> origin = store.followUp().originOf(inspection.id()).flatMap(store.inspections()::inspection)
                .map(Inspection::name);
        List<Long> carried = store.followUp().carriedMeasures(inspection.id());
        return origin.isEmpty() || carried.isEmpty() ? Optional.empty()
                : Optional.of(new CarriedOver(origin.get(), carried));
    }
}
