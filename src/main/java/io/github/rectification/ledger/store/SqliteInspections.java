package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link InspectionRepository} in the ledger's SQLite file, tables {@code inspection}, {@code problem}
 * and {@code measure}, searched through {@link LedgerSearch}; removes and restores are {@link RecordRemoval}'s,
 * moves {@link SiblingMove}'s, the tree's figures {@link TreeCounts}'.
 */
final class SqliteInspections implements InspectionRepository {
    private final Database db;
    private final LedgerStore store;

    SqliteInspections(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Inspection> all() {
        return db.read(InspectionTable::all);
    }

    @Override
    public Map<Long, String> sourceSheets() {
        return db.read(InspectionTable::sourceSheets);
    }

    @Override
    public Optional<Inspection> inspection(long id) {
        return db.read(c -> InspectionTable.get(c, id));
    }

    @Override
    public List<Problem> problems(long inspectionId, Long parentId) {
        return db.read(c -> ProblemTable.children(c, inspectionId, parentId));
    }

    @Override
    public List<Problem> problemsInOrder(long inspectionId) {
        return db.read(c -> {
            List<Problem> out = new ArrayList<>();
            ProblemTable.inOrder(c, inspectionId, null, out);
            return out;
        });
    }

    @Override
    public Optional<Problem> problem(long id) {
        return db.read(c -> ProblemTable.get(c, id));
    }

    @Override
    public List<Measure> measures(long problemId) {
        return db.read(c -> MeasureTable.ofProblem(c, problemId));
    }

    @Override
    public void forEachMeasure(Iterable<Long> problemIds, MeasureVisitor visitor) {
        db.read(c -> {
            MeasureStream.forEach(c, problemIds, visitor);
            return null;
        });
    }

    @Override
    public Map<Long, Integer> measureCounts(long inspectionId) {
        return db.read(c -> SqliteMeasureValues.counts(c, inspectionId));
    }

    @Override
    public MeasureValues measureValues(long inspectionId) {
        return db.read(c -> SqliteMeasureValues.of(c, inspectionId));
    }

    @Override
    public Optional<Measure> measure(long id) {
        return db.read(c -> MeasureTable.get(c, id));
    }

    @Override
    public MeasureCounts counts(io.github.rectification.ledger.domain.CountingRule rule, LocalDate day) {
        return db.read(c -> CountingSql.counts(c, rule, day));
    }

    @Override
    public BreakdownCounts breakdowns(io.github.rectification.ledger.domain.CountingRule rule, LocalDate day,
            io.github.rectification.ledger.domain.WarningBands bands,
            Map<Grouping, java.util.function.UnaryOperator<String>> names, int limit, java.util.Set<MeasureCheck> checks,
            java.time.Instant staleBefore) {
        // the duplicates need a sort of every measure's words: on a second connection, beside the read of the rest
        java.util.concurrent.CompletableFuture<List<long[]>> duplicates = checks.contains(MeasureCheck.DUPLICATE_MEASURE)
                ? db.readAlongside("duplicate-measures", CountingSql::duplicates)
                : java.util.concurrent.CompletableFuture.completedFuture(List.of());
        return db.read(c -> CountingSql.breakdowns(c, rule, day, bands, names, limit, checks, staleBefore, duplicates));
    }

    @Override
    public List<String> writtenDepartments() {
        return db.read(CountingSql::departments);
    }

    @Override
    public List<Long> withDepartments(Collection<String> names) {
        return db.read(c -> CountingSql.withDepartments(c, names));
    }

    @Override
    public Ledger snapshot() {
        return snapshot(false);
    }

    @Override
    public Ledger countableSnapshot() {
        return snapshot(true);
    }

    @Override
    public Map<Long, Measure> measures(Collection<Long> ids) {
        String all = idArray(ids);
        return db.read(c -> MeasureTable.list(c, "WHERE m.id " + IN_ID_ARRAY, all).stream()
                .collect(java.util.stream.Collectors.toMap(Measure::id, m -> m)));
    }

    @Override
    public Map<Long, Problem> problems(Collection<Long> ids) {
        String all = idArray(ids);
        return db.read(c -> ProblemTable.list(c, "WHERE p.id " + IN_ID_ARRAY, all).stream()
                .collect(java.util.stream.Collectors.toMap(Problem::id, p -> p)));
    }

    /** One of the ids of a JSON array bound once ({@link #idArray}): one statement for any number of ids. */
    private static final String IN_ID_ARRAY = "IN (SELECT value FROM json_each(?))";

    private static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Override
    public Map<String, Measure> measuresByUid(Collection<String> uids) {
        return byUid("m.uid", new ArrayList<>(new LinkedHashSet<>(uids)));
    }

    /** The measures whose {@code column} is one of {@code values}, by stable id. */
    private Map<String, Measure> byUid(String column, List<?> values) {
        return db.read(c -> {
            Map<String, Measure> out = new HashMap<>();
            for (int from = 0; from < values.size(); from += 500) {
                List<?> chunk = values.subList(from, Math.min(values.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT m.uid, " + MeasureTable.COLUMNS
                        + " FROM measure m WHERE " + column + " IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), MeasureTable.map(rs));
                        }
                    }
                }
            }
            return out;
        });
    }

    private Ledger snapshot(boolean countableOnly) {
        return db.read(c -> {
            List<Inspection> inspections = InspectionTable.all(c);
            List<Problem> problems = new ArrayList<>();
            for (Inspection i : inspections) {
                ProblemTable.inOrder(c, i.id(), null, problems);
            }
            String order = "ORDER BY m.problem_id, m.sort_order, m.id";
            List<Measure> all = countableOnly ? MeasureTable.countable(c, order) : MeasureTable.list(c, order);
            Map<Long, List<Measure>> byProblem = new HashMap<>();
            for (Measure m : all) {
                byProblem.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m);
            }
            List<Measure> measures = new ArrayList<>(all.size());
            for (Problem p : problems) {
                measures.addAll(byProblem.getOrDefault(p.id(), List.of()));
            }
            return new Ledger(inspections, problems, measures, RegisterTables.accountability(c),
                    RegisterTables.institutions(c), struckOff(c));
        });
    }

    /**
     * The ids of the measures whose close-out is 已销号, in the same read as the snapshot: what the
     * counting rule's 销号 part counts from. A close-out whose measure was deleted names no id.
     */
    private static Set<Long> struckOff(Connection c) throws SQLException {
        if (!Tables.exists(c, "closeout")) {
            return Set.of();
        }
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id FROM closeout o JOIN measure m"
                + " ON m.uid = o.measure_uid WHERE o.state = ?")) {
            ps.setString(1, CloseOutState.CLOSED.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    @Override
    public boolean isEmpty() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM inspection")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
    }

    @Override
    public Map<Long, NodeCounts> inspectionCounts(LocalDate today) {
        return db.read(c -> TreeCounts.ofInspections(c, today));
    }

    @Override
    public Map<Long, NodeCounts> problemCounts(long inspectionId, LocalDate today) {
        return db.read(c -> TreeCounts.ofProblems(c, inspectionId, today));
    }

    @Override
    public Map<String, Integer> departments() {
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT department, count(*) n FROM measure GROUP BY department ORDER BY n DESC, department")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> usedValues(NamedField field) {
        String table = field == NamedField.CATEGORY ? "problem" : "measure";
        String column = switch (field) {
            case CATEGORY -> "category";
            case LEADER -> "leader";
            case DEPARTMENT -> "department";
            case PERSON -> "person";
        };
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT " + column + ", count(*) n FROM " + table + " WHERE trim(" + column
                            + ") <> '' GROUP BY " + column + " ORDER BY n DESC, " + column)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public List<Measure> measuresOfDepartment(String department) {
        return db.read(c -> MeasureTable.list(c, "JOIN problem p ON p.id = m.problem_id WHERE m.department = ?"
                + " ORDER BY p.inspection_id, p.sort_order, m.sort_order, m.id", department));
    }

    @Override
    public FilterHits find(MeasureFilter filter) {
        return db.read(c -> db.search().find(c, filter));
    }

    @Override
    public void prepareSearch() {
        db.read(c -> {
            db.search().prepare(c, db::secondReader);
            return null;
        });
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Inspection add(Inspection i) {
        return store.logged((c, log) -> {
            Inspection r = InspectionTable.insert(c, i, null);
            return RowChanges.added(log, c, "inspection", r, r.id());
        });
    }

    @Override
    public void update(Inspection i) {
        store.logged((c, log) -> RowChanges.changed(log, c, "inspection", i.id(), ChangeAction.UPDATE,
                () -> InspectionTable.update(c, i)));
    }

    @Override
    public Problem add(Problem p) {
        return store.logged((c, log) -> {
            Problem r = ProblemTable.insert(c, p, null);
            return RowChanges.added(log, c, "problem", r, r.id());
        });
    }

    @Override
    public void update(Problem p) {
        store.logged((c, log) -> RowChanges.changed(log, c, "problem", p.id(), ChangeAction.UPDATE,
                () -> ProblemTable.update(c, p)));
    }

    @Override
    public Measure add(Measure m) {
        return store.logged((c, log) -> {
            Measure r = MeasureTable.insert(c, m, null);
            return RowChanges.added(log, c, "measure", r, r.id());
        });
    }

    @Override
    public void update(Measure m) {
        store.logged((c, log) -> RowChanges.changed(log, c, "measure", m.id(), ChangeAction.UPDATE,
                () -> MeasureTable.update(c, m)));
    }

    @Override
    public Removed removeInspection(long id) {
        return store.logged((c, log) -> RecordRemoval.inspection(c, db, log, store.progress(), id));
    }

    @Override
    public Removed removeProblem(long id) {
        return store.logged((c, log) -> RecordRemoval.problem(c, db, log, store.progress(), id));
    }

    @Override
    public Removed removeMeasure(long id) {
        return store.logged((c, log) -> RecordRemoval.measure(c, db, log, id));
    }

    @Override
    public void restore(Removed r) {
        store.logged((c, log) -> {
            RecordRemoval.restore(c, db, log, store.progress(), r);
            return null;
        });
    }

    @Override
    public boolean moveProblem(long id, int direction) {
        return store.logged((c, log) -> SiblingMove.PROBLEMS.move(c, log, id, direction));
    }

    @Override
    public boolean moveMeasure(long id, int direction) {
        return store.logged((c, log) -> SiblingMove.MEASURES.move(c, log, id, direction));
    }
}
