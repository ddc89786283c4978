package io.github.rectification.ledger.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups the restore dialog lists, and a restore, without a display. */
class BackupsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2022, 7, 28);

    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    final TestDialogs dialogs = new TestDialogs();
    Path file;
    Measure measure;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("台账.zgtz");
        session.open(file);
        LedgerStore s = session.store();
        Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
        Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位"));
        measure = s.inspections().add(Measure.draft(p.id(), "开展养老机构安全隐患排查整治"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private BackupsViewModel vm() {
        return new BackupsViewModel(session, new CurrentThreadTaskExecutor(), dialogs, TODAY);
    }

    @Test
    void eachBackupIsListedWithItsFiguresAndADamagedOneSaysSo() throws Exception {
        LedgerStore store = session.store();
        LedgerFigures figures = LedgerFigures.of(store.inspections().snapshot(), store.settings().countingRule(), TODAY);
        Backup manual = store.backup(BackupKind.MANUAL);
        BackupsViewModel vm = vm();
        assertThat(vm.folder()).isEqualTo(dir.resolve("台账.backups"));
        vm.load();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(manual.file());
            assertThat(r.made()).isEqualTo(manual.made());
            assertThat(r.kind()).isEqualTo("手动");
            assertThat(r.figures()).isEqualTo(figures);
            assertThat(r.readable()).isTrue();
            assertThat(r.problem()).isNull();
        });

        Files.write(manual.file(), new byte[] {1, 2, 3});
        vm.load();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.readable()).isFalse();
            assertThat(r.problem()).isEqualTo("已损坏");
        });
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRestorePutsTheBackupInPlaceOfTheLedgerAfterBackingItUp() throws Exception {
        LedgerStore before = session.store();
        Backup manual = before.backup(BackupKind.MANUAL);
        before.inspections().update(measure.withStatus(Status.DONE));
        BackupsViewModel vm = vm();
        vm.load();
        List<Boolean> restoringWhenDone = new ArrayList<>();
        vm.restore(vm.rows().get(0), () -> restoringWhenDone.add(vm.restoringProperty().get()));

        assertThat(restoringWhenDone).containsExactly(false);
        assertThat(session.store()).isNotSameAs(before);
        assertThat(before.isClosed()).isTrue();
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(Backups.forLedger(file).list()).extracting(Backup::kind).contains(BackupKind.RESTORE);
        assertThat(Backups.forLedger(file).list()).extracting(Backup::file).contains(manual.file());
        assertThat(dialogs.errors).isEmpty();
    }
}
