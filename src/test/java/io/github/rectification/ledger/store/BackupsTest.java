package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    @TempDir
    Path dir;

    private static LedgerFigures figures(LedgerStore s) {
        return LedgerFigures.of(s.inspections().snapshot(), s.settings().countingRule(), TODAY);
    }

    @Test
    void backupBeforeImportHoldsTheLedgerAsItWas() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            SampleLedger.fill(s, 4);
            LedgerFigures before = figures(s);
            Backup b = s.backup(BackupKind.IMPORT);

            assertThat(b.kind()).isEqualTo(BackupKind.IMPORT);
            assertThat(b.file().getParent()).isEqualTo(dir.resolve("台账.backups"));
            assertThat(b.file().getFileName().toString()).startsWith("台账-").endsWith("-import.zgtz");
            assertThat(Backups.forLedger(file).list()).containsExactly(b);
            assertThat(Files.exists(Path.of(b.file() + "-wal"))).isFalse();
            assertThat(Backups.forLedger(file).figures(b, TODAY)).isEqualTo(before);
            assertThat(before.measures()).isEqualTo(12);
        }
    }

    @Test
    void restoreBringsTheFiguresBackAndKeepsTheCurrentStateAsABackup() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        LedgerStore s = LedgerStore.open(file);
        SampleLedger.fill(s, 3);
        LedgerFigures original = figures(s);
        Backup b = s.backup(BackupKind.MANUAL);
        List<Measure> ms = s.inspections().snapshot().measures();
        s.inspections().removeMeasure(ms.get(0).id());
        s.inspections().update(ms.get(1).withStatus(Status.DONE));
        LedgerFigures changed = figures(s);
        assertThat(changed).isNotEqualTo(original);

        Backups backups = Backups.forLedger(file);
        LedgerStore restored = backups.restore(s, b);
        try {
            assertThat(figures(restored)).isEqualTo(original);
            assertThat(restored.readOnly()).isFalse();
            Backup safety = backups.list().get(0);
            assertThat(safety.kind()).isEqualTo(BackupKind.RESTORE);
            assertThat(backups.figures(safety, TODAY)).isEqualTo(changed);
            restored.inspections().update(restored.inspections().snapshot().measures().get(0).withStatus(Status.DONE));
        } finally {
            restored.close();
        }
    }

    @Test
    void keepsOnlyTheNewestBackups() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            SampleLedger.fill(s, 1);
            s.settings().put(LedgerSettings.BACKUPS_KEEP, 3);
            Backup first = s.backup(BackupKind.MANUAL);
            for (int i = 0; i < 4; i++) {
                s.backup(BackupKind.IMPORT);
            }
            List<Backup> left = Backups.forLedger(file).list();
            assertThat(left).hasSize(3).doesNotContain(first);
            assertThat(left).isSortedAccordingTo((a, b) -> b.made().compareTo(a.made()));
        }
    }

    @Test
    void theFirstOpenOfADayMakesOneDailyBackup() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            SampleLedger.fill(s, 1);
        }
        assertThat(Backups.forLedger(file).list()).isEmpty();
        LedgerStore.open(file).close();
        LedgerStore.open(file).close();
        List<Backup> all = Backups.forLedger(file).list();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).kind()).isEqualTo(BackupKind.DAILY);
        assertThat(all.get(0).made().toLocalDate()).isEqualTo(LocalDate.now());
    }

    @Test
    void aDamagedFileIsRefusedUnchangedAndTheNewestGoodBackupRestoresIt() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        LedgerFigures original;
        try (LedgerStore s = LedgerStore.open(file)) {
            SampleLedger.fill(s, 60);
            original = figures(s);
            s.backup(BackupKind.MANUAL);
        }
        long pageSize = 4096;
        assertThat(Files.size(file)).isGreaterThan(pageSize * 8);
        byte[] garbage = new byte[(int) pageSize * 2];
        new Random(7).nextBytes(garbage);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(garbage), pageSize * 3);
        }
        byte[] damaged = Files.readAllBytes(file);

        assertThatThrownBy(() -> LedgerStore.open(file))
                .isInstanceOfSatisfying(LedgerFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
        assertThat(Arrays.equals(Files.readAllBytes(file), damaged)).isTrue();
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();

        Backups backups = Backups.forLedger(file);
        Backup good = backups.newestGood().orElseThrow();
        try (LedgerStore s = backups.restoreUnopenable(good)) {
            assertThat(figures(s)).isEqualTo(original);
        }
        try (var files = Files.list(backups.folder())) {
            assertThat(files.filter(p -> p.toString().endsWith(".damaged")).count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedBackupIsSkippedAndCannotBeRestored() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            SampleLedger.fill(s, 40);
            Backup older = s.backup(BackupKind.MANUAL);
            Backup newer = s.backup(BackupKind.IMPORT);
            byte[] garbage = new byte[8192];
            new Random(3).nextBytes(garbage);
            try (FileChannel ch = FileChannel.open(newer.file(), StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(garbage), 4096 * 2);
            }
            Backups backups = Backups.forLedger(file);
            assertThat(backups.newestGood()).contains(older);
            assertThatThrownBy(() -> backups.restore(s, newer)).isInstanceOf(LedgerFileException.class);
            assertThat(s.inspections().isEmpty()).isFalse();
        }
    }
}
