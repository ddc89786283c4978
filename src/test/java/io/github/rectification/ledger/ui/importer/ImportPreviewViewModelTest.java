package io.github.rectification.ledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerChange;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview writes nothing; the import writes the workbook and tells the views; no display needed. */
class ImportPreviewViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void thePreviewWritesNothingAndTheImportWritesAndAnnouncesTheChange() throws Exception {
        session.open(dir.resolve("l.zgtz"));
        List<LedgerChange> changes = new ArrayList<>();
        session.lastChangeProperty().addListener((obs, old, now) -> changes.add(now));
        ImportPreviewViewModel vm = new ImportPreviewViewModel(session, Samples.dir().resolve("seed-ledger.xlsx"));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

        AtomicReference<ImportPlan> preview = new AtomicReference<>();
        executor.execute(vm.previewTask(ImportOptions.defaults()).onSuccess(preview::set));
        assertThat(preview.get().added()).isPositive();
        assertThat(session.store().inspections().isEmpty()).isTrue();
        assertThat(changes).isEmpty();

        AtomicReference<ImportPlan> applied = new AtomicReference<>();
        executor.execute(vm.importTask(ImportOptions.defaults()).onSuccess(applied::set));
        assertThat(applied.get().added()).isEqualTo(preview.get().added());
        assertThat(session.store().inspections().all()).isNotEmpty();
        vm.imported();
        assertThat(changes).hasSize(1);
    }
}
