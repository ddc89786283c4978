package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Removing an inspection, a problem or a measure with everything under it, and putting it back. A
 * remove copies every row it takes, and the register records whose links it clears, into the
 * connection's held tables ({@link HeldRows}), writes their history rows from those copies and
 * deletes the rows, measures before problems before the inspection; the restore copies them back,
 * with the same ids, stable ids, columns and links. Each is one {@code INSERT … SELECT} or {@code
 * DELETE} per chunk of {@link #CHUNK} rows, so that nothing is read into Java row by row and the
 * {@link Progress} hears after each chunk. Each runs inside the caller's transaction with its
 * history rows.
 */
final class RecordRemoval {
    /** Rows per statement of a large remove or restore: each chunk reports its progress. */
    static final int CHUNK = 5_000;

    private RecordRemoval() {
    }

    /** Deletes an inspection with all its problems and measures. */
    static Removed inspection(Connection c, Database db, ChangeLog log, Progress progress, long id)
            throws SQLException {
        if (single(c, "SELECT id FROM inspection WHERE id = ?", id) == null) {
            throw new SQLException("no inspection " + id);
        }
        String problems = "inspection_id = ?";
        return remove(c, db, log, progress, id, problems, new Object[] {id}, true);
    }

    /** Deletes a problem with its sub-problems and measures. */
    static Removed problem(Connection c, Database db, ChangeLog log, Progress progress, long id) throws SQLException {
        Long inspection = single(c, "SELECT inspection_id FROM problem WHERE id = ?", id);
        if (inspection == null) {
            throw new SQLException("no problem " + id);
        }
        String problems = "id IN (WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT p.id FROM main.problem p"
                + " JOIN below ON p.parent_id = below.id) SELECT id FROM below)";
        return remove(c, db, log, progress, inspection, problems, new Object[] {id}, false);
    }

    /** Deletes one measure. */
    static Removed measure(Connection c, Database db, ChangeLog log, long id) throws SQLException {
        Long inspection = single(c, "SELECT p.inspection_id FROM measure m JOIN problem p ON p.id = m.problem_id"
                + " WHERE m.id = ?", id);
        if (inspection == null) {
            throw new SQLException("no measure " + id);
        }
        HeldRows held = db.held();
        held.prepare(c, db);
        long n = held.nextRemoval();
        HeldRows.Range none = HeldRows.Range.empty("inspection", n);
        HeldRows.Range problems = HeldRows.Range.empty("problem", n);
        HeldRows.Range measures = held.hold(c, "measure", n, "id = ?", id);
        HeldRows.Range accountability = HeldRows.Range.empty("accountability", n);
        HeldRows.Range institutions = held.hold(c, "institution", n, "measure_id = ?", id);
        List<Row> linked = linkedRows(c, held, accountability, institutions);
        log.heldRows(ChangeAction.REMOVE, measures, inspection, measures.first(), measures.last());
        delete(c, "DELETE FROM measure WHERE id = ?", id);
        logLinks(c, log, linked);
        return new Removed(held, inspection, none, problems, measures, accountability, institutions);
    }

    private static Removed remove(Connection c, Database db, ChangeLog log, Progress progress, long inspection,
            String whichProblems, Object[] args, boolean wholeInspection) throws SQLException {
        HeldRows held = db.held();
        held.prepare(c, db);
        long n = held.nextRemoval();
        Long measureCount = single(c, "SELECT count(*) FROM main.measure WHERE problem_id IN (SELECT id FROM"
                + " main.problem WHERE " + whichProblems + ")", args);
        Long problemCount = single(c, "SELECT count(*) FROM main.problem WHERE " + whichProblems, args);
        long rows = measureCount + problemCount;
        if (rows > SearchFeed.MAX_ROWS) {
            // the search indexes are built again anyway: SQLite need not report each row
            db.followNoRowsOfThisTransaction();
            db.checkpointAfterThisTransaction();
        }
        Work work = new Work(progress, 3 * rows);
        HeldRows.Range insp = wholeInspection ? held.hold(c, "inspection", n, "id = ?", inspection)
                : HeldRows.Range.empty("inspection", n);
        HeldRows.Range problems = held.hold(c, "problem", n, whichProblems, args);
        work.done(problems.count());
        HeldRows.Range measures = problems.count() == 0 ? HeldRows.Range.empty("measure", n)
                : held.hold(c, "measure", n, "problem_id IN (SELECT id FROM temp.held_problem WHERE held BETWEEN ? AND ?)",
                        problems.first(), problems.last());
        work.done(measures.count());
        String inProblems = "(SELECT id FROM temp.held_problem WHERE held BETWEEN ? AND ?)";
        HeldRows.Range accountability = problems.count() == 0 ? HeldRows.Range.empty("accountability", n)
                : held.hold(c, "accountability", n, "problem_id IN " + inProblems, problems.first(), problems.last());
        HeldRows.Range institutions = problems.count() == 0 ? HeldRows.Range.empty("institution", n)
                : held.hold(c, "institution", n, "problem_id IN " + inProblems + " OR measure_id IN (SELECT id FROM"
                        + " temp.held_measure WHERE held BETWEEN ? AND ?)", problems.first(), problems.last(),
                        measures.first(), measures.last());
        List<Row> linked = linkedRows(c, held, accountability, institutions);

        if (wholeInspection) {
            log.removed(Row.require(c, "inspection", inspection));
        }
        inChunks(problems, work, (from, to) -> log.heldRows(ChangeAction.REMOVE, problems, inspection, from, to));
        inChunks(measures, work, (from, to) -> log.heldRows(ChangeAction.REMOVE, measures, inspection, from, to));
        inChunks(measures, work, (from, to) -> delete(c, "DELETE FROM main.measure WHERE id IN (SELECT id FROM"
                + " temp.held_measure WHERE held BETWEEN ? AND ?)", from, to));
        inChunks(problems, work, (from, to) -> delete(c, "DELETE FROM main.problem WHERE id IN (SELECT id FROM"
                + " temp.held_problem WHERE held BETWEEN ? AND ?)", from, to));
        if (wholeInspection) {
            delete(c, "DELETE FROM main.inspection WHERE id = ?", inspection);
        }
        logLinks(c, log, linked);
        return new Removed(held, inspection, insp, problems, measures, accountability, institutions);
    }

    /** Puts back what a remove took away, with the same ids, stable ids, columns and links. */
    static void restore(Connection c, Database db, ChangeLog log, Progress progress, Removed r) throws SQLException {
        HeldRows held = db.held();
        if (r.holder != held) {
            throw new IllegalArgumentException("removed from another ledger, or from this one before it was opened again");
        }
        held.prepare(c, db);
        for (HeldRows.Range range : r.ranges()) {
            held.require(c, range);
        }
        long rows = r.problems.count() + r.measures.count();
        if (rows > SearchFeed.MAX_ROWS) {
            db.followNoRowsOfThisTransaction();
            db.checkpointAfterThisTransaction();
        }
        try (Statement st = c.createStatement()) {
            // a sub-problem may come before its parent: the links are checked at commit
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        Work work = new Work(progress, 2 * rows);
        if (r.inspection.count() > 0) {
            held.putBack(c, r.inspection, r.inspection.first(), r.inspection.last());
            log.restored(Row.require(c, "inspection", r.inspectionId));
        }
        inChunks(r.problems, work, (from, to) -> held.putBack(c, r.problems, from, to));
        inChunks(r.measures, work, (from, to) -> held.putBack(c, r.measures, from, to));
        inChunks(r.problems, work, (from, to) -> log.heldRows(ChangeAction.RESTORE, r.problems, r.inspectionId, from, to));
        inChunks(r.measures, work, (from, to) -> log.heldRows(ChangeAction.RESTORE, r.measures, r.inspectionId, from, to));
        relink(c, log, r.accountability, "problem_id");
        relink(c, log, r.institutions, "problem_id", "measure_id");
        for (HeldRows.Range range : r.ranges()) {
            held.discard(c, range);
        }
        r.restored.set(true);
        db.onRollback(() -> r.restored.set(false));
    }

    /** The register rows whose links a remove is about to clear, as they are before it. */
    private static List<Row> linkedRows(Connection c, HeldRows held, HeldRows.Range... ranges) throws SQLException {
        List<Row> out = new ArrayList<>();
        for (HeldRows.Range r : ranges) {
            for (long id : heldIds(c, r)) {
                out.add(Row.require(c, r.table(), id));
            }
        }
        return out;
    }

    /** The history rows of the links a remove cleared (SQLite cleared them, {@code ON DELETE SET NULL}). */
    private static void logLinks(Connection c, ChangeLog log, List<Row> linked) throws SQLException {
        for (Row before : linked) {
            log.changed(ChangeAction.UPDATE, before, Row.require(c, before.table(), before.id()));
        }
    }

    /** Gives the register records of {@code r} back the links a remove cleared, where they are still empty. */
    private static void relink(Connection c, ChangeLog log, HeldRows.Range r, String... links) throws SQLException {
        if (r.count() == 0) {
            return;
        }
        StringBuilder set = new StringBuilder();
        for (String link : links) {
            if (set.length() > 0) {
                set.append(", ");
            }
            set.append(link).append(" = coalesce(").append(link).append(", (SELECT h.").append(link)
                    .append(" FROM temp.held_").append(r.table()).append(" h WHERE h.held = ?))");
        }
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT held, id FROM temp.held_" + r.table()
                + " WHERE held BETWEEN ? AND ? AND removal = ?")) {
            ps.setLong(1, r.first());
            ps.setLong(2, r.last());
            ps.setLong(3, r.removal());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        for (long[] row : rows) {
            if (Row.read(c, r.table(), row[1]).isEmpty()) {
                continue;
            }
            RowChanges.changed(log, c, r.table(), row[1], ChangeAction.UPDATE, () -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE main." + r.table() + " SET " + set
                        + " WHERE id = ?")) {
                    int i = 1;
                    for (int k = 0; k < links.length; k++) {
                        ps.setLong(i++, row[0]);
                    }
                    ps.setLong(i, row[1]);
                    ps.executeUpdate();
                }
            });
        }
    }

    private static List<Long> heldIds(Connection c, HeldRows.Range r) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (r.count() == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM temp.held_" + r.table()
                + " WHERE held BETWEEN ? AND ? AND removal = ? ORDER BY id")) {
            ps.setLong(1, r.first());
            ps.setLong(2, r.last());
            ps.setLong(3, r.removal());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** One statement over the held keys {@code from} to {@code to}. */
    private interface Chunk {
        void run(long from, long to) throws SQLException;
    }

    private static void inChunks(HeldRows.Range r, Work work, Chunk chunk) throws SQLException {
        for (long from = r.first(); from <= r.last(); from += CHUNK) {
            long to = Math.min(r.last(), from + CHUNK - 1);
            chunk.run(from, to);
            work.done(to - from + 1);
        }
    }

    /** Counts the rows a remove or restore has dealt with, for its {@link Progress}. */
    private static final class Work {
        private final Progress progress;
        private final long total;
        private long done;

        Work(Progress progress, long total) {
            this.progress = progress;
            this.total = Math.max(total, 1);
        }

        void done(long rows) {
            if (rows > 0) {
                done = Math.min(total, done + rows);
                progress.worked(done, total);
            }
        }
    }

    private static void delete(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Long single(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
