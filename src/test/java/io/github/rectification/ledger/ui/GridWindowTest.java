package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.grid.GridRow;
import io.github.rectification.ledger.ui.main.MainWindow;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The measure grid in the real window: cell edits, a refused date, a pasted Excel block, fill-down, bulk set and undo, filter. */
class GridWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", f -> SeedLedger.create(f).close());

    @SuppressWarnings("unchecked")
    private TableView<GridRow> open(FxRobot robot) {
        for (int i = 0; i < 100 && !app.window().session().isWritable(); i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(app.window().session().isWritable()).as("the ledger is open for writing").isTrue();
        robot.interact(() -> app.window().selectTab(MainWindow.GRID_TAB));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<GridRow> table = robot.lookup("#gridTable").queryAs(TableView.class);
        for (int i = 0; i < 100 && table.getItems().size() < SeedLedger.MEASURES; i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(table.getItems()).hasSize(SeedLedger.MEASURES);
        return table;
    }

    private static TableColumn<GridRow, ?> column(TableView<GridRow> table, String key) {
        return table.getColumns().stream().filter(c -> ("gridColumn-" + key).equals(c.getId())).findFirst().orElseThrow();
    }

    private LedgerStore store() {
        return app.window().session().store();
    }

    private static void select(FxRobot robot, TableView<GridRow> table, int fromRow, int toRow, TableColumn<GridRow, ?> from,
            TableColumn<GridRow, ?> to) {
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(fromRow, from, toRow, to);
            table.getFocusModel().focus(fromRow, from);
            table.requestFocus();
        });
    }

    @Test
    void aCellIsEditedAndABadDateIsRefusedAndNotStored(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        long id = table.getItems().get(1).measureId();
        select(robot, table, 1, 1, column(table, "remarks"), column(table, "remarks"));
        robot.type(KeyCode.F2);
        TextField editor = robot.lookup("#gridEditor").queryAs(TextField.class);
        robot.interact(() -> editor.setText("季度报送"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(id).orElseThrow().remarks()).isEqualTo("季度报送");

        Measure before = store().inspections().measure(id).orElseThrow();
        select(robot, table, 1, 1, column(table, "completed"), column(table, "completed"));
        robot.type(KeyCode.F2);
        TextField date = robot.lookup("#gridEditor").queryAs(TextField.class);
        robot.interact(() -> date.setText("2026-13-45"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getStyleClass()).contains("cell-invalid");
        assertThat(robot.lookup("#gridMessage").queryLabeled().getText()).contains("2026-13-45");
        assertThat(store().inspections().measure(id).orElseThrow()).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aBlockCopiedFromExcelIsPastedAfterAPreviewAsOneUndoableStep(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        List<Long> ids = table.getItems().subList(0, 3).stream().map(GridRow::measureId).toList();
        Map<Long, Measure> before = store().inspections().measures(ids);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("张三\t办公室\t\"民政\n财务处\"\t李某\r\n王五\t社会事务处\t\t赵某\r\n钱六\t养老服务处\t办公室\t孙某\r\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        select(robot, table, 0, 0, column(table, "leader"), column(table, "leader"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane preview = robot.lookup("#gridPreview").queryAs(DialogPane.class);
        assertThat(((TableView<?>) preview.getContent()).getItems()).isNotEmpty();
        robot.clickOn(preview.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Measure first = store().inspections().measure(ids.get(0)).orElseThrow();
        assertThat(first.leader()).isEqualTo("张三");
        assertThat(first.supportingDepartments()).containsExactly("民政", "财务处");
        assertThat(store().inspections().measure(ids.get(2)).orElseThrow().person()).isEqualTo("孙某");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measures(ids)).isEqualTo(before);
    }

    @Test
    void aBlockCopiedFromExcelWithBothFlavoursIsPastedFromItsHtmlTable(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        List<Long> ids = table.getItems().subList(3, 6).stream().map(GridRow::measureId).toList();
        Map<Long, Measure> before = store().inspections().measures(ids);
        String html;
        try (var in = getClass().getResourceAsStream("/clipboard/excel-3x4.html")) {
            html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Excel's text flavour of the same block: a cell with a line break quoted, one starting with a
        // quote mark not quoted, which the text alone would read without its quote marks
        String text = "张三\t2027/3/31\t\"\"\"两个责任\"\"已压实，\n已召开专题会议\"\t已完成\r\n"
                + "王五\t长期坚持\t\"两个责任\"正在压实 \t正在推进\r\n钱六\t2027/6/30\t\t未启动\r\n";
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            c.putHtml(html);
            Clipboard.getSystemClipboard().setContent(c);
        });
        select(robot, table, 3, 3, column(table, "person"), column(table, "person"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane preview = robot.lookup("#gridPreview").queryAs(DialogPane.class);
        assertThat(preview.lookupButton(ButtonType.OK).isDisabled()).as("nothing refused").isFalse();
        robot.clickOn(preview.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Measure first = store().inspections().measure(ids.get(0)).orElseThrow();
        assertThat(first.person()).isEqualTo("张三");
        assertThat(first.deadline().date()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
        assertThat(first.progress()).isEqualTo("\"两个责任\"已压实，\n已召开专题会议");
        assertThat(first.status()).isEqualTo(io.github.rectification.ledger.domain.Status.DONE);
        Measure second = store().inspections().measure(ids.get(1)).orElseThrow();
        assertThat(second.deadline().kind()).isEqualTo(io.github.rectification.ledger.domain.DeadlineKind.LONG_TERM);
        assertThat(second.progress()).isEqualTo("\"两个责任\"正在压实");
        Measure third = store().inspections().measure(ids.get(2)).orElseThrow();
        assertThat(third.person()).isEqualTo("钱六");
        assertThat(third.progress()).isNullOrEmpty();
        assertThat(third.status()).isEqualTo(io.github.rectification.ledger.domain.Status.NOT_STARTED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measures(ids)).isEqualTo(before);
    }

    @Test
    void fillDownAndAStatusSetOnTwentyRowsUndoneInOneStep(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        String first = table.getItems().get(0).measure().department();
        select(robot, table, 0, 3, column(table, "department"), column(table, "department"));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (GridRow r : table.getItems().subList(0, 4)) {
            assertThat(store().inspections().measure(r.measureId()).orElseThrow().department()).isEqualTo(first);
        }

        List<Long> ids = table.getItems().subList(5, 25).stream().map(GridRow::measureId).toList();
        Map<Long, Measure> before = store().inspections().measures(ids);
        select(robot, table, 5, 24, column(table, "status"), column(table, "status"));
        robot.clickOn("#gridSetSelected");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane d = robot.lookup("#gridSetDialog").queryAs(DialogPane.class);
        ComboBox<String> words = robot.from(d).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> words.setValue(Status.NOT_STARTED.word()));
        robot.clickOn(d.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measures(ids).values()).hasSize(20).allMatch(m -> m.status() == Status.NOT_STARTED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measures(ids)).isEqualTo(before);
    }

    @Test
    void filteredByDepartment(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        ComboBox<String> departments = robot.lookup("#gridDepartment").queryAs(ComboBox.class);
        String department = departments.getItems().get(1);
        robot.interact(() -> departments.setValue(department));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(SeedLedger.MEASURES)
                .allMatch(r -> department.equals(r.measure().department()));
        Screenshots.write(table.getScene(), "grid");
    }

    @Test
    void theFilteredGridPrintsAsShownFromItsButton(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        ComboBox<String> departments = robot.lookup("#gridDepartment").queryAs(ComboBox.class);
        robot.interact(() -> departments.setValue(departments.getItems().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#gridPrint");
        LedgerWindow.waitUntil(() -> app.window().reportActions().printPreviewWindow() != null
                && app.window().reportActions().printPreviewWindow().stage().isShowing());
        var preview = app.window().reportActions().printPreviewWindow();
        assertThat(preview.stage().getTitle()).isEqualTo("打印预览 — 台账表格");
        assertThat(preview.pageCount()).isBetween(1, table.getItems().size());
        var root = preview.stage().getScene().getRoot();
        assertThat(robot.from(root).lookup("#previewChecks").tryQuery()).as("a table is not checked").isEmpty();
        assertThat(robot.from(root).lookup("#previewPrint").tryQuery()).isPresent();
        Screenshots.write(preview.stage().getScene(), "grid-print");
        robot.interact(() -> preview.stage().close());
    }

    @Test
    void filteredByDeadlineBandChosenFromItsList(FxRobot robot) throws Exception {
        TableView<GridRow> table = open(robot);
        java.time.LocalDate today = java.time.LocalDate.now();
        long overdue = table.getItems().stream().filter(r -> r.measure().overdue(today)).count();
        assertThat(overdue).as("the seed ledger has overdue measures").isPositive();
        robot.clickOn("#gridBand");
        robot.clickOn("逾期");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize((int) overdue).allMatch(r -> r.measure().overdue(today));
        assertThat(robot.lookup("#gridCount").queryLabeled().getText()).contains(String.valueOf(overdue));
        robot.clickOn("#gridBand");
        robot.clickOn("全部时限");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(SeedLedger.MEASURES);
    }
}
