package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.SentPart;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.distribution.DistributionDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › 下发 in the real window: the wizard refuses an unreadable date, then writes a workbook and a draft per department and records the round. */
class DistributionWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", f -> SeedLedger.create(f).close());

    @Test
    void theWizardWritesOneWorkbookAndDraftPerDepartmentAndRecordsTheRound(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        robot.clickOn("#menuFile").clickOn("#menuFileDistribute");
        WaitForAsyncUtils.waitForFxEvents();
        DistributionDialog wizard = app.window().distributionActions().dialog();
        assertThat(wizard).isNotNull();
        DialogPane pane = wizard.dialog().getDialogPane();
        Button send = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        DatePicker due = robot.lookup("#distributionDue").queryAs(DatePicker.class);
        assertThat(due.getValue()).isEqualTo(LocalDate.now().plusDays(14));
        assertThat(robot.lookup("#distributionFolder").queryAs(TextField.class).getText()).endsWith(
                "台账-下发-" + LocalDate.now());
        assertThat(send.isDisabled()).isFalse();
        ScreenChecks.check(pane.getScene().getWindow());
        Screenshots.write(pane.getScene(), "distribution-wizard");

        robot.clickOn(due.getEditor()).eraseText(12).write("2026-13-45");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#distributionProblem").queryLabeled().getText()).contains("2026-13-45", "读不出");
        assertThat(send.isDisabled()).as("an unreadable date keeps the round from going out").isTrue();
        robot.eraseText(12).write("2030-01-15").type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2030, 1, 15));

        Path folder = app.folder().resolve("下发一");
        robot.interact(() -> robot.lookup("#distributionFolder").queryAs(TextField.class).setText(folder.toString()));
        robot.clickOn("#distributionDrafts");
        assertThat(robot.lookup("#distributionProblem").queryLabeled().getText()).isEmpty();
        assertThat(send.isDisabled()).isFalse();
        robot.clickOn(send);
        LedgerWindow.waitUntil(() -> !wizard.dialog().isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        LedgerStore store = app.window().session().store();
        long departments = store.inspections().snapshot().measures().stream().map(Measure::department).filter(d -> !d.isBlank())
                .distinct().count();
        List<Path> workbooks;
        List<Path> drafts;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            workbooks = all.stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
            drafts = all.stream().filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertThat(workbooks).hasSize((int) departments);
        assertThat(drafts).hasSize((int) departments);
        List<String> rounds = store.distributions().rounds();
        assertThat(rounds).hasSize(1);
        List<SentPart> parts = store.distributions().round(rounds.get(0));
        assertThat(parts).hasSize((int) departments);

        DialogPane info = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()
                        && p.getContentText() != null && p.getContentText().startsWith("已下发"))
                .findFirst().orElseThrow();
        assertThat(info.getContentText()).contains("已下发 " + departments + " 个工作簿", "共 " + SeedLedger.MEASURES
                + " 条整改措施", folder.toString(), "邮件草稿，共 " + departments + " 封");
        robot.clickOn(info.lookupButton(info.getButtonTypes().stream().filter(b -> b.getButtonData()
                .isDefaultButton() || b == ButtonType.OK).findFirst().orElse(info.getButtonTypes().get(0))));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
    }
}
