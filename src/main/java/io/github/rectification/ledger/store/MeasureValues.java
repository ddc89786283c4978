package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The distinct values of the short fields of an inspection's measures, for a writer to size its
 * columns before it writes the measures one by one: one pass of the database, far cheaper than
 * reading the measures twice (in SQLite: {@code SqliteMeasureValues}).
 *
 * @param supportingDepartments each distinct list of supporting departments
 */
public record MeasureValues(Set<String> leaders, Set<String> departments, Set<List<String>> supportingDepartments,
        Set<String> persons, Set<Deadline> deadlines, Set<LocalDate> completionDates, Set<String> remarks) {
}
