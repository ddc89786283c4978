package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check on open finds a damaged page in every stored table, the search index's own pages
 * included, though it leaves out the search index's cross-check of its terms against the text.
 */
class IntegrityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"measure", "problem", "inspection", "history"})
    void aDamagedPageOfAnyTableIsRefusedOnOpen(String table) throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        long root = single(ledger, "SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'");
        assertThat(root).as("root page of " + table).isPositive();
        Path damaged = Files.copy(ledger, dir.resolve("damaged.zgtz"));
        overwrite(damaged, root - 1);

        assertThatThrownBy(() -> LedgerStore.openReadOnly(damaged)).isInstanceOfSatisfying(LedgerFileException.class,
                e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.inspections().snapshot().measures()).isNotEmpty();
        }
    }

    /**
     * A ledger closed by this application after a checked open is noted in {@code <ledger>.checked};
     * the next open of the same day finds it so and skips the check (shown here by a page damaged
     * behind the application's back with the file's time put back, which only the check would find).
     */
    @Test
    void aFileAsTheApplicationLeftItTodayIsNotCheckedAgain() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        assertThat(CheckedMark.markOf(ledger)).exists();
        damageKeepingTime(ledger);

        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThat(store.readOnly()).isFalse();
        }
    }

    /**
     * A read-only open that passed the check notes the file too ({@code check} and {@code stats} run
     * read-only): the next open of the day, read-only or for writing, is spared the check.
     */
    @Test
    void aFileCheckedByAReadOnlyOpenIsNotCheckedAgainThatDay() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        Path copy = Files.copy(ledger, dir.resolve("copy.zgtz"));
        assertThat(CheckedMark.markOf(copy)).doesNotExist();

        try (LedgerStore store = LedgerStore.openReadOnlyCheckedAlongside(copy)) {
            store.verified();
        }
        assertThat(CheckedMark.markOf(copy)).exists();
        damageKeepingTime(copy);
        try (LedgerStore store = LedgerStore.openReadOnly(copy)) {
            assertThat(store.readOnly()).isTrue();
        }
        try (LedgerStore store = LedgerStore.open(copy)) {
            assertThat(store.readOnly()).isFalse();
        }
    }

    /** A file written while a read-only open checked it is not noted: what was checked is no longer the file. */
    @Test
    void aFileWrittenDuringTheCheckIsNotNoted() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        Files.delete(CheckedMark.markOf(ledger));
        java.util.Optional<String> before = CheckedMark.before(ledger);
        assertThat(before).isPresent();
        Files.setLastModifiedTime(ledger, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(ledger).toMillis() + 1000));

        CheckedMark.recordUnchanged(ledger, java.time.LocalDate.now(), before);

        assertThat(CheckedMark.markOf(ledger)).doesNotExist();
        CheckedMark.recordUnchanged(ledger, java.time.LocalDate.now(), CheckedMark.before(ledger));
        assertThat(CheckedMark.holds(ledger, java.time.LocalDate.now())).isTrue();
    }

    /** A damaged page that a read-only open met drops the mark at once: the next open checks in full. */
    @Test
    void damageMetByAReadOnlyOpenDropsTheMark() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        damageKeepingTime(ledger);
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThatThrownBy(() -> store.inspections().snapshot()).isInstanceOf(StoreException.class);
        }
        assertThat(CheckedMark.markOf(ledger)).doesNotExist();
        assertThatThrownBy(() -> LedgerStore.openReadOnly(ledger)).isInstanceOf(LedgerFileException.class);
    }

    /**
     * The window reads beside its writer on connections of their own: damage a reader meets is not
     * noted as checked by the writer's close, though the writer met none itself.
     */
    @Test
    void damageMetByAReaderBesideAWriterIsNotNotedByTheWritersClose() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        try (LedgerStore writer = LedgerStore.open(ledger)) {
            assertThat(writer.readOnly()).isFalse();
            damageKeepingTime(ledger);
            try (LedgerStore reader = LedgerStore.openReadOnly(ledger)) {
                assertThatThrownBy(() -> reader.inspections().snapshot()).isInstanceOf(StoreException.class);
            }
        }
        assertThat(CheckedMark.markOf(ledger)).doesNotExist();
        assertThatThrownBy(() -> LedgerStore.openReadOnly(ledger)).isInstanceOfSatisfying(LedgerFileException.class,
                e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
    }

    /** A read-only open while a writer's log holds changes checks the file but notes nothing: the log is not the file. */
    @Test
    void aReadOnlyOpenBesideAWriteAheadLogWithChangesNotesNothing() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        Files.delete(CheckedMark.markOf(ledger));
        try (LedgerStore writer = LedgerStore.open(ledger)) {
            writer.settings().setCountingRule(writer.settings().countingRule()
                    .withDoneWhen(io.github.rectification.ledger.domain.CountingRule.DoneWhen.CLOSED));
            Path wal = ledger.resolveSibling(ledger.getFileName() + "-wal");
            assertThat(Files.size(wal)).as("the change waits in the log").isPositive();
            try (LedgerStore reader = LedgerStore.openReadOnlyCheckedAlongside(ledger)) {
                reader.verified();
            }
            assertThat(CheckedMark.markOf(ledger)).doesNotExist();
        }
    }

    @Test
    void aFileChangedByAnythingElseIsCheckedAgain() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        long root = single(ledger, "SELECT rootpage FROM sqlite_schema WHERE name = 'measure'");
        overwrite(ledger, root - 1);

        assertThatThrownBy(() -> LedgerStore.open(ledger)).isInstanceOfSatisfying(LedgerFileException.class,
                e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
    }

    @Test
    void theFirstOpenOfADayChecksInFull() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        Path mark = CheckedMark.markOf(ledger);
        String noted = Files.readString(mark);
        Files.writeString(mark, java.time.LocalDate.now().minusDays(1) + noted.substring(noted.indexOf(' ')));
        damageKeepingTime(ledger);

        assertThatThrownBy(() -> LedgerStore.openReadOnly(ledger)).isInstanceOf(LedgerFileException.class);
        assertThatThrownBy(() -> LedgerStore.open(ledger)).isInstanceOfSatisfying(LedgerFileException.class,
                e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
    }

    @Test
    void aLedgerLeftWithAWriteAheadLogIsCheckedAgain() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        damageKeepingTime(ledger);
        Files.write(ledger.resolveSibling(ledger.getFileName() + "-journal"), new byte[512]);

        assertThatThrownBy(() -> LedgerStore.openReadOnly(ledger)).isInstanceOf(LedgerFileException.class);
    }

    private static void damageKeepingTime(Path ledger) throws Exception {
        long root = single(ledger, "SELECT rootpage FROM sqlite_schema WHERE name = 'measure'");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(ledger);
        overwrite(ledger, root - 1);
        Files.setLastModifiedTime(ledger, time);
    }

    /**
     * Opened with the check alongside its reads ({@code stats}, {@code check}), a damaged file is refused
     * when the reads are done, whether a read met the damaged page or not; a sound file is verified.
     */
    @ParameterizedTest
    @ValueSource(strings = {"measure", "history", "measure_counted"})
    void aDamagedPageIsRefusedByTheCheckAlongsideTheReads(String table) throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        long root = single(ledger, "SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'");
        assertThat(root).as("root page of " + table).isPositive();
        Path damaged = Files.copy(ledger, dir.resolve("damaged.zgtz"));
        overwrite(damaged, root - 1);

        try (LedgerStore store = LedgerStore.openReadOnlyCheckedAlongside(damaged)) {
            try {
                store.inspections().counts(io.github.rectification.ledger.domain.CountingRule.DEFAULT,
                        java.time.LocalDate.of(2026, 1, 1));
            } catch (StoreException e) {
                // a read that meets the damaged page fails; the check says why
            }
            assertThatThrownBy(store::verified).isInstanceOfSatisfying(LedgerFileException.class,
                    e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
        }
        try (LedgerStore store = LedgerStore.openReadOnlyCheckedAlongside(ledger)) {
            assertThat(store.inspections().counts(io.github.rectification.ledger.domain.CountingRule.DEFAULT,
                    java.time.LocalDate.of(2026, 1, 1)).measures()).isPositive();
            store.verified();
        }
    }

    @Test
    void everyStoredTableButTheEvidenceContentIsChecked() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger)) {
            List<String> checked = Integrity.tables(c);
            assertThat(checked).contains("measure", "problem", "history")
                    .doesNotContain("evidence_chunk");
            List<String> stored = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            stored.remove("evidence_chunk");
            assertThat(checked).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    private static long single(Path ledger, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static void overwrite(Path file, long page) throws Exception {
        byte[] garbage = new byte[4096];
        new Random(page).nextBytes(garbage);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(garbage), page * 4096);
        }
    }
}
