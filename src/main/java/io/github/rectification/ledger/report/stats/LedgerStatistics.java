package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.WarningBands;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard, the command line, the printed summary and the notice report, computed
 * once from one ledger on one day under one counting rule.
 *
 * @param open      measures not yet done, by deadline (most overdue first); those without a date last
 * @param directory the directory the lead departments were counted by ({@link DirectoryLookup#EMPTY}: none)
 */
public record LedgerStatistics(
        Ledger ledger,
        LocalDate day,
        WarningBands bands,
        LedgerFigures figures,
        List<GroupFigures> byCategory,
        List<GroupFigures> byDepartment,
        List<GroupFigures> byLeader,
        List<DeadlineWarning> warnings,
        List<OpenMeasure> open,
        DirectoryLookup directory) {

    public LedgerStatistics {
        byCategory = List.copyOf(byCategory);
        byDepartment = List.copyOf(byDepartment);
        byLeader = List.copyOf(byLeader);
        warnings = List.copyOf(warnings);
        open = List.copyOf(open);
        directory = directory == null ? DirectoryLookup.EMPTY : directory;
    }

    /** The lead department a measure is counted under, as {@link #byDepartment} counts it. */
    public String departmentOf(Measure m) {
        return Breakdowns.departmentOf(m, directory);
    }

    /** The rate with its rule, as printed: "99.31%（按整改措施计算，…）". */
    public String rateWithRule() {
        return figures.rate().formatted() + "（" + figures.ruleText() + "）";
    }
}
