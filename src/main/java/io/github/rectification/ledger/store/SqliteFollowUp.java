package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CarryOver;
import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link FollowUpRepository} in the ledger's SQLite file, tables {@code follow_up} and {@code carried_measure}. */
final class SqliteFollowUp implements FollowUpRepository {
    private final Database db;
    private final LedgerStore store;

    SqliteFollowUp(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public Started start(long originId, Inspection round) {
        store.inspections().inspection(originId)
                .orElseThrow(() -> new IllegalArgumentException("no inspection " + originId));
        Map<String, CloseOut> closeOuts = store.closeOut().all();
        return store.logged((c, log) -> {
            Map<Long, List<Measure>> carried = new LinkedHashMap<>();
            List<Problem> problems = store.inspections().problemsInOrder(originId);
            for (Problem p : problems) {
                for (Measure m : store.inspections().measures(p.id())) {
                    String uid = store.history().uidOf(RecordKind.MEASURE, m.id());
                    if (CarryOver.carried(m, closeOuts.getOrDefault(uid, CloseOut.NONE).state())) {
                        carried.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(m);
                    }
                }
            }
            Inspection added = store.inspections().add(round);
            link(c, "INSERT INTO follow_up (inspection_uid, origin_inspection_uid) VALUES (?, ?)",
                    store.history().uidOf(RecordKind.INSPECTION, added.id()), store.history().uidOf(RecordKind.INSPECTION, originId));
            Map<Long, Problem> byId = new HashMap<>();
            problems.forEach(p -> byId.put(p.id(), p));
            Map<Long, Long> copies = new HashMap<>();
            int count = 0;
            for (Problem p : problems) {
                if (!carried.containsKey(p.id())) {
                    continue;
                }
                long copy = copy(p, added.id(), byId, copies);
                for (Measure m : carried.get(p.id())) {
                    Measure n = store.inspections().add(new Measure(0, copy, m.seq(), m.text(), m.leader(),
                            m.department(), m.supportingDepartments(), m.person(), m.deadline(), m.status(),
                            m.completedOn(), m.progress(), m.remarks(), 0));
                    link(c, "INSERT INTO carried_measure (measure_uid, origin_uid) VALUES (?, ?)",
                            store.history().uidOf(RecordKind.MEASURE, n.id()), store.history().uidOf(RecordKind.MEASURE, m.id()));
                    count++;
                }
            }
            return new Started(added, copies.size(), count);
        });
    }

    /** The copy of a problem in the new round, its parent copied first. */
    private long copy(Problem p, long inspectionId, Map<Long, Problem> byId, Map<Long, Long> copies) {
        Long done = copies.get(p.id());
        if (done != null) {
            return done;
        }
        Long parent = p.parentId() == null ? null : copy(byId.get(p.parentId()), inspectionId, byId, copies);
        Problem added = store.inspections().add(new Problem(0, inspectionId, parent, p.seq(), p.category(), p.title(),
                p.description(), 0));
        copies.put(p.id(), added.id());
        return added.id();
    }

    private static void link(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Long> originOf(long inspectionId) {
        return ids("SELECT o.id FROM follow_up f JOIN inspection i ON i.uid = f.inspection_uid"
                + " JOIN inspection o ON o.uid = f.origin_inspection_uid WHERE i.id = ?", inspectionId).stream().findFirst();
    }

    @Override
    public List<Long> roundsOf(long inspectionId) {
        return ids("SELECT i.id FROM follow_up f JOIN inspection i ON i.uid = f.inspection_uid"
                + " JOIN inspection o ON o.uid = f.origin_inspection_uid WHERE o.id = ? ORDER BY i.id", inspectionId);
    }

    @Override
    public Optional<Long> carriedFrom(long measureId) {
        return ids("SELECT o.id FROM carried_measure k JOIN measure m ON m.uid = k.measure_uid"
                + " JOIN measure o ON o.uid = k.origin_uid WHERE m.id = ?", measureId).stream().findFirst();
    }

    @Override
    public List<Long> carriedInto(long measureId) {
        return ids("SELECT m.id FROM carried_measure k JOIN measure m ON m.uid = k.measure_uid"
                + " JOIN measure o ON o.uid = k.origin_uid WHERE o.id = ? ORDER BY m.id", measureId);
    }

    @Override
    public List<Long> carriedMeasures(long inspectionId) {
        return ids("SELECT m.id FROM carried_measure k JOIN measure m ON m.uid = k.measure_uid"
                + " JOIN problem p ON p.id = m.problem_id WHERE p.inspection_id = ? ORDER BY m.id", inspectionId);
    }

    private List<Long> ids(String sql, long id) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            if (!Tables.exists(c, "follow_up")) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
