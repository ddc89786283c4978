package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the main window on a filled ledger, written to target/screenshots. */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotTest {
    @TempDir
    static Path dir;
    private MainWindow window;
    private UiPreferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = dir.resolve("seed-" + UUID.randomUUID() + ".zgtz");
        try (LedgerStore store = SeedLedger.create(file)) {
            // one measure still in progress and overdue, one long-term: every mark shows
            Measure m = store.inspections().measures(store.inspections().problems(store.inspections().all().get(0).id(), null).get(1).id()).get(0);
            store.inspections().update(MeasureBuilder.from(m).deadline(Deadline.longTerm()).status(Status.LONG_TERM)
                    .completedOn(null).build());
        }
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        window = MainWindow.show(stage, file, prefs);
        // within the headless screen (1280 × 800)
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
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
    void mainWindowWithSeedLedger(FxRobot robot) throws Exception {
        long measureId = WaitForAsyncUtils.asyncFx(() -> {
            LedgerStore s = window.session().store();
            long inspection = s.inspections().all().get(0).id();
            long first = s.inspections().problems(inspection, null).get(0).id();
            Measure inProgress = s.inspections().problems(inspection, null).stream()
                    .flatMap(p -> s.inspections().measures(p.id()).stream())
                    .filter(m -> m.status() == Status.IN_PROGRESS).findFirst().orElseThrow();
            window.treeViewModel().select(NodeKey.measure(s.inspections().measures(first).get(0).id()));
            window.treeViewModel().select(NodeKey.measure(inProgress.id()));
            return inProgress.id();
        }).get(10, TimeUnit.SECONDS);
        // the form's validation marks move the scene's content into a decoration pane meanwhile
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusFigures").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().contains("%")).orElse(false));
        // the selection opens its way in the background
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.treeViewModel().selectedKey().equals(java.util.Optional.of(NodeKey.measure(measureId))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.treeViewModel().selectedKey()).contains(NodeKey.measure(measureId));
        Path png = Screenshots.write(stage.getScene(), "main-window");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void departmentTreeUnderAFilter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.showTreeMode(io.github.rectification.ledger.ui.tree.TreeMode.BY_DEPARTMENT);
            window.treeViewModel().filterTextProperty().set("养老");
            window.treeViewModel().applyFilter();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.treeViewModel().hitsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#modeByDepartment").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#modeByInspection").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
        var departments = window.treeViewModel().rootProperty().get().getChildren();
        assertThat(departments).isNotEmpty().allSatisfy(d -> assertThat(
                ((io.github.rectification.ledger.ui.tree.TreeNode.DepartmentNode) d.getValue()).measures()).isPositive());
        WaitForAsyncUtils.asyncFx(() -> departments.get(0).setExpanded(true)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Screenshots.write(stage.getScene(), "department-filter");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
