package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.MeasureValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct short values of a sheet's measures, which size its columns, worked out from the
 * measures an {@link ExportPlan} holds: the same values the store would give, from the same moment
 * of the ledger, without asking it a second time.
 */
final class DistinctValues {
    private DistinctValues() {
    }

    static MeasureValues of(List<ExportPlan.MeasureRow> rows) {
        Set<String> leaders = new LinkedHashSet<>();
        Set<String> departments = new LinkedHashSet<>();
        Set<List<String>> supporting = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        Set<io.github.rectification.ledger.domain.Deadline> deadlines = new LinkedHashSet<>();
        Set<java.time.LocalDate> completed = new LinkedHashSet<>();
        Set<String> remarks = new LinkedHashSet<>();
        for (ExportPlan.MeasureRow r : rows) {
            Measure m = r.measure();
            leaders.add(m.leader());
            departments.add(m.department());
            supporting.add(m.supportingDepartments());
            persons.add(m.person());
            deadlines.add(m.deadline());
            if (m.completedOn() != null) {
                completed.add(m.completedOn());
            }
            remarks.add(m.remarks());
        }
        return new MeasureValues(leaders, departments, supporting, persons, deadlines, completed, remarks);
    }
}
