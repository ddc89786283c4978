package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evidence add} of a large file killed in the middle of its transaction (the process gone at
 * once, as with kill -9 or a power cut) leaves the ledger as it was: it opens, passes SQLite's
 * integrity check, holds the same measures and attachments and not one row of the file's content;
 * the same file can then be attached.
 */
class EvidenceCrashTest {
    private static final int MIB = 1024 * 1024;
    /** The first try; a second try, only when the child finished before it could be killed, is twice as large. */
    private static final int FIRST_MIB = 384;
    /**
     * The write-ahead log holds the attach's chunks as they are written (SQLite spills them from its
     * small page cache long before the commit): a log this large is the attach writing, not the open
     * or the daily backup before it, which write next to nothing.
     */
    private static final long WRITING_WAL_BYTES = 32L * MIB;
    /** A guard against a child that hangs; the outcome never depends on it. */
    private static final long HANG_GUARD_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledAttachOfALargeFileLeavesTheLedgerAsItWas() throws Exception {
        Attempt attempt = attempt(dir.resolve("1"), FIRST_MIB);
        if (attempt.finished()) {
            deleteTree(dir.resolve("1"));
            System.out.println("EvidenceCrashTest: the child attached " + FIRST_MIB
                    + " MiB before it could be killed; trying once more with a file twice as large");
            attempt = attempt(dir.resolve("2"), 2 * FIRST_MIB);
        }
        assertThat(attempt.finished())
                .as("the child attached %d MiB, then %d MiB, before it could be killed: nothing was tested",
                        FIRST_MIB, 2 * FIRST_MIB).isFalse();
    }

    private record Attempt(boolean finished) {
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Attempt attempt(Path folder, int mib) throws Exception {
        Files.createDirectories(folder);
        Path ledger = folder.resolve("台账.zgtz");
        String measureUid;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            Measure m = store.inspections().snapshot().measures().get(0);
            measureUid = store.history().uidOf(RecordKind.MEASURE, m.id());
            store.evidence().setLimit(4L * 1024 * MIB);
            Path small = folder.resolve("整改报告.pdf");
            byte[] report = new byte[3000];
            new Random(3).nextBytes(report);
            Files.write(small, report);
            store.evidence().attach(EvidenceOwner.measure(measureUid), List.of(small));
        }
        State before = State.of(ledger);
        assertThat(before.evidence()).hasSize(1);
        assertThat(before.integrity()).isEqualTo("ok");
        String dumpBefore = dump(ledger);

        Path big = folder.resolve("现场视频.mp4");
        String bigSha = writeLargeFile(big, mib);
        try {
            Kill kill = startAndKill(folder, ledger, measureUid, big);
            if (kill.finished()) {
                return new Attempt(true);
            }
            System.out.printf(Locale.ROOT, "EvidenceCrashTest: %d MiB file; killed %d ms after the start (%d ms after"
                    + " the attach began to write), the write-ahead log at %d MiB%n", mib, kill.msToKill(),
                    kill.msWriting(), kill.walAtKill() / MIB);
            assertThat(kill.walAtKill()).as("killed before the whole file was in the log").isLessThan((long) mib * MIB);

            // the ledger as before, its attachments and their content too
            State after = State.of(ledger);
            assertThat(after.integrity()).isEqualTo("ok");
            assertThat(after.orphans()).as("content, chunks or history without their rows").isEqualTo(before.orphans());
            assertThat(after.tables()).isEqualTo(before.tables());
            assertThat(after.snapshot()).isEqualTo(before.snapshot());
            assertThat(after.evidence()).isEqualTo(before.evidence());
            assertThat(dump(ledger)).isEqualTo(dumpBefore);
            try (LedgerStore store = LedgerStore.open(ledger)) {
                assertThat(store.readOnly()).isFalse();
                assertThat(store.evidence().all()).isEqualTo(before.evidence());
            }

            // and the same file then goes in, listed once
            CliRun again = CliRun.of("evidence", "add", "--db", ledger.toString(), "--measure", measureUid,
                    big.toString());
            assertThat(again.code()).as(again.err()).isZero();
            State done = State.of(ledger);
            assertThat(done.integrity()).isEqualTo("ok");
            assertThat(done.snapshot()).isEqualTo(before.snapshot());
            assertThat(done.evidence()).hasSize(2);
            assertThat(done.evidence().get(0)).isEqualTo(before.evidence().get(0));
            Evidence added = done.evidence().get(1);
            assertThat(added.name()).isEqualTo(big.getFileName().toString());
            assertThat(added.size()).isEqualTo((long) mib * MIB);
            assertThat(added.sha256()).isEqualTo(bigSha);
            assertThat(done.chunksOf(bigSha)).isEqualTo(mib);
            assertThat(done.orphans()).isEqualTo(before.orphans());
            return new Attempt(false);
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private record Kill(boolean finished, long msToKill, long msWriting, long walAtKill) {
    }

    /**
     * Starts {@code evidence add} in a JVM of its own and kills it (SIGKILL) once its write-ahead log
     * shows it writing the file's chunks, inside the attach's one transaction.
     */
    private static Kill startAndKill(Path folder, Path ledger, String measureUid, Path big) throws Exception {
        Path wal = ledger.resolveSibling(ledger.getFileName() + "-wal");
        assertThat(sizeOf(wal)).as("the closed ledger's write-ahead log holds nothing").isLessThan(MIB);
        Path log = folder.resolve("evidence-add.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Launcher.class.getName(), "evidence", "add", "--db", ledger.toString(), "--measure", measureUid,
                big.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long guard = start + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
            long walSize = 0;
            long writingSince = -1;
            while (p.isAlive() && System.nanoTime() < guard) {
                walSize = sizeOf(wal);
                if (walSize > 0 && writingSince < 0) {
                    writingSince = System.nanoTime();
                }
                if (walSize >= WRITING_WAL_BYTES) {
                    break;
                }
                Thread.sleep(1);
            }
            assertThat(System.nanoTime()).as("the child neither wrote nor ended in %d s", HANG_GUARD_SECONDS)
                    .isLessThan(guard);
            boolean seenWriting = p.isAlive() && walSize >= WRITING_WAL_BYTES;
            long killedAt = System.nanoTime();
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() == 0) {
                // it committed between the last look and the kill, or before it was seen writing
                return new Kill(true, 0, 0, 0);
            }
            assertThat(seenWriting).as("the child was seen writing the chunks before it ended; its output: %s", output)
                    .isTrue();
            if (!System.getProperty("os.name").startsWith("Windows")) {
                assertThat(p.exitValue()).as("ended by SIGKILL, not by itself; its output: %s", output)
                        .isEqualTo(128 + 9);
            }
            assertThat(wal).as("the killed transaction's log stays for the next open to discard").exists();
            return new Kill(false, (killedAt - start) / 1_000_000, (killedAt - writingSince) / 1_000_000, walSize);
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // not there yet
        }
    }

    /** Writes {@code mib} MiB that no two chunks share, fast: one random block, numbered per MiB; returns its SHA-256. */
    private static String writeLargeFile(Path file, int mib) throws Exception {
        byte[] block = new byte[MIB];
        new Random(mib).nextBytes(block);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mib; i++) {
                for (int k = 0; k < 4; k++) {
                    block[k] = (byte) (i >>> (8 * k));
                }
                md.update(block);
                out.write(block);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String dump(Path ledger) {
        CliRun dump = CliRun.of("dump", "--db", ledger.toString(), "--json");
        assertThat(dump.code()).as(dump.err()).isZero();
        return dump.out();
    }

    /**
     * What a ledger holds, read after it was closed: the snapshot and the attachments through the
     * store, and through a connection of its own SQLite's integrity check, the rows of the evidence
     * tables (chunks by sequence and length), of the history and the settings, and the rows of the
     * content tables that belong to nothing.
     */
    private record State(String integrity, Ledger snapshot, List<Evidence> evidence, Map<String, List<List<Object>>> tables,
                         List<Long> orphans, Map<String, Integer> chunks) {
        static State of(Path ledger) throws Exception {
            Ledger snapshot;
            List<Evidence> evidence;
            try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
                snapshot = store.inspections().snapshot();
                evidence = store.evidence().all();
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                 Statement st = c.createStatement()) {
                String integrity;
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    integrity = rs.getString(1);
                }
                Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
                tables.put("evidence", rows(st, "SELECT * FROM evidence ORDER BY id"));
                tables.put("evidence_content", rows(st, "SELECT * FROM evidence_content ORDER BY sha256"));
                tables.put("evidence_chunk", rows(st,
                        "SELECT id, sha256, seq, length(data) FROM evidence_chunk ORDER BY id"));
                tables.put("history", rows(st, "SELECT * FROM history ORDER BY id"));
                tables.put("ledger_setting", rows(st, "SELECT * FROM ledger_setting ORDER BY 1"));
                List<Long> orphans = new ArrayList<>();
                for (String sql : List.of(
                        "SELECT count(*) FROM evidence_chunk WHERE sha256 NOT IN (SELECT sha256 FROM evidence_content)",
                        "SELECT count(*) FROM evidence_content WHERE sha256 NOT IN (SELECT sha256 FROM evidence)",
                        "SELECT count(*) FROM evidence_content c WHERE chunks <> (SELECT count(*) FROM evidence_chunk k"
                                + " WHERE k.sha256 = c.sha256)",
                        "SELECT count(*) FROM evidence WHERE sha256 NOT IN (SELECT sha256 FROM evidence_content)")) {
                    orphans.add((Long) rows(st, sql).get(0).get(0));
                }
                Map<String, Integer> chunks = new LinkedHashMap<>();
                for (List<Object> row : rows(st, "SELECT sha256, count(*) FROM evidence_chunk GROUP BY sha256")) {
                    chunks.put((String) row.get(0), ((Number) row.get(1)).intValue());
                }
                return new State(integrity, snapshot, evidence, tables, orphans, chunks);
            }
        }

        int chunksOf(String sha256) {
            return chunks.getOrDefault(sha256, 0);
        }

        private static List<List<Object>> rows(Statement st, String sql) throws SQLException {
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int k = 1; k <= md.getColumnCount(); k++) {
                        Object v = rs.getObject(k);
                        row.add(v instanceof Integer i ? Long.valueOf(i) : v);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
