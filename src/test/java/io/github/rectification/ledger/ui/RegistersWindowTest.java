package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The registers through their tabs: add, edit and delete with the real controls. */
class RegistersWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("seed.zgtz", this::prepare)
            .placed(1200, 760);

    private void prepare(Path file) throws Exception {
        SeedLedger.create(file).close();
    }

    @Test
    void addEditAndDeleteRegisterRecords(FxRobot robot) throws Exception {
        LedgerStore store = app.window().session().store();
        // a register's view is built when its tab is first shown, not with the window
        assertThat(robot.lookup("#accountabilityTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#institutionTable").tryQuery()).isEmpty();
        robot.clickOn("#tabAccountability");
        assertThat(robot.lookup("#accountabilityTable").tryQuery()).isPresent();
        robot.clickOn("#accountabilityAdd");
        WaitForAsyncUtils.waitForFxEvents();
        // a new record starts empty, prompting for the name, with the cursor there
        javafx.scene.control.TextField newPerson = robot.lookup("#accountabilityPerson")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(newPerson.getText()).isEmpty();
        assertThat(newPerson.getPromptText()).isNotBlank();
        assertThat(newPerson.isFocused()).isTrue();
        replaceText(robot, "#accountabilityPerson", "张某某");
        replaceText(robot, "#accountabilityPosition", "财务处副处长");
        robot.clickOn(robot.lookup("#accountabilityKind .arrow-button").<javafx.scene.Node>query()).clickOn("诫勉谈话");
        robot.clickOn("#accountabilityProblem").clickOn("(九) 财经纪律执行不严格");
        robot.clickOn("#accountabilityApply");
        WaitForAsyncUtils.waitForFxEvents();
        AccountabilityRecord a = store.registers().accountability().get(0);
        assertThat(a.person()).isEqualTo("张某某");
        assertThat(a.position()).isEqualTo("财务处副处长");
        assertThat(a.kind()).isEqualTo("诫勉谈话");
        assertThat(store.inspections().problem(a.problemId()).orElseThrow().seq()).isEqualTo("(九)");
        assertThat(robot.lookup("#accountabilityTable").queryAs(TableView.class).getItems()).hasSize(1);

        robot.clickOn("#tabInstitutions");
        robot.clickOn("#institutionAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#institutionTitle").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#institutionTitle").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        replaceText(robot, "#institutionTitle", "《温州市民政局财务管理办法》");
        replaceText(robot, "#institutionDocNo", "温民办[2022]27号");
        robot.clickOn("#institutionKind").clickOn("修订完善");
        robot.clickOn("#institutionApply");
        WaitForAsyncUtils.waitForFxEvents();
        InstitutionRecord r = store.registers().institutions().get(0);
        assertThat(r.title()).isEqualTo("《温州市民政局财务管理办法》");
        assertThat(r.docNo()).isEqualTo("温民办〔2022〕27号");
        assertThat(r.kind()).isEqualTo(InstitutionKind.REVISED);
        Screenshots.write(app.stage().getScene(), "institutions");

        robot.clickOn("#tabAccountability");
        robot.clickOn("张某某");
        robot.clickOn("#accountabilityDelete");
        // the confirmation's button, not the tab's own 删除 button
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                n -> n instanceof javafx.scene.control.Button b && "删除".equals(b.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.registers().accountability()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#accountabilityTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void aRegisterDateThatNamesNoDayIsMarkedAndRefusedNeverStoredAsEmpty(FxRobot robot) throws Exception {
        LedgerStore store = app.window().session().store();
        robot.clickOn("#tabAccountability");
        robot.clickOn("#accountabilityAdd");
        WaitForAsyncUtils.waitForFxEvents();
        replaceText(robot, "#accountabilityPerson", "李某");
        replaceText(robot, "#accountabilityDate .text-field", "2022-05-20");
        robot.clickOn("#accountabilityApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.registers().accountability().get(0).date()).isEqualTo(java.time.LocalDate.of(2022, 5, 20));

        replaceText(robot, "#accountabilityDate .text-field", "2026-13-45");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DatePicker date = robot.lookup("#accountabilityDate").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(date.getStyleClass()).contains(io.github.rectification.ledger.ui.common.DatePickers.UNREADABLE);
        assertThat(robot.lookup("#accountabilityApply").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(".form-message").match(n -> n.isVisible()
                && ((javafx.scene.control.Label) n).getText().contains("2026-13-45")).tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.registers().accountability().get(0).date()).isEqualTo(java.time.LocalDate.of(2022, 5, 20));

        // 放弃 puts the stored date back into the field, its mark gone
        robot.clickOn("#accountabilityCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getEditor().getText()).isEqualTo("2022-05-20");
        assertThat(date.getStyleClass()).doesNotContain(io.github.rectification.ledger.ui.common.DatePickers.UNREADABLE);
        assertThat(robot.lookup("#accountabilityApply").queryButton().isDisabled()).isTrue();
        assertThat(store.registers().accountability().get(0).date()).isEqualTo(java.time.LocalDate.of(2022, 5, 20));
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }
}
