package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.bench.SyntheticLedger;
import io.github.rectification.ledger.bench.SyntheticStore;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.grid.GridRow;
import io.github.rectification.ledger.ui.grid.GridScope;
import io.github.rectification.ledger.ui.main.MainWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid on a ledger of 100,000 measures in the real window: every row there, scrolled to the
 * middle, filtered by a department, and pictured (target/screenshots/tour-grid-100k*.png). The times
 * are printed, not asserted; the grid bench measures them.
 */
class GridAtScaleWindowTest {
    static final int MEASURES = 100_000;

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("十万条.zgtz", f -> {
        try (LedgerStore store = LedgerStore.open(f)) {
            SyntheticStore.write(new SyntheticLedger(MEASURES, 2, 7), store);
        }
    }).placed(1280, 800);

    @Test
    @SuppressWarnings("unchecked")
    void aHundredThousandMeasuresAreShownScrolledAndFiltered(FxRobot robot) throws Exception {
        MainWindow window = app.window();
        LedgerWindow.waitUntil(() -> window.session().isWritable());
        long t = System.nanoTime();
        robot.interact(() -> window.selectTab(MainWindow.GRID_TAB));
        ComboBox<GridScope> scope = robot.lookup("#gridScope").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue(scope.getItems().get(0)));
        TableView<GridRow> table = robot.lookup("#gridTable").queryAs(TableView.class);
        for (int i = 0; i < 1200 && table.getItems().size() < MEASURES; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("grid of %,d measures shown in %d ms%n", MEASURES, (System.nanoTime() - t) / 1_000_000);
        assertThat(table.getItems()).hasSize(MEASURES);
        assertThat(robot.lookup("#gridCount").queryLabeled().getText()).isEqualTo("显示 100,000 条，共 100,000 条");

        robot.interact(() -> table.scrollTo(MEASURES / 2));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(table.getScene(), "tour-grid-100k");

        ComboBox<String> departments = robot.lookup("#gridDepartment").queryAs(ComboBox.class);
        String department = departments.getItems().get(1);
        t = System.nanoTime();
        robot.interact(() -> departments.setValue(department));
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("filtered by %s in %d ms%n", department, (System.nanoTime() - t) / 1_000_000);
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(MEASURES)
                .allMatch(r -> department.equals(r.measure().department()));
        Screenshots.write(table.getScene(), "tour-grid-100k-filtered");
    }
}
