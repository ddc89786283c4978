package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.export.ExportProgress;
import io.github.rectification.ledger.exchange.export.LedgerExporter;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.ReturnedWorkbook;
import io.github.rectification.ledger.testsupport.BadWorkbooks;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.ui.importer.ImportPreviewDialog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview with the real window: open a workbook, read the summary, confirm, find the ledger in the tree. */
class ImportPreviewWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.newLedger("empty.zgtz")
            .placed(1200, 760);

    @TempDir
    Path dir;

    private ImportPreviewDialog open(Path workbook) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.window().importActions().importFile(workbook)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void previewConfirmAndSeeTheTree(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#welcomeImport").query().isVisible()).isTrue();
        ImportPreviewDialog dialog = open(Samples.dir().resolve("seed-ledger.xlsx"));
        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent());
        String summary = robot.lookup("#importSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("seed-ledger.xlsx").contains("14 个问题").contains("38 条整改措施")
                .contains("新增 53 条");
        waitUntil(() -> robot.lookup("#importAddedList").tryQuery().isPresent());
        assertThat(robot.lookup("#importAddedList").queryAs(ListView.class).getItems()).hasSize(53);
        // how each column of the office's sheet is read
        assertThat(robot.lookup("#importColumns").queryAs(Label.class).getText()).startsWith("列的读法：A 列“序号”读作序号")
                .contains("读作整改措施", "读作牵头部门", "读作整改时限", "读作完成情况");
        Screenshots.write(dialog.stage().getScene(), "import-preview");
        LedgerStore store = app.window().session().store();
        assertThat(store.inspections().isEmpty()).as("nothing written before the confirmation").isTrue();

        robot.clickOn(shown(robot, "#importConfirm"));
        // the window says what the import did before it closes
        waitUntil(() -> robot.lookup("#importDone").tryQuery().isPresent());
        assertThat(robot.lookup("#importDone").queryAs(Label.class).getText())
                .isEqualTo("seed-ledger.xlsx 已导入台账：新增 53 条、更新 0 条、保持不变 0 条记录，删除 0 条；提示 0 条。");
        robot.clickOn(shown(robot, "#importDoneClose"));
        waitUntil(() -> !dialog.stage().isShowing());
        assertThat(dialog.resultProperty().get().applied()).isTrue();
        assertThat(store.inspections().snapshot().measures()).hasSize(38);
        waitUntil(() -> !robot.lookup("#welcomePane").query().isVisible());
        waitUntil(() -> robot.lookup(".tree-cell").match(this::showsInspection).tryQuery().isPresent());
        Screenshots.write(app.stage().getScene(), "after-import");
    }

    @Test
    void aReturnedWorkbookListsItsConflictsAndTheImportKeepsThem(FxRobot robot) throws Exception {
        LedgerStore store = app.window().session().store();
        LedgerImporter.apply(Samples.dir().resolve("seed-ledger.xlsx"), store, ImportOptions.defaults());
        Path sent = dir.resolve("sent.xlsx");
        new LedgerExporter(store).export(sent, ExportProgress.NONE);
        Measure m = store.inspections().snapshot().measures().get(1);
        store.inspections().update(MeasureField.PROGRESS.with(m, "办公室写的进展"));
        Path returned = dir.resolve("returned.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(store.history().uidOf(RecordKind.MEASURE, m.id()), ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.saveAs(returned);
        }

        ImportPreviewDialog dialog = open(returned);
        waitUntil(() -> robot.lookup("#importConflictsTable").tryQuery().isPresent());
        TableView<?> conflicts = robot.lookup("#importConflictsTable").queryAs(TableView.class);
        assertThat(conflicts.getItems()).hasSize(1);
        Screenshots.write(dialog.stage().getScene(), "import-preview-conflicts");
        robot.clickOn(shown(robot, "#importConfirm"));
        robot.clickOn(shown(robot, "#importDoneClose"));
        waitUntil(() -> !dialog.stage().isShowing());

        assertThat(store.inspections().measure(m.id()).orElseThrow().progress()).isEqualTo("办公室写的进展");
        assertThat(store.distributions().openConflicts()).hasSize(1);
    }

    @Test
    void anUpdateListsEachFieldFromItsOldValueToItsNew(FxRobot robot) throws Exception {
        LedgerStore store = app.window().session().store();
        LedgerImporter.apply(Samples.dir().resolve("seed-ledger.xlsx"), store, ImportOptions.defaults());
        Path sent = dir.resolve("sent.xlsx");
        new LedgerExporter(store).export(sent, ExportProgress.NONE);
        Measure m = store.inspections().snapshot().measures().get(1);
        Path returned = dir.resolve("returned.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(store.history().uidOf(RecordKind.MEASURE, m.id()), ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.saveAs(returned);
        }
        ImportPreviewDialog dialog = open(returned);
        waitUntil(() -> robot.lookup("#importUpdatedList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> updated = robot.lookup("#importUpdatedList").queryAs(ListView.class);
        String before = m.progress().strip().replaceAll("\\s+", " ");
        assertThat(updated.getItems()).singleElement().asString()
                .endsWith("：整改进展情况 “" + (before.length() > 40 ? before.substring(0, 40) + "…" : before)
                        + "”→“部门写的进展”");
        robot.clickOn(shown(robot, "#importCancel"));
        waitUntil(() -> !dialog.stage().isShowing());
    }

    private boolean showsInspection(Node n) {
        return n instanceof TreeCell<?> c && c.getText() != null && c.getText().contains("回头看");
    }

    @Test
    void encryptedWorkbookAsksForThePassword(FxRobot robot) throws Exception {
        Path locked = BadWorkbooks.encrypted(dir, Samples.dir().resolve("seed-ledger.xlsx"), "pw2022");
        ImportPreviewDialog dialog = open(locked);
        waitUntil(() -> robot.lookup("#importPassword").match(ImportPreviewWindowTest::onShowingWindow).tryQuery().isPresent());
        robot.clickOn(shown(robot, "#importPassword")).write("nope");
        robot.clickOn(shown(robot, "#importPasswordOpen"));
        waitUntil(() -> robot.lookup("密码不正确，请重新输入：").tryQuery().isPresent());
        robot.clickOn(shown(robot, "#importPassword")).write("pw2022");
        robot.clickOn(shown(robot, "#importPasswordOpen"));
        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("38 条整改措施");
        robot.clickOn(shown(robot, "#importCancel"));
        waitUntil(() -> !dialog.stage().isShowing());
        assertThat(app.window().session().store().inspections().isEmpty()).isTrue();
    }

    @Test
    void refusedWorkbookSaysWhy(FxRobot robot) throws Exception {
        ImportPreviewDialog dialog = open(BadWorkbooks.csvRenamed(dir));
        waitUntil(() -> robot.lookup("#importError").tryQuery().isPresent());
        assertThat(robot.lookup("#importError").queryAs(Label.class).getText()).contains("ledger-csv.xlsx")
                .contains("CSV");
        robot.clickOn(shown(robot, "#importClose"));
        waitUntil(() -> !dialog.stage().isShowing());
    }

    /** The node of that id in a app.window() that is showing, once there is one: a dialog swaps its panes as it reads. */
    private static Node shown(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).match(ImportPreviewWindowTest::onShowingWindow).tryQuery().isPresent());
        return robot.lookup(query).match(ImportPreviewWindowTest::onShowingWindow).query();
    }

    private static boolean onShowingWindow(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
