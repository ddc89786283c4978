package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The part of a ledger one notice reports: one inspection with its problems, measures and registers. */
final class NoticeScope {
    private NoticeScope() {
    }

    /** The inspection a notice reports when none is named: the last one of the ledger. */
    static Inspection defaultInspection(Ledger ledger) {
        if (ledger.inspections().isEmpty()) {
            throw new IllegalArgumentException("台账中没有巡察轮次,无法起草通报");
        }
        return ledger.inspections().get(ledger.inspections().size() - 1);
    }

    /**
     * The ledger of one inspection. Register records linked to its problems belong to it; records
     * linked to no problem belong to it when it is the only inspection or the last one.
     */
    static Ledger of(Ledger ledger, Inspection inspection) {
        if (ledger.inspections().size() == 1) {
            return ledger;
        }
        Set<Long> problemIds = new HashSet<>();
        for (Problem p : ledger.problems()) {
            if (p.inspectionId() == inspection.id()) {
                problemIds.add(p.id());
            }
        }
        boolean last = defaultInspection(ledger).id() == inspection.id();
        List<Problem> problems = ledger.problems().stream().filter(p -> problemIds.contains(p.id())).toList();
        List<AccountabilityRecord> acc = ledger.accountability().stream()
                .filter(a -> a.problemId() == null ? last : problemIds.contains(a.problemId())).toList();
        List<InstitutionRecord> inst = ledger.institutions().stream()
                .filter(r -> r.problemId() == null ? last : problemIds.contains(r.problemId())).toList();
        return new Ledger(List.of(inspection), problems,
                ledger.measures().stream().filter(m -> problemIds.contains(m.problemId())).toList(), acc, inst);
    }
}
