package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --inspection ID}… and {@code --all} options of the reports: the part of the ledger they count. */
final class ScopeOption {
    @Option(names = "--inspection", paramLabel = "ID", description = "只统计这个巡察（可重复给出多个；编号见 dump）")
    List<Long> inspections;

    @Option(names = "--all", description = "统计整个台账（全部巡察，及未关联问题的问责和制度）")
    boolean all;

    /** The scope the options name, each id checked against the ledger; {@code fallback} when none is given. */
    ReportScope scope(LedgerStore store, ReportScope fallback) throws RejectedInputException {
        if (all) {
            return ReportScope.WHOLE;
        }
        if (inspections == null || inspections.isEmpty()) {
            return fallback;
        }
        List<Long> ids = new ArrayList<>();
        for (long id : inspections) {
            ids.add(Inspections.require(store, id).id());
        }
        return ReportScope.of(ids);
    }
}
