package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.directory.DirectoryWindow;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 编辑 › 机构名录 in the real window: built from the ledger on first opening, an alias typed into its
 * cell is read as its department, an alias of another department is refused, and a name written
 * alike is merged only after the user confirms.
 */
class DirectoryWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", f -> {
        try (LedgerStore store = SeedLedger.create(f)) {
            Measure m = store.inspections().snapshot().measures().stream().filter(x -> x.department().equals("办公室"))
                    .findFirst().orElseThrow();
            // the same department written with a prefix: offered for merging, not merged
            store.inspections().update(MeasureBuilder.from(m).department("局办公室").build());
        }
    });

    @Test
    @SuppressWarnings("unchecked")
    void theDirectoryIsBuiltEditedInItsCellsAndMergesOnlyWhenAsked(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        LedgerStore store = app.window().session().store();
        assertThat(store.directory().all()).isEmpty();
        robot.clickOn("#menuEdit").clickOn("#menuEditDirectory");
        WaitForAsyncUtils.waitForFxEvents();
        DirectoryWindow window = app.window().directoryActions().window();
        var root = window.stage().getScene().getRoot();
        TableView<Department> table = robot.from(root).lookup("#directoryTable").queryAs(TableView.class);
        long named = store.inspections().snapshot().measures().stream().map(Measure::department).filter(d -> !d.isBlank())
                .distinct().count();
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo((int) named - 1);
        assertThat(robot.from(root).lookup("#directoryMessage").queryLabeled().getText()).startsWith("已按台账");
        ScreenChecks.check(window.stage());
        Screenshots.write(window.stage().getScene(), "directory");

        // an alias typed into the cell of 财务处
        int row = indexOf(table, "财务处");
        robot.interact(() -> table.edit(row, table.getColumns().get(1)));
        TextField editor = robot.from(table).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText("计财处、财务科"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.directory().resolve("计财处")).map(Department::name).contains("财务处");
        assertThat(store.directory().resolve("财务科")).map(Department::name).contains("财务处");

        // an alias that is another department's name is refused, nothing written
        int office = indexOf(table, "办公室");
        robot.interact(() -> table.edit(office, table.getColumns().get(1)));
        TextField second = robot.from(table).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> second.setText("财务处"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(root).lookup("#directoryMessage").queryLabeled().getText()).contains("财务处");
        assertThat(store.directory().resolve("财务处")).map(Department::name).contains("财务处");

        // 局办公室 and 办公室 are offered; merged after the confirmation
        ListView<?> alike = robot.from(root).lookup("#directoryAlike").queryAs(ListView.class);
        assertThat(alike.getItems()).isNotEmpty();
        robot.interact(() -> alike.getSelectionModel().select(0));
        robot.clickOn((Button) robot.from(root).lookup("#directoryMerge").query());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()
                        && p.getContentText() != null && p.getContentText().contains("并入"))
                .findFirst().orElseThrow();
        Button yes = confirm.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()
                || b.getText().equals("合并")).map(b -> (Button) confirm.lookupButton(b)).findFirst().orElseThrow();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        List<Department> all = store.directory().all();
        assertThat(store.directory().resolve("局办公室")).map(Department::name).contains("办公室");
        assertThat(all).extracting(Department::name).doesNotContain("局办公室");
        robot.interact(() -> window.stage().close());
    }

    private static int indexOf(TableView<Department> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the directory");
    }
}
