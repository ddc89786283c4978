package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup an import makes before it writes is kept, and the oldest backups pruned, only once the
 * import is written: a workbook refused only after the ledger was read (one imported before) leaves
 * the backups as they were, even when the ledger keeps no more than it has.
 */
class RefusedImportBackupTest {
    @TempDir
    Path dir;

    private static List<Path> backups(LedgerStore store) {
        return Backups.forLedger(store.file()).list().stream().map(io.github.rectification.ledger.store.Backup::file).toList();
    }

    /** The seed imported into a new ledger that keeps one backup, and that one backup made. */
    private LedgerStore seededKeepingOneBackup() throws Exception {
        LedgerStore store = LedgerStore.open(dir.resolve("台账.zgtz"));
        LedgerImporter.apply(HostileWorkbooks.seed(), store, ImportOptions.defaults());
        store.settings().put(LedgerSettings.BACKUPS_KEEP, 1);
        store.backup(BackupKind.MANUAL);
        return store;
    }

    @Test
    void aWorkbookImportedBeforeLeavesTheBackupsAsTheyWere() throws Exception {
        try (LedgerStore store = seededKeepingOneBackup()) {
            List<Path> before = backups(store);
            assertThat(before).hasSize(1);

            assertThatThrownBy(() -> LedgerImporter.apply(HostileWorkbooks.seed(), store, ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class).hasMessageContaining("已导入过");

            assertThat(backups(store)).as("backups after the refusal").isEqualTo(before);
        }
    }

    @Test
    void aWrittenImportKeepsItsBackupAndPrunesTheOldest() throws Exception {
        try (LedgerStore store = seededKeepingOneBackup()) {
            List<Path> before = backups(store);

            ImportPlan plan = LedgerImporter.apply(HostileWorkbooks.boilerplate(dir.resolve("另一份.xlsx"), 20), store,
                    ImportOptions.defaults());

            assertThat(plan.backup()).isNotNull();
            assertThat(backups(store)).containsExactly(plan.backup()).doesNotContainAnyElementsOf(before);
        }
    }
}
