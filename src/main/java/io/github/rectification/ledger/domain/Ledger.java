package io.github.rectification.ledger.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole ledger in memory: what reports, statistics and exports read. Lists are in display order. */
public record Ledger(
        List<Inspection> inspections,
        List<Problem> problems,
        List<Measure> measures,
        List<AccountabilityRecord> accountability,
        List<InstitutionRecord> institutions) {

    public Ledger {
        inspections = List.copyOf(inspections);
        problems = List.copyOf(problems);
        measures = List.copyOf(measures);
        accountability = List.copyOf(accountability);
        institutions = List.copyOf(institutions);
    }

    public static Ledger empty() {
        return new Ledger(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Measures grouped by their problem's id, each list in display order. */
    public Map<Long, List<Measure>> measuresByProblem() {
        Map<Long, List<Measure>> map = new HashMap<>();
        for (Measure m : measures) {
            map.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m);
        }
        return map;
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
