package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.main.MainWindow;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar says what the quality check found when the ledger opened; its line opens the dashboard. */
class QualityLineWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", file -> {
        try (LedgerStore store = SeedLedger.create(file)) {
            Measure m = store.inspections().snapshot().measures().get(0);
            store.inspections().update(MeasureBuilder.from(m).department("").build());
        }
    });

    @Test
    void theFindingsOfTheOpenedLedgerAreNamedAndTheLineOpensThemInTheDashboard(FxRobot robot) throws Exception {
        Hyperlink line = robot.lookup("#statusQuality").queryAs(Hyperlink.class);
        LedgerWindow.waitUntil(() -> line.getText().startsWith("数据质量：1 类问题"));
        assertThat(line.getText()).isEqualTo("数据质量：1 类问题，涉及 1 条记录");
        assertThat(line.isDisabled()).isFalse();
        assertThat(line.isVisible()).isTrue();
        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.DASHBOARD_TAB);
    }
}
