package io.github.rectification.ledger.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Help › About tells, without a display. */
class AboutViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theOpenLedgerAndItsBackupsFolderAreNamed() throws Exception {
        try (LedgerSession session = new LedgerSession()) {
            session.open(dir.resolve("台账.zgtz"));
            AboutViewModel vm = new AboutViewModel(session);
            assertThat(vm.ledgerFile()).contains(dir.resolve("台账.zgtz"));
            assertThat(vm.backupsFolder()).contains(dir.resolve("台账.backups"));
            assertThat(vm.licence()).isEqualTo("Apache License 2.0");
            assertThat(vm.logFile()).endsWith(Path.of("logs", "rectification-ledger.log"));
            assertThat(vm.logFile()).startsWith(vm.dataFolder());
            assertThat(vm.version()).isNotBlank();
        }
    }

    @Test
    void withoutALedgerNeitherLedgerNorBackupsAreNamed() {
        try (LedgerSession session = new LedgerSession()) {
            AboutViewModel vm = new AboutViewModel(session);
            assertThat(vm.ledgerFile()).isEmpty();
            assertThat(vm.backupsFolder()).isEmpty();
        }
    }
}
