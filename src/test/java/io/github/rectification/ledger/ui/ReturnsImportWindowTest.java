package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.conflicts.ConflictsWindow;
import io.github.rectification.ledger.ui.importer.ReturnsImportDialog;
import io.github.rectification.ledger.ui.importer.ReturnsImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 文件 › 导入报送 in the real window: a folder with two departments' returns and a file that is no
 * workbook is read in one go, one line each; 导入 takes both returns in, the office's correction
 * meets the department's change as a conflict, and 处理冲突 opens its review.
 */
class ReturnsImportWindowTest {
    static String firstUid;
    static String secondUid;
    static Path returnsFolder;

    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", ReturnsImportWindowTest::distributed);

    /** The seed ledger sent to its departments; two return with progress written, one of them on a measure the office corrected since. */
    static void distributed(Path file) throws Exception {
        Path out = file.resolveSibling("下发");
        returnsFolder = file.resolveSibling("报送");
        Files.createDirectories(returnsFolder);
        try (LedgerStore store = SeedLedger.create(file)) {
            DistributionJob.Result r = DistributionJob.run(store, out,
                    new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null), false);
            List<Distributor.Sent> two = r.round().files().subList(0, 2);
            Measure a = measureOf(store, two.get(0).recipient());
            Measure b = measureOf(store, two.get(1).recipient());
            firstUid = store.history().uidOf(RecordKind.MEASURE, a.id());
            secondUid = store.history().uidOf(RecordKind.MEASURE, b.id());
            store.inspections().update(MeasureBuilder.from(b).progress("办公室更正的进展").build());
            try (DistributedWorkbook wb = DistributedWorkbook.open(two.get(0).file())) {
                wb.set(firstUid, "整改进展情况", "部门报送：已完成第一阶段").saveAs(returnsFolder.resolve("1-" + two.get(0)
                        .file().getFileName()));
            }
            try (DistributedWorkbook wb = DistributedWorkbook.open(two.get(1).file())) {
                wb.set(secondUid, "整改进展情况", "部门报送的另一进展").saveAs(returnsFolder.resolve("2-" + two.get(1)
                        .file().getFileName()));
            }
            Files.writeString(returnsFolder.resolve("说明.xlsx"), "不是工作簿");
            Files.writeString(returnsFolder.resolve("~$1-锁定文件.xlsx"), "");
        }
    }

    private static long importBackups(LedgerStore store) {
        return io.github.rectification.ledger.store.Backups.forLedger(store.file()).list().stream()
                .filter(b -> b.kind() == io.github.rectification.ledger.store.BackupKind.IMPORT).count();
    }

    private static Measure measureOf(LedgerStore store, String department) {
        return store.inspections().snapshot().measures().stream().filter(m -> m.department().equals(department)).findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFolderOfReturnsIsReadInOneGoImportedAndItsConflictReviewed(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        LedgerStore store = app.window().session().store();
        ReturnsImportDialog dialog = WaitForAsyncUtils.asyncFx(
                () -> app.window().importActions().importFolder(returnsFolder)).get();
        ReturnsImportViewModel vm = dialog.viewModel();
        LedgerWindow.waitUntil(() -> vm.items().size() == 3);
        var root = dialog.stage().getScene().getRoot();
        TableView<ReturnsImportViewModel.Item> table = robot.from(root).lookup("#returnsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(i -> i.file().getFileName().toString())
                .allMatch(n -> !n.startsWith("~$"));
        assertThat(vm.items().get(2).refused()).as("说明.xlsx is no workbook").isNotNull();
        assertThat(vm.items().subList(0, 2)).allMatch(i -> i.refused() == null && !i.department().isBlank());
        assertThat(vm.items().get(1).plan().conflicts()).hasSize(1);
        assertThat(robot.from(root).lookup("#returnsMessage").queryLabeled().getText()).startsWith("可导入 2 个工作簿")
                .contains("1 处冲突", "1 个不能导入");
        ScreenChecks.check(dialog.stage());
        Screenshots.write(dialog.stage().getScene(), "returns-import");

        long importBackups = importBackups(store);
        robot.clickOn("#returnsApply");
        LedgerWindow.waitUntil(() -> vm.doneProperty().get() && !vm.runningProperty().get());
        assertThat(importBackups(store)).as("one backup before the first return covers both").isEqualTo(importBackups + 1);
        long first = store.history().idOfUid(RecordKind.MEASURE, firstUid).orElseThrow();
        long second = store.history().idOfUid(RecordKind.MEASURE, secondUid).orElseThrow();
        assertThat(store.inspections().measure(first).orElseThrow().progress()).isEqualTo("部门报送：已完成第一阶段");
        assertThat(store.inspections().measure(second).orElseThrow().progress()).as("the office's correction stays")
                .isEqualTo("办公室更正的进展");
        assertThat(store.distributions().openConflicts()).hasSize(1);
        assertThat(vm.items().subList(0, 2)).allMatch(ReturnsImportViewModel.Item::applied);

        robot.clickOn("#returnsConflicts");
        WaitForAsyncUtils.waitForFxEvents();
        ConflictsWindow review = app.window().conflictsActions().window();
        assertThat(review.stage().isShowing()).isTrue();
        TableView<?> conflicts = robot.from(review.stage().getScene().getRoot()).lookup("#conflictsTable")
                .queryAs(TableView.class);
        assertThat(conflicts.getItems()).hasSize(1);
        robot.interact(() -> review.stage().close());
    }

    @Test
    void returnsDroppedOntoTheWindowAsAFolderOrAsFilesAreReadTogether(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        var actions = app.window().productActions();
        assertThat(WaitForAsyncUtils.asyncFx(() -> actions.importDropped(List.of(returnsFolder))).get()).isTrue();
        ReturnsImportViewModel folder = app.window().importActions().returnsDialog().viewModel();
        LedgerWindow.waitUntil(() -> folder.items().size() == 3 && !folder.runningProperty().get());
        robot.interact(() -> app.window().importActions().returnsDialog().stage().close());

        List<Path> two;
        try (var files = Files.list(returnsFolder)) {
            two = files.filter(f -> f.getFileName().toString().matches("[12]-.*")).sorted().toList();
        }
        assertThat(two).hasSize(2);
        assertThat(WaitForAsyncUtils.asyncFx(() -> actions.importDropped(two)).get()).isTrue();
        ReturnsImportDialog dialog = app.window().importActions().returnsDialog();
        ReturnsImportViewModel files = dialog.viewModel();
        assertThat(files).isNotSameAs(folder);
        LedgerWindow.waitUntil(() -> files.items().size() == 2 && !files.runningProperty().get());
        assertThat(files.items()).extracting(ReturnsImportViewModel.Item::file).containsExactlyElementsOf(two);
        assertThat(files.items()).allMatch(i -> i.refused() == null && !i.department().isBlank());
        assertThat(robot.from(dialog.stage().getScene().getRoot()).lookup("#returnsMessage").queryLabeled().getText())
                .startsWith("可导入 2 个工作簿");
        robot.interact(() -> dialog.stage().close());

        assertThat(WaitForAsyncUtils.asyncFx(() -> actions.importDropped(List.of(two.get(0), returnsFolder))).get())
                .as("a workbook and a folder together are not taken").isFalse();
        assertThat(app.window().importActions().returnsDialog()).isSameAs(dialog);
    }
}
