package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export in the window: the menu item, the export in the background and the message when done. */
class ExportWindowTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("seed.zgtz", f -> SeedLedger.create(f).close())
            .placed(0, 0);

    @Test
    void theFileMenuOffersExportOnCtrlE(FxRobot robot) {
        robot.clickOn("#menuFile");
        MenuItem export = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menuFileExport".equals(i.getId())).findFirst().orElseThrow();
        assertThat(export.getText()).isEqualTo("导出 Excel 台账…");
        assertThat(export.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+E"));
        assertThat(export.isDisable()).isFalse();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void exportsInTheBackgroundAndSaysWhenDone(FxRobot robot) throws Exception {
        Path target = dir.resolve("导出.xlsx");
        robot.interact(() -> app.window().exportActions().export(target));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("已导出 1 个巡察、14 个问题、38 条整改措施").contains(target.toString());
        robot.clickOn(done.lookupButton(done.getButtonTypes().get(0)));
        assertThat(Files.isRegularFile(target)).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(target.toFile())) {
            assertThat(wb.getSheet("_ledger")).isNotNull();
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2 + SeedLedger.MEASURES);
        }
        assertThat(robot.lookup("#exportProgress").tryQuery()).isEmpty();
        assertThat(app.prefs().lastDirectory()).isEqualTo(dir);
    }
}
