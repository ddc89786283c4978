package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.LedgerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link EvidenceRepository} in the ledger's SQLite file: contents in 1 MiB chunks, stored once per hash. */
final class SqliteEvidence implements EvidenceRepository {
    static final int CHUNK = 1024 * 1024;
    private static final String COLUMNS = "e.id, e.uid, e.owner_kind, e.owner_uid, e.name, e.sha256, c.size,"
            + " e.added_at, e.added_by";
    private static final String FROM = " FROM evidence e JOIN evidence_content c ON c.sha256 = e.sha256";

    private final Database db;
    private final LedgerStore store;

    SqliteEvidence(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public List<Evidence> attach(EvidenceOwner owner, List<Path> files) throws EvidenceRefusedException {
        long limit = limit();
        List<Digest> digests = new ArrayList<>();
        for (Path f : files) {
            digests.add(digest(f, limit));
        }
        try {
            return store.logged((c, log) -> {
                Long inspection = inspectionOf(c, owner);
                if (inspection == null) {
                    throw new Refusal(new EvidenceRefusedException(null, Messages.TEXTS.text(
                            owner.kind() == EvidenceOwner.Kind.MEASURE ? "evidence.noMeasure" : "evidence.noProblem", owner.uid())));
                }
                List<Evidence> out = new ArrayList<>();
                String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
                for (Digest d : digests) {
                    if (!contentExists(c, d.sha256)) {
                        storeContent(c, d);
                    }
                    Evidence e = insert(c, new Evidence(0, UUID.randomUUID().toString(), owner, d.name, d.sha256,
                            d.size, Instant.parse(at), store.author()));
                    log.evidence(ChangeAction.ADD, e.id(), e.uid(), inspection, e.name());
                    out.add(e);
                }
                return out;
            });
        } catch (Refusal r) {
            throw r.refused;
        } catch (UncheckedIOException e) {
            throw new EvidenceRefusedException(null, e.getCause().getMessage());
        }
    }

    /** Carries a refusal out of a transaction, which it rolls back. */
    private static final class Refusal extends RuntimeException {
        final transient EvidenceRefusedException refused;

        Refusal(EvidenceRefusedException refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    private record Digest(Path file, String name, String sha256, long size) {
    }

    /** Reads the file once for its hash and size, refusing it before anything is written. */
    private static Digest digest(Path f, long limit) throws EvidenceRefusedException {
        if (!Files.isRegularFile(f)) {
            throw new EvidenceRefusedException(f, Messages.TEXTS.text("evidence.notAFile", f));
        }
        try {
            long size = Files.size(f);
            if (size > limit) {
                throw new EvidenceRefusedException(f,
                        Messages.TEXTS.text("evidence.tooLarge", f, megabytes(size), megabytes(limit)));
            }
            MessageDigest md = sha256();
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return new Digest(f, f.getFileName().toString(), HexFormat.of().formatHex(md.digest()), size);
        } catch (IOException e) {
            throw new EvidenceRefusedException(f, Messages.TEXTS.text("evidence.unreadable", f, e.getMessage()));
        }
    }

    private static String megabytes(long bytes) {
        if (bytes < 10_000) {
            return Messages.TEXTS.text("evidence.bytes", String.valueOf(bytes));
        }
        return bytes < 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1e3)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file's content in chunks, checking that it is still the content that was hashed. */
    private static void storeContent(Connection c, Digest d) throws SQLException {
        MessageDigest md = sha256();
        long size = 0;
        int seq = 0;
        try (PreparedStatement content = c.prepareStatement(
                "INSERT INTO evidence_content (sha256, size, chunks) VALUES (?, ?, 0)");
             PreparedStatement chunk = c.prepareStatement(
                     "INSERT INTO evidence_chunk (sha256, seq, data) VALUES (?, ?, ?)");
             InputStream in = Files.newInputStream(d.file)) {
            content.setString(1, d.sha256);
            content.setLong(2, d.size);
            content.executeUpdate();
            byte[] buf = new byte[CHUNK];
            for (int n; (n = in.readNBytes(buf, 0, CHUNK)) > 0; ) {
                md.update(buf, 0, n);
                size += n;
                chunk.setString(1, d.sha256);
                chunk.setInt(2, seq++);
                chunk.setBytes(3, n == CHUNK ? buf : java.util.Arrays.copyOf(buf, n));
                chunk.executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(Messages.TEXTS.text("evidence.unreadable", d.file, e.getMessage()), e));
        }
        if (size != d.size || !HexFormat.of().formatHex(md.digest()).equals(d.sha256)) {
            throw new UncheckedIOException(new IOException(Messages.TEXTS.text("evidence.changedWhileAdded", d.file)));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_content SET chunks = ? WHERE sha256 = ?")) {
            ps.setInt(1, seq);
            ps.setString(2, d.sha256);
            ps.executeUpdate();
        }
    }

    private static boolean contentExists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Evidence insert(Connection c, Evidence e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (uid, owner_kind, owner_uid, name, sha256,"
                + " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.uid());
            ps.setString(2, e.owner().kind().code());
            ps.setString(3, e.owner().uid());
            ps.setString(4, e.name());
            ps.setString(5, e.sha256());
            ps.setString(6, e.addedAt().toString());
            ps.setString(7, e.addedBy());
            ps.executeUpdate();
        }
        return new Evidence(lastId(c), e.uid(), e.owner(), e.name(), e.sha256(), e.size(), e.addedAt(), e.addedBy());
    }

    private static long lastId(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The inspection of the owner, or null when the ledger does not hold it. */
    private static Long inspectionOf(Connection c, EvidenceOwner owner) throws SQLException {
        String sql = owner.kind() == EvidenceOwner.Kind.MEASURE
                ? "SELECT p.inspection_id FROM measure m JOIN problem p ON p.id = m.problem_id WHERE m.uid = ?"
                : "SELECT inspection_id FROM problem WHERE uid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, owner.uid());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public List<Evidence> of(EvidenceOwner owner) {
        return query(" WHERE e.owner_kind = ? AND e.owner_uid = ? ORDER BY e.id", ps -> {
            ps.setString(1, owner.kind().code());
            ps.setString(2, owner.uid());
        });
    }

    @Override
    public List<Evidence> all() {
        return query(" WHERE (e.owner_kind = 'measure' AND e.owner_uid IN (SELECT uid FROM measure))"
                + " OR (e.owner_kind = 'problem' AND e.owner_uid IN (SELECT uid FROM problem)) ORDER BY e.id", ps -> { });
    }

    @Override
    public Optional<Evidence> byUid(String uid) {
        return query(" WHERE e.uid = ?", ps -> ps.setString(1, uid)).stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Evidence> query(String where, Binder binder) {
        return db.read(c -> {
            if (!Tables.exists(c, "evidence")) {
                return List.<Evidence>of();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + where)) {
                binder.bind(ps);
                List<Evidence> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Evidence(rs.getLong(1), rs.getString(2), new EvidenceOwner(
                                EvidenceOwner.Kind.fromCode(rs.getString(3)), rs.getString(4)), rs.getString(5),
                                rs.getString(6), rs.getLong(7), Instant.parse(rs.getString(8)), rs.getString(9)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void copyContent(Evidence e, OutputStream out) throws IOException {
        MessageDigest md = sha256();
        IOException failed = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM evidence_chunk WHERE sha256 = ? ORDER BY seq")) {
                ps.setString(1, e.sha256());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] chunk = rs.getBytes(1);
                        md.update(chunk);
                        out.write(chunk);
                    }
                }
                return null;
            } catch (IOException io) {
                return io;
            } catch (SQLException sql) {
                if (Integrity.isCorruption(sql)) {
                    return damaged(e, sql);
                }
                throw sql;
            }
        });
        if (failed != null) {
            throw failed;
        }
        if (!HexFormat.of().formatHex(md.digest()).equals(e.sha256())) {
            throw damaged(e, null);
        }
    }

    private static IOException damaged(Evidence e, Exception cause) {
        return new IOException(Messages.TEXTS.text("evidence.damaged", e.name()), cause);
    }

    @Override
    public Evidence remove(String uid) {
        Evidence e = byUid(uid).orElseThrow(() -> new IllegalArgumentException("no evidence " + uid));
        store.logged((c, log) -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence WHERE uid = ?")) {
                ps.setString(1, uid);
                ps.executeUpdate();
            }
            log.evidence(ChangeAction.REMOVE, e.id(), e.uid(), inspectionOf(c, e.owner()), e.name());
            return null;
        });
        return e;
    }

    @Override
    public void restore(Evidence e) {
        store.logged((c, log) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (id, uid, owner_kind, owner_uid, name,"
                    + " sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, e.id());
                ps.setString(2, e.uid());
                ps.setString(3, e.owner().kind().code());
                ps.setString(4, e.owner().uid());
                ps.setString(5, e.name());
                ps.setString(6, e.sha256());
                ps.setString(7, e.addedAt().toString());
                ps.setString(8, e.addedBy());
                ps.executeUpdate();
            }
            log.evidence(ChangeAction.RESTORE, e.id(), e.uid(), inspectionOf(c, e.owner()), e.name());
            return null;
        });
    }

    @Override
    public long limit() {
        return store.settings().get(LedgerSettings.EVIDENCE_MAX_BYTES);
    }

    @Override
    public void setLimit(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + bytes);
        }
        store.settings().put(LedgerSettings.EVIDENCE_MAX_BYTES, bytes);
    }
}
