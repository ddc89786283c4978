package io.github.rectification.ledger.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole ledger in memory: what reports, statistics and exports read. Lists are in display order.
 *
 * @param struckOff the ids of the measures whose close-out (销号) is 已销号, which the counting rule's
 *                  销号 part reads ({@link #countsAsDone})
 */
public record Ledger(
        List<Inspection> inspections,
        List<Problem> problems,
        List<Measure> measures,
        List<AccountabilityRecord> accountability,
        List<InstitutionRecord> institutions,
        Set<Long> struckOff) {

    public Ledger {
        inspections = List.copyOf(inspections);
        problems = List.copyOf(problems);
        measures = List.copyOf(measures);
        accountability = List.copyOf(accountability);
        institutions = List.copyOf(institutions);
        struckOff = struckOff == null ? Set.of() : Set.copyOf(struckOff);
    }

    /** A ledger none of whose measures is struck off. */
    public Ledger(List<Inspection> inspections, List<Problem> problems, List<Measure> measures,
            List<AccountabilityRecord> accountability, List<InstitutionRecord> institutions) {
        this(inspections, problems, measures, accountability, institutions, Set.of());
    }

    public static Ledger empty() {
        return new Ledger(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** This ledger with the measures of these ids struck off (已销号), and no others. */
    public Ledger withStruckOff(Set<Long> ids) {
        return new Ledger(inspections, problems, measures, accountability, institutions, ids);
    }

    /** Whether {@code m}, a measure of this ledger, counts as done under {@code rule}. */
    public boolean countsAsDone(Measure m, CountingRule rule) {
        return rule.countsAsDone(m.status(), struckOff.contains(m.id()));
    }

    /** Measures grouped by their problem's id, each list in display order. */
    public Map<Long, List<Measure>> measuresByProblem() {
        Map<Long, List<Measure>> map = new HashMap<>();
        for (Measure m : measures) {
            map.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m);
        }
        return map;
    }

    /**
     * The part of this ledger that holds the measures a test keeps: those measures, their problems
     * and the parents of those, the inspections; no registers. Figures of a slice count the same way
     * as those of the whole.
     */
    public Ledger slice(java.util.function.Predicate<Measure> keep) {
        List<Measure> kept = new ArrayList<>();
        java.util.Set<Long> problemIds = new java.util.HashSet<>();
        for (Measure m : measures) {
            if (keep.test(m)) {
                kept.add(m);
                problemIds.add(m.problemId());
            }
        }
        Map<Long, Problem> byId = new HashMap<>();
        problems.forEach(p -> byId.put(p.id(), p));
        java.util.Set<Long> withParents = new java.util.HashSet<>();
        for (Long id : problemIds) {
            for (Problem p = byId.get(id); p != null && withParents.add(p.id());
                    p = p.parentId() == null ? null : byId.get(p.parentId())) {
                // walk up to the top-level problem
            }
        }
        List<Problem> keptProblems = problems.stream().filter(p -> withParents.contains(p.id())).toList();
        return new Ledger(inspections, keptProblems, kept, List.of(), List.of(), struckOffOf(kept));
    }

    /** This ledger with the measures of the given ids replaced by the given versions, in place. */
    public Ledger withMeasures(Map<Long, Measure> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        List<Measure> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            out.add(replacements.getOrDefault(m.id(), m));
        }
        return new Ledger(inspections, problems, out, accountability, institutions, struckOff);
    }

    /** The ids of {@code kept} that are struck off: what a part of this ledger carries. */
    public Set<Long> struckOffOf(List<Measure> kept) {
        if (struckOff.isEmpty()) {
            return Set.of();
        }
        Set<Long> out = new java.util.HashSet<>();
        for (Measure m : kept) {
            if (struckOff.contains(m.id())) {
                out.add(m.id());
            }
        }
        return out;
    }

    /** Problems of one inspection in display order (top-level and sub-problems alike). */
    public List<Problem> problemsOf(long inspectionId) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            if (p.inspectionId() == inspectionId) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
