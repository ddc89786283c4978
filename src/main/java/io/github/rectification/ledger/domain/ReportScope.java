package io.github.rectification.ledger.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of the ledger a report counts: the whole ledger, or chosen inspections with their
 * problems, their measures and the register records (问责, 建章立制) linked to their problems. A
 * register record linked to no problem belongs to no inspection: it counts in the whole ledger only,
 * which is also what a scope holding every inspection of the ledger is.
 *
 * @param inspectionIds the chosen inspections; empty for the whole ledger
 */
public record ReportScope(Set<Long> inspectionIds) {
    public static final ReportScope WHOLE = new ReportScope(Set.of());

    public ReportScope {
        inspectionIds = Set.copyOf(new LinkedHashSet<>(inspectionIds));
    }

    /** The chosen inspections; the whole ledger when none is given. */
    public static ReportScope of(Collection<Long> inspectionIds) {
        return new ReportScope(new LinkedHashSet<>(inspectionIds));
    }

    public static ReportScope of(long inspectionId) {
        return new ReportScope(Set.of(inspectionId));
    }

    /** Whether the scope is the whole ledger whatever inspections it has. */
    public boolean isWhole() {
        return inspectionIds.isEmpty();
    }

    /** Whether the scope holds every inspection of {@code ledger}, so that it is the whole ledger. */
    public boolean coversAll(Ledger ledger) {
        return isWhole() || ledger.inspections().stream().allMatch(i -> inspectionIds.contains(i.id()));
    }

    /** The scope's inspections of {@code ledger}, in the ledger's order. */
    public List<Inspection> inspections(Ledger ledger) {
        return isWhole() ? ledger.inspections()
                : ledger.inspections().stream().filter(i -> inspectionIds.contains(i.id())).toList();
    }

    /** The scope with {@code inspectionId} added or, when it holds it, taken out. */
    public ReportScope toggle(long inspectionId) {
        Set<Long> ids = new LinkedHashSet<>(inspectionIds);
        if (!ids.remove(inspectionId)) {
            ids.add(inspectionId);
        }
        return new ReportScope(ids);
    }

    /** The part of {@code ledger} the scope counts. */
    public Ledger apply(Ledger ledger) {
        if (coversAll(ledger)) {
            return ledger;
        }
        Set<Long> problemIds = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Problem p : ledger.problems()) {
            if (inspectionIds.contains(p.inspectionId())) {
                problemIds.add(p.id());
                problems.add(p);
            }
        }
        List<Measure> measures = ledger.measures().stream().filter(m -> problemIds.contains(m.problemId())).toList();
        return new Ledger(inspections(ledger), problems, measures,
                ledger.accountability().stream().filter(a -> a.problemId() != null && problemIds.contains(a.problemId()))
                        .toList(),
                ledger.institutions().stream().filter(r -> r.problemId() != null && problemIds.contains(r.problemId()))
                        .toList(),
                ledger.struckOffOf(measures));
    }
}
