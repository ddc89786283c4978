package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.Localization;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's tabs on the screens offices have, at their display scaling: 1920×1080 at 150 %
 * and 1366×768 at 125 % leave 1280×720 and 1093×614 points for the window. No label, button, tab or
 * column header is cut off and the window holds its content; a picture of each tab rendered at the
 * scale is written to target/screenshots/scaled-*.png to look at. Run in each language by a subclass.
 */
abstract class ScaledScreens {
    static final List<String> TABS = List.of("tabLedger", "tabAccountability", "tabInstitutions",
            MainWindow.DASHBOARD_TAB, MainWindow.GRID_TAB);

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.seed().placed(1280, 720);

    /** Sets the window's language before the window opens. */
    static void language(String language) {
        if (language == null) {
            System.clearProperty("ledger.language");
        } else {
            System.setProperty("ledger.language", language);
        }
        Localization.reload();
    }

    abstract String language();

    @Test
    void fullHdAtOneHundredAndFiftyPercent(FxRobot robot) throws Exception {
        check(robot, 1280, 720, 150);
    }

    @Test
    void laptopAtOneHundredAndTwentyFivePercent(FxRobot robot) throws Exception {
        check(robot, 1093, 614, 125);
    }

    private void check(FxRobot robot, double width, double height, int percent) throws Exception {
        Stage stage = app.stage();
        MainWindow window = app.window();
        LedgerStore store = window.session().store();
        Measure first = store.inspections().measures(store.inspections().problems(store.inspections().all().get(0).id(), null).get(0).id()).get(0);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.treeViewModel().select(NodeKey.measure(first.id()));
        });
        double scale = percent / 100.0;
        for (String tab : TABS) {
            robot.interact(() -> window.selectTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getWidth()).isEqualTo(width, within(1.0));
            ScreenChecks.check(stage);
            WritableImage picture = WaitForAsyncUtils.asyncFx(() -> {
                SnapshotParameters p = new SnapshotParameters();
                p.setTransform(Transform.scale(scale, scale));
                return stage.getScene().getRoot().snapshot(p, null);
            }).get(10, TimeUnit.SECONDS);
            assertThat(picture.getWidth()).isEqualTo(stage.getScene().getWidth() * scale, within(2.0));
            Screenshots.write(picture, "scaled-" + language() + "-" + percent + "-" + tab);
        }
    }
}
