package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.returns.ReturnsRegisterViewModel;
import io.github.rectification.ledger.ui.returns.ReturnsRegisterWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 文件 › 报送情况 in the real window: a round sent to every department, one of which returned its
 * part; the others are late, each with its reminder from the template, which the office edits;
 * the reminders of the late ones are written as Word documents.
 */
class ReturnsRegisterWindowTest {
    static final LocalDate DUE = LocalDate.now().minusDays(3);
    static String returned;
    static int departments;

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", ReturnsRegisterWindowTest::sentAndOneReturned);

    static void sentAndOneReturned(Path file) throws Exception {
        try (LedgerStore store = SeedLedger.create(file)) {
            store.settings().put(LedgerSettings.RETURN_TO, "市民政局巡察整改办");
            DistributionJob.Result r = DistributionJob.run(store, file.resolveSibling("下发"),
                    new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, DUE, null, null), false);
            departments = r.round().files().size();
            Distributor.Sent first = r.round().files().get(0);
            returned = first.recipient();
            Path back = file.resolveSibling("报送-" + first.file().getFileName());
            try (DistributedWorkbook wb = DistributedWorkbook.open(first.file())) {
                wb.saveAs(back);
            }
            LedgerImporter.apply(back, store, ImportOptions.defaults());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLateDepartmentsAreListedWithTheirRemindersWhichAreWrittenAsWordDocuments(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        robot.clickOn("#menuFile").clickOn("#menuFileReturnsRegister");
        WaitForAsyncUtils.waitForFxEvents();
        ReturnsRegisterWindow window = app.window().returnsRegisterActions().window();
        assertThat(window.stage().isShowing()).isTrue();
        robot.interact(() -> app.window().returnsRegisterActions().open());
        assertThat(app.window().returnsRegisterActions().window()).as("one register at a time").isSameAs(window);
        Node root = window.stage().getScene().getRoot();
        TableView<ReturnsRegisterViewModel.Row> table = robot.from(root).lookup("#returnsRegisterTable")
                .queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(departments);
        ReturnsRegisterViewModel.Row back = table.getItems().stream().filter(r -> r.department().equals(returned))
                .findFirst().orElseThrow();
        assertThat(back.state()).isEqualTo("已报送");
        assertThat(back.returns()).isEqualTo(1);
        assertThat(table.getItems()).filteredOn(r -> r != back).allMatch(r -> r.state().equals("逾期未报"));
        assertThat(robot.from(root).lookup("#returnsRegisterSummary").queryLabeled().getText())
                .startsWith("共 " + departments + " 个部门：已报送 1 个，未报送 " + (departments - 1) + " 个，其中逾期 "
                        + (departments - 1) + " 个");
        ScreenChecks.check(window.stage());
        Screenshots.write(window.stage().getScene(), "returns-register");

        ReturnsRegisterViewModel.Row late = table.getItems().stream().filter(ReturnsRegisterViewModel.Row::late)
                .reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> table.scrollTo(late));
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row
                && row.getItem() == late).queryAs(Node.class));
        TextArea text = robot.from(root).lookup("#reminderText").queryAs(TextArea.class);
        assertThat(text.getText()).startsWith("关于催报巡察整改落实情况的通知\n" + late.department() + "：")
                .contains("并于" + io.github.rectification.ledger.domain.DayTexts.chinese(DUE) + "前报送",
                        "尽快报送至市民政局巡察整改办");
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row
                && row.getItem() == back).queryAs(Node.class));
        assertThat(text.getText()).isEqualTo(returned + "已报送，无需催报。");
        assertThat(robot.from(root).lookup("#reminderCopy").query().isDisabled()).isTrue();

        // the office's own template, edited in its dialog
        robot.clickOn("#reminderTemplate");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea template = robot.lookup("#reminderTemplateText").queryAs(TextArea.class);
        robot.interact(() -> template.setText("催报函\n{部门}：\n《{文件}》请于今日报送。\n市民政局巡察整改办\n{日期}"));
        robot.clickOn(robot.lookup("#reminderTemplateDialog").lookup(".button").match(
                n -> ((javafx.scene.control.Button) n).getText().equals("保存")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row
                && row.getItem() == late).queryAs(Node.class));
        assertThat(text.getText()).startsWith("催报函\n" + late.department() + "：\n《").endsWith("市民政局巡察整改办\n"
                + io.github.rectification.ledger.domain.DayTexts.chinese(LocalDate.now()));
        robot.interact(() -> window.stage().close());

        // the same register with dialogs that answer the folder: 写催报通知 writes one document a late department
        Path folder = app.folder().resolve("催报");
        TestDialogs dialogs = new TestDialogs();
        dialogs.chosenFile = folder;
        ReturnsRegisterWindow own = WaitForAsyncUtils.asyncFx(() -> {
            ReturnsRegisterWindow w = new ReturnsRegisterWindow(app.stage(), new ReturnsRegisterViewModel(
                    app.window().session(), app.window().executor(), LocalDate::now), dialogs, true, () -> folder);
            w.show();
            return w;
        }).get();
        robot.clickOn(robot.from(own.stage().getScene().getRoot()).lookup("#reminderDocx").queryAs(Node.class));
        LedgerWindow.waitUntil(() -> !own.viewModel().writingProperty().get()
                && own.viewModel().messageProperty().get().startsWith("已在"));
        List<Path> written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(written).hasSize(departments - 1);
        Path lateDoc = written.stream().filter(f -> f.getFileName().toString().contains("-" + late.department() + "-"))
                .findFirst().orElseThrow();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(lateDoc));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).startsWith("催报函").contains(late.department() + "：", "请于今日报送");
        }
        assertThat(written).noneMatch(f -> f.getFileName().toString().contains("-" + returned + "-"));
        robot.interact(() -> own.stage().close());
    }
}
