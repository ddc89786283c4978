package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export in the window: the menu item, the export in the background and the message when done. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private UiPreferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        window = MainWindow.show(stage, file, prefs);
        stage.setX(0);
        stage.setY(0);
    }

    @BeforeEach
    void awaitOpen() throws Exception {
        OpenedWindows.awaitOpen(window);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        prefs.node().removeNode();
    }

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
        robot.interact(() -> window.exportActions().export(target));
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
        assertThat(prefs.lastDirectory()).isEqualTo(dir);
    }
}
