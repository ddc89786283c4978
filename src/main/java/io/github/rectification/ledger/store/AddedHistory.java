package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "add" of the records a bulk write added, read from {@code history_added}: the runs of ids
 * under a history row of the write ({@link ChangeLog#bulkEntry}; one for the adds before each of
 * its updates). A record there has no "add" row
 * of its own, and its history reads one made from the run: the write's time, author and source,
 * the record's inspection as the run names it, and its summary then ({@link AddedSummary}). A record
 * that has an "add" row of its own (one added later by hand under an id a bulk write once gave and
 * lost to a removal) is not one of the run's. Bulk writes never give an id a run already names.
 */
final class AddedHistory {
    /** The table name of a bulk write's own history row: it names no record. */
    static final String ENTRY_TABLE = "added";
    static final String TABLE = "history_added";

    private AddedHistory() {
    }

    private record Entry(long id, Instant at, String who, String source) {
    }

    private record Run(long id, Entry entry, String table, Long inspectionId, long first, long last) {
    }

    /** A record of a run: its id, and its summary now (null once it is deleted). */
    private record Named(long id, String summary) {
    }

    /**
     * SQL for when a bulk write added record {@code id} (an SQL expression) of {@code table}, or NULL:
     * for a record that has history rows of its own, their newest time is the later one.
     */
    static String addedAt(String table, String id) {
        return "(SELECT e.at FROM " + TABLE + " a JOIN history e ON e.id = a.history_id WHERE a.id = " + runOf(table, id)
                + " AND a.last_id >= " + id + ")";
    }

    /**
     * SQL for the run that may hold record {@code id} of {@code table}: the one that starts nearest
     * below it, found in the index (runs never overlap); it holds the record when it ends at or after it.
     */
    private static String runOf(String table, String id) {
        return "(SELECT b.id FROM " + TABLE + " b WHERE b.table_name = '" + table + "' AND b.first_id <= " + id
                + " ORDER BY b.first_id DESC LIMIT 1)";
    }

    /**
     * SQL, true when a bulk write after history row {@code ?} (the next parameter) added record
     * {@code id} (an SQL expression) of {@code table}.
     */
    static String addedAfter(String table, String id) {
        return "EXISTS (SELECT 1 FROM " + TABLE + " a WHERE a.id = " + runOf(table, id) + " AND a.last_id >= " + id
                + " AND a.history_id > ?)";
    }

    /** The history of one record, its own rows {@code own} (oldest first) with its "add" from a run. */
    static List<HistoryEntry> withAdd(Connection c, RecordKind kind, String uid, List<HistoryEntry> own)
            throws SQLException {
        String table = RecordTables.of(kind);
        if (summaryColumn(table) == null || own.stream().anyMatch(e -> e.action() == ChangeAction.ADD)
                || !Tables.exists(c, TABLE)) {
            return own;
        }
        Long id = null;
        String current = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + ChangeLog.cut(summaryColumn(table)) + " FROM "
                + table + " WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                    current = rs.getString(2);
                }
            }
        }
        if (id == null && !own.isEmpty()) {
            id = own.get(0).recordId();
        }
        if (id == null) {
            return own;
        }
        Optional<Run> run = runOf(c, table, id);
        if (run.isEmpty()) {
            return own;
        }
        List<HistoryEntry> out = new ArrayList<>(own.size() + 1);
        out.add(entry(run.get(), kind, id, uid, AddedSummary.of(summaryColumn(table), own, current)));
        out.addAll(own);
        out.sort(Comparator.comparingLong(HistoryEntry::id));
        return out;
    }

    /**
     * The history of an inspection: its rows {@code own} (oldest first) with the "add" of every
     * record a run names in it, those deleted since included, in the order a record-by-record write
     * would have written them.
     */
    static List<HistoryEntry> withAdds(Connection c, long inspectionId, List<HistoryEntry> own) throws SQLException {
        if (!Tables.exists(c, TABLE)) {
            return own;
        }
        List<Run> runs = runsOf(c, inspectionId);
        if (runs.isEmpty()) {
            return own;
        }
        Map<Long, Map<String, List<HistoryEntry>>> rowsByRun = rowsInRuns(c, inspectionId);
        List<HistoryEntry> out = new ArrayList<>(own);
        for (Run run : runs) {
            String column = summaryColumn(run.table());
            RecordKind kind = RecordTables.kindOf(run.table());
            Map<String, List<HistoryEntry>> rowsByUid = rowsByRun.getOrDefault(run.id(), Map.of());
            // the records of the run: those in the table, and those deleted since, named by their rows
            Map<String, Named> records = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uid, " + ChangeLog.cut(column) + " FROM "
                    + run.table() + " WHERE id BETWEEN ? AND ?")) {
                ps.setLong(1, run.first());
                ps.setLong(2, run.last());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        records.put(rs.getString(2), new Named(rs.getLong(1), rs.getString(3)));
                    }
                }
            }
            rowsByUid.forEach((uid, rows) -> records.putIfAbsent(uid, new Named(rows.get(0).recordId(), null)));
            List<HistoryEntry> adds = new ArrayList<>();
            records.forEach((uid, named) -> {
                List<HistoryEntry> rows = rowsByUid.getOrDefault(uid, List.of());
                if (rows.stream().noneMatch(h -> h.action() == ChangeAction.ADD)) {
                    adds.add(entry(run, kind, named.id(), uid, AddedSummary.of(column, rows, named.summary())));
                }
            });
            adds.sort(Comparator.comparingLong(HistoryEntry::recordId));
            out.addAll(adds);
        }
        out.sort(Comparator.comparingLong(HistoryEntry::id));
        return out;
    }

    private static HistoryEntry entry(Run run, RecordKind kind, long id, String uid, String summary) {
        return new HistoryEntry(run.entry().id(), run.entry().at(), run.entry().who(), kind, id, uid,
                run.inspectionId(), ChangeAction.ADD, null, null, summary, run.entry().source());
    }

    private static Optional<Run> runOf(Connection c, String table, long id) throws SQLException {
        List<Run> runs = runs(c, "a.id = " + runOf(table, "?"), id);
        return runs.stream().filter(r -> r.last() >= id).findFirst();
    }

    /** The runs of an inspection, by write; within a write the problems first, as they were written. */
    private static List<Run> runsOf(Connection c, long inspectionId) throws SQLException {
        return runs(c, "a.inspection_id = ? ORDER BY a.history_id, a.table_name = 'measure', a.first_id", inspectionId);
    }

    private static List<Run> runs(Connection c, String where, Object... args) throws SQLException {
        List<Run> out = new ArrayList<>();
        Map<Long, Entry> entries = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.at, e.who, e.source, a.table_name,"
                + " a.inspection_id, a.first_id, a.last_id, a.id FROM " + TABLE + " a JOIN history e ON e.id = a.history_id"
                + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long entryId = rs.getLong(1);
                    Entry e = entries.get(entryId);
                    if (e == null) {
                        e = new Entry(entryId, Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4));
                        entries.put(entryId, e);
                    }
                    out.add(new Run(rs.getLong(9), e, rs.getString(5), Sql.nullableLong(rs, "inspection_id"),
                            rs.getLong(7), rs.getLong(8)));
                }
            }
        }
        return out;
    }

    /**
     * The own history rows of every record whose id a run of the inspection names, by run and uid,
     * oldest first: only the rows after each run's history row are read, as a record's own rows
     * follow its add.
     */
    private static Map<Long, Map<String, List<HistoryEntry>>> rowsInRuns(Connection c, long inspectionId)
            throws SQLException {
        Map<Long, Map<String, List<HistoryEntry>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HistoryTable.COLUMNS + ", a.id FROM " + TABLE
                + " a JOIN history h ON h.id > a.history_id AND h.table_name = a.table_name"
                + " AND h.record_id BETWEEN a.first_id AND a.last_id WHERE a.inspection_id = ? ORDER BY h.id")) {
            ps.setLong(1, inspectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HistoryEntry e = HistoryTable.entry(rs);
                    out.computeIfAbsent(rs.getLong(13), r -> new LinkedHashMap<>())
                            .computeIfAbsent(e.recordUid(), u -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }

    /** The column a record's summary is made of, for the tables a bulk write names by runs; else null. */
    private static String summaryColumn(String table) {
        return switch (table) {
            case "problem" -> "title";
            case "measure" -> "text";
            default -> null;
        };
    }
}
