package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --inspection ID}… and {@code --all} options of the reports: the part of the ledger they
 * count. Their help comes from the command line's messages, in the program's language.
 */
final class ScopeOption {
    @Option(names = "--inspection", paramLabel = "ID", descriptionKey = "option.scope.inspection")
    List<Long> inspections;

    @Option(names = "--all", descriptionKey = "option.scope.all")
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
