package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutRefusedException;
import io.github.rectification.ledger.domain.CloseOutRules;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link CloseOutRepository} in the ledger's SQLite file, table {@code closeout}. */
final class SqliteCloseOut implements CloseOutRepository {
    private static final String COLUMNS = "state, note, requested_at, requested_by, decided_at, decided_by, opinion,"
            + " override";

    private final Database db;
    private final LedgerStore store;

    SqliteCloseOut(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public CloseOut of(String measureUid) {
        return db.read(c -> read(c, measureUid));
    }

    @Override
    public Map<String, CloseOut> all() {
        return db.read(c -> {
            Map<String, CloseOut> out = new LinkedHashMap<>();
            if (!Tables.exists(c, "closeout")) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT measure_uid, " + COLUMNS + " FROM closeout"
                    + " ORDER BY measure_uid"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), closeOut(rs, 2));
                }
            }
            return out;
        });
    }

    @Override
    public CloseOut request(String measureUid, String note) throws CloseOutRefusedException {
        return step(measureUid, (m, current, at) -> CloseOutRules.request(current, m.status(), note, at, store.author()));
    }

    @Override
    public CloseOut approve(String measureUid, String opinion, String override) throws CloseOutRefusedException {
        int evidence = store.evidence().of(EvidenceOwner.measure(measureUid)).size();
        return step(measureUid, (m, current, at) -> CloseOutRules.approve(current, evidence, opinion, override, at,
                store.author()));
    }

    @Override
    public CloseOut reject(String measureUid, String reason) throws CloseOutRefusedException {
        return step(measureUid, (m, current, at) -> CloseOutRules.reject(current, reason, at, store.author()));
    }

    private interface Step {
        CloseOut apply(Measure m, CloseOut current, Instant at) throws CloseOutRefusedException;
    }

    /** Carries a refusal out of the transaction, which it rolls back. */
    private static final class Refusal extends RuntimeException {
        final transient CloseOutRefusedException refused;

        Refusal(CloseOutRefusedException refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    private CloseOut step(String measureUid, Step step) throws CloseOutRefusedException {
        try {
            return store.logged((c, log) -> {
                long id = store.history().idOfUid(RecordKind.MEASURE, measureUid).orElseThrow(() -> new Refusal(
                        new CloseOutRefusedException(Messages.TEXTS.text("closeOut.noMeasure", measureUid))));
                Measure m = store.inspections().measure(id).orElseThrow();
                CloseOut current = read(c, measureUid);
                CloseOut next;
                try {
                    next = step.apply(m, current, Instant.now().truncatedTo(ChronoUnit.MILLIS));
                } catch (CloseOutRefusedException e) {
                    throw new Refusal(e);
                }
                write(c, measureUid, next);
                Long inspection = Row.require(c, "measure", id).inspectionId();
                log.field(ChangeAction.UPDATE, "measure", id, measureUid, inspection, "closeout",
                        describe(current), describe(next));
                if (next.state() == CloseOutState.RETURNED && m.status() != CloseOutRules.statusAfterReturn()) {
                    store.inspections().update(m.withStatus(CloseOutRules.statusAfterReturn()));
                }
                return next;
            });
        } catch (Refusal r) {
            throw r.refused;
        }
    }

    /** The state in words with what was said at this step, as the history shows it. */
    static String describe(CloseOut o) {
        StringBuilder sb = new StringBuilder(o.state().word());
        String said = switch (o.state()) {
            case REQUESTED -> o.note();
            case CLOSED, RETURNED -> o.opinion().isEmpty() ? o.override() : o.opinion();
            case NOT_REQUESTED -> "";
        };
        if (!said.isEmpty()) {
            sb.append("：").append(said);
        }
        return sb.toString();
    }

    private static CloseOut read(Connection c, String measureUid) throws SQLException {
        if (!Tables.exists(c, "closeout")) {
            return CloseOut.NONE;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM closeout WHERE measure_uid = ?")) {
            ps.setString(1, measureUid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? closeOut(rs, 1) : CloseOut.NONE;
            }
        }
    }

    private static CloseOut closeOut(ResultSet rs, int first) throws SQLException {
        return new CloseOut(CloseOutState.fromCode(rs.getString(first)), rs.getString(first + 1),
                instant(rs.getString(first + 2)), rs.getString(first + 3), instant(rs.getString(first + 4)),
                rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static void write(Connection c, String measureUid, CloseOut o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO closeout (measure_uid, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, measureUid);
            ps.setString(2, o.state().code());
            ps.setString(3, o.note());
            ps.setString(4, o.requestedAt() == null ? null : o.requestedAt().toString());
            ps.setString(5, o.requestedBy());
            ps.setString(6, o.decidedAt() == null ? null : o.decidedAt().toString());
            ps.setString(7, o.decidedBy());
            ps.setString(8, o.opinion());
            ps.setString(9, o.override());
            ps.executeUpdate();
        }
    }
}
