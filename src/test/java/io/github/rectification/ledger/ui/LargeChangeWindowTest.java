package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.session.LedgerCommand;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a large change is written in the background the status bar says so (and how far it is, as
 * the store reports it), edits wait, and what
 * was typed into the form meanwhile is kept and applied afterwards.
 */
class LargeChangeWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private long measure;
    private long problem;

    private void prepare(Path file) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位").withSeq("(三)"));
            problem = p.id();
            measure = s.inspections().add(MeasureBuilder.under(p.id()).seq("1.").text("开展安全隐患排查")
                    .department("养老服务处").build()).id();
        }
    }

    @Test
    void editsWaitForALargeChangeAndTheFormKeepsWhatWasTyped(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        CountDownLatch release = new CountDownLatch(1);
        LedgerCommand slow = new LedgerCommand() {
            @Override
            public String description() {
                return "删除";
            }

            @Override
            public Outcome execute(LedgerStore s) {
                s.progress().worked(2, 5);
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.inspections().update(s.inspections().problem(problem).orElseThrow().withSeq("(一)"));
                return Outcome.changed(null); // the selection stays where it is
            }

            @Override
            public Outcome undo(LedgerStore s) {
                s.inspections().update(s.inspections().problem(problem).orElseThrow().withSeq("(三)"));
                return Outcome.changed(NodeKey.problem(problem));
            }

            @Override
            public boolean large() {
                return true;
            }
        };
        try {
            robot.interact(() -> app.window().session().run(slow));
            WaitForAsyncUtils.waitForFxEvents();
            Node indicator = robot.lookup("#writingIndicator").query();
            assertThat(indicator.isVisible()).isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((HBox) indicator).getChildren().stream()
                    .anyMatch(n -> n instanceof Label l && l.getText().endsWith("%")));
            assertThat(((HBox) indicator).getChildren()).filteredOn(n -> n instanceof Label)
                    .singleElement().satisfies(l -> assertThat(((Label) l).getText())
                            .as("how far the change is, as the store told").isEqualTo("正在写入：删除… 40%"));
            assertThat(((HBox) indicator).getChildren()).filteredOn(n -> n instanceof ProgressIndicator)
                    .singleElement().satisfies(p -> assertThat(((ProgressIndicator) p).getProgress()).isEqualTo(0.4));
            assertThat(robot.lookup("#addMeasure").queryAs(Button.class).isDisabled()).as("edits wait").isTrue();

            FormRobot.typeInto(robot, "#measureText", "开展全市安全隐患排查");
            assertThat(robot.lookup("#applyButton").queryAs(Button.class).isDisabled())
                    .as("nothing is applied while the change is written").isTrue();
            Screenshots.write(app.stage().getScene(), "large-change-writing");
        } finally {
            release.countDown();
        }

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#writingIndicator").query().isVisible());
        LedgerStore store = app.window().session().store();
        assertThat(store.inspections().problem(problem).orElseThrow().seq()).isEqualTo("(一)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#applyButton").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#measureText").queryAs(javafx.scene.control.TextInputControl.class).getText())
                .as("what was typed is kept").isEqualTo("开展全市安全隐患排查");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().measure(measure).orElseThrow().text()).isEqualTo("开展全市安全隐患排查");
    }
}
