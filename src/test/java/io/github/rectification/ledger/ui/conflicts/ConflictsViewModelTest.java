package io.github.rectification.ledger.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.ConflictsWindowTest;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open conflicts as rows of their values, decided and undone, without a display. */
class ConflictsViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void eachOpenConflictIsARowOfItsValuesAndADecisionTakesItOffUntilUndone() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        ConflictsWindowTest.ledgerWithConflicts(file);
        session.open(file);
        LedgerStore store = session.store();
        ConflictsViewModel vm = new ConflictsViewModel(session);
        assertThat(vm.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo("整改进展");
            assertThat(r.ledger()).startsWith("办公室核实后的进展");
            assertThat(r.workbook()).startsWith("部门报送的进展");
            assertThat(r.fileName()).isEqualTo("办公室报送.xlsx");
        });
        ConflictsViewModel.Row row = vm.rows().get(0);
        long measureId = store.history().idOfUid(RecordKind.MEASURE, row.measureUid()).orElseThrow();
        assertThat(vm.takeWorkbook(row)).isNull();
        assertThat(store.inspections().measure(measureId).orElseThrow().progress()).isEqualTo(row.workbook());
        assertThat(vm.rows()).extracting(ConflictsViewModel.Row::id).doesNotContain(row.id()).hasSize(1);
        vm.undo();
        assertThat(vm.rows()).extracting(ConflictsViewModel.Row::id).contains(row.id());
        assertThat(store.inspections().measure(measureId).orElseThrow().progress()).isEqualTo(row.ledger());
        vm.redo();
        assertThat(vm.rows()).hasSize(1);
    }
}
