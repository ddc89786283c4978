package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.evidence.EvidencePane;
import io.github.rectification.ledger.ui.tree.TreeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Evidence attached to a measure in the app.window(), undone, and its close-out requested and approved in real dialogs. */
class EvidenceWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    @TempDir
    static Path dir;
    private Measure measure;

    private void prepare(Path file) throws Exception {
        try (LedgerStore store = SeedLedger.create(file)) {
            measure = store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.DONE).findFirst().orElseThrow();
        }
    }

    @Test
    void aDroppedFileIsAttachedUndoneAndTheMeasureIsStruckOff(FxRobot robot) throws Exception {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        io.github.rectification.ledger.ui.TreeRobot.expandAll(tree);
        WaitForAsyncUtils.waitForFxEvents();
        String head = measure.text().substring(0, 6);
        select(robot, head);
        EvidencePane folded = robot.lookup("#evidencePane").queryAs(EvidencePane.class);
        assertThat(folded.isExpanded()).as("folded, leaving the form its room").isFalse();
        assertThat(folded.getText()).contains("0", "未申请");
        robot.clickOn(folded.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(folded.isExpanded()).isTrue();
        TableView<?> table = robot.lookup("#evidenceTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();

        Path report = Files.writeString(dir.resolve("整改报告.pdf"), "%PDF-1.4 整改报告");
        EvidencePane pane = robot.lookup("#evidencePane").queryAs(EvidencePane.class);
        robot.interact(() -> pane.drop(List.of(report)));
        assertThat(table.getItems()).hasSize(1);
        LedgerStore store = app.window().session().store();
        String uid = store.history().uidOf(RecordKind.MEASURE, measure.id());
        assertThat(store.evidence().of(EvidenceOwner.measure(uid))).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("整改报告.pdf"));

        // undo takes the attachment away, redo brings it back
        select(robot, head);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.evidence().of(EvidenceOwner.measure(uid))).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.evidence().of(EvidenceOwner.measure(uid))).hasSize(1);
        select(robot, head);
        assertThat(table.getItems()).hasSize(1);

        assertThat(robot.lookup("#closeOutRequest").query().isDisabled()).as("request offered").isFalse();
        robot.clickOn("#closeOutRequest");
        answer(robot, "已完成整改并建立台账");
        assertThat(store.closeOut().of(uid).state()).isEqualTo(CloseOutState.REQUESTED);
        robot.clickOn("#closeOutApprove");
        answer(robot, "同意销号");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.closeOut().of(uid).state()).isEqualTo(CloseOutState.CLOSED);
        assertThat(store.closeOut().of(uid).opinion()).isEqualTo("同意销号");
        assertThat(robot.lookup("#closeOutState").queryAs(Label.class).getText()).contains("已销号", "同意销号");
        assertThat(robot.lookup("#closeOutRequest").query().isDisabled()).isTrue();
        Screenshots.write(robot.lookup("#measureWithEvidence").query().getScene(), "evidence-closeout");
    }

    @Test
    void theSelectedAttachmentIsPreviewedAndOpensWithTheSystemsProgram(FxRobot robot) throws Exception {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        io.github.rectification.ledger.ui.TreeRobot.expandAll(tree);
        String head = measure.text().substring(0, 6);
        select(robot, head);
        robot.clickOn(robot.lookup("#evidencePane").queryAs(EvidencePane.class).lookup(".title"));
        Path photo = dir.resolve("现场照片.png");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(1200, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", photo.toFile());
        Path report = dir.resolve("整改报告（两页）.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(report.toFile());
        }
        Path note = Files.writeString(dir.resolve("说明.docx"), "说明");
        EvidencePane pane = robot.lookup("#evidencePane").queryAs(EvidencePane.class);
        robot.interact(() -> pane.drop(List.of(photo, report, note)));
        TableView<?> table = robot.lookup("#evidenceTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        javafx.scene.image.ImageView preview = robot.lookup("#evidencePreview").queryAs(javafx.scene.image.ImageView.class);
        Label text = robot.lookup("#evidencePreviewText").queryAs(Label.class);

        clickRow(robot, "现场照片.png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getImage() != null);
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getImage().getWidth()).isEqualTo(2 * preview.getImage().getHeight());
        clickRow(robot, "整改报告（两页）.pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.getText().contains("共 2 页"));
        assertThat(preview.getImage()).isNotNull();
        assertThat(preview.getImage().getHeight()).as("a page is taller than wide")
                .isGreaterThan(preview.getImage().getWidth());
        Screenshots.write(pane.getScene(), "evidence-preview");
        clickRow(robot, "说明.docx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getImage()).isNull();
        assertThat(text.getText()).contains("没有预览");

        List<String> opened = new java.util.ArrayList<>();
        io.github.rectification.ledger.ui.common.SystemViewer.install(opened::add);
        try {
            clickRow(robot, "现场照片.png");
            assertThat(opened).as("a click on another row is no double click").isEmpty();
            robot.clickOn("#evidenceOpen");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(opened).singleElement().satisfies(uri -> {
                Path copy = Path.of(java.net.URI.create(uri));
                assertThat(copy.getFileName().toString()).isEqualTo("现场照片.png");
                assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(photo));
            });
            robot.doubleClickOn(robot.lookup("#evidenceTable .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                    && "说明.docx".equals(c.getText())).queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(opened).hasSize(2);
            assertThat(Files.readString(Path.of(java.net.URI.create(opened.get(1))))).isEqualTo("说明");
        } finally {
            io.github.rectification.ledger.ui.common.SystemViewer.install(null);
        }
    }

    private static void clickRow(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#evidenceTable .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the text field of the dialog that asks, and confirms with Enter. */
    private static void answer(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class));
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, String head) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(head)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
