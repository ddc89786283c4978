package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.export.ExportProgress;
import io.github.rectification.ledger.exchange.export.LedgerExporter;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.ReturnedWorkbook;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.conflicts.ConflictsViewModel;
import io.github.rectification.ledger.ui.conflicts.ConflictsWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 处理冲突 in the real window: two conflicts a return left open are decided from the keyboard, one
 * for the department's value and one for the office's; Ctrl+Z undoes a decision and opens the
 * conflict again; every decision names the return in the history.
 */
public class ConflictsWindowTest {
    static long first;
    static long second;

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", ConflictsWindowTest::ledgerWithConflicts);

    /** The seed ledger exported, two measures' progress changed by the office and, otherwise, in the return. */
    public static void ledgerWithConflicts(Path file) throws Exception {
        Path export = file.resolveSibling("办公室报送.xlsx");
        try (LedgerStore store = SeedLedger.create(file)) {
            new LedgerExporter(store).export(export, ExportProgress.NONE);
            List<Measure> all = store.inspections().snapshot().measures();
            first = all.get(0).id();
            second = all.get(1).id();
            for (Measure m : List.of(all.get(0), all.get(1))) {
                store.inspections().update(MeasureBuilder.from(m).progress("办公室核实后的进展" + m.id()).build());
            }
            try (ReturnedWorkbook wb = ReturnedWorkbook.open(export)) {
                wb.set(store.history().uidOf(RecordKind.MEASURE, first), ReturnedWorkbook.PROGRESS, "部门报送的进展一");
                wb.set(store.history().uidOf(RecordKind.MEASURE, second), ReturnedWorkbook.PROGRESS, "部门报送的进展二");
                wb.saveAs(export);
            }
            LedgerImporter.apply(export, store, ImportOptions.defaults());
            assertThat(store.distributions().openConflicts()).hasSize(2);
        }
    }

    @Test
    void conflictsAreDecidedFromTheKeyboardAndADecisionIsUndone(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        LedgerStore store = app.window().session().store();
        robot.clickOn("#menuFile").clickOn("#menuFileConflicts");
        WaitForAsyncUtils.waitForFxEvents();
        ConflictsWindow window = app.window().conflictsActions().window();
        assertThat(window.stage().isShowing()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<ConflictsViewModel.Row> table = robot.from(window.stage().getScene().getRoot())
                .lookup("#conflictsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        ConflictsViewModel.Row row = table.getItems().get(0);
        assertThat(row.field()).isEqualTo("整改进展");
        assertThat(row.ledger()).startsWith("办公室核实后的进展");
        assertThat(row.workbook()).startsWith("部门报送的进展");
        ScreenChecks.check(window.stage());
        Screenshots.write(window.stage().getScene(), "conflicts");
        long takenId = store.history().idOfUid(RecordKind.MEASURE, row.measureUid()).orElseThrow();
        String taken = row.workbook();

        robot.clickOn(table).type(KeyCode.HOME).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().measure(takenId).orElseThrow().progress()).isEqualTo(taken);
        assertThat(table.getItems()).hasSize(1);
        ConflictsViewModel.Row other = table.getItems().get(0);
        long keptId = store.history().idOfUid(RecordKind.MEASURE, other.measureUid()).orElseThrow();
        String kept = store.inspections().measure(keptId).orElseThrow().progress();

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(store.distributions().openConflicts()).isEmpty();
        assertThat(store.inspections().measure(keptId).orElseThrow().progress()).isEqualTo(kept);
        List<HistoryEntry> keptHistory = store.history().history(RecordKind.MEASURE, keptId);
        assertThat(keptHistory.get(keptHistory.size() - 1).source()).contains("办公室报送.xlsx");
        List<HistoryEntry> takenHistory = store.history().history(RecordKind.MEASURE, takenId);
        assertThat(takenHistory.get(takenHistory.size() - 1).source()).contains("办公室报送.xlsx");

        // Ctrl+Z in the review undoes the last decision: the conflict is open again
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).id()).isEqualTo(other.id());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
        assertThat(store.inspections().measure(takenId).orElseThrow().progress()).startsWith("办公室核实后的进展");
        robot.interact(() -> window.stage().close());
    }
}
