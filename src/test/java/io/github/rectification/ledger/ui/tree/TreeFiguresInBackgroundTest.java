package io.github.rectification.ledger.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.NodeCounts;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.QueuedTaskExecutor;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of the tree is read on the window's thread: the tree, a node's children and the figures
 * arrive from background reads, the tree shown staying until its successor is read.
 */
class TreeFiguresInBackgroundTest {
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    @TempDir
    Path dir;
    LedgerSession session;
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    LedgerTreeViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        session = new LedgerSession();
        vm = new LedgerTreeViewModel(session, executor, () -> TODAY);
        session.open(file);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Runs the oldest background read with what it hands to the window's thread. */
    private void runOneWithCallbacks() {
        executor.runOne();
        executor.runCallbacks();
    }

    @Test
    void theTreeArrivesFromTheBackgroundThenItsFigures() {
        assertThat(vm.rootProperty().get()).as("nothing read on the window's thread").isNull();
        assertThat(vm.emptyProperty().get()).as("a ledger being read is not called empty").isFalse();
        assertThat(vm.readingProperty().get()).isTrue();
        assertThat(executor.pending()).isEqualTo(1);

        runOneWithCallbacks();
        assertThat(vm.readingProperty().get()).isFalse();
        TreeNodeViewModel inspection = vm.rootProperty().get().getChildren().get(0);
        TreeNode.InspectionNode before = (TreeNode.InspectionNode) inspection.getValue();
        assertThat(before.counts()).isNull();
        assertThat(NodeText.of(before)).isEqualTo(before.inspection().name());
        assertThat(executor.pending()).isEqualTo(1);

        executor.runAll();
        TreeNode.InspectionNode after = (TreeNode.InspectionNode) inspection.getValue();
        assertThat(after.counts()).isEqualTo(session.store().inspections().inspectionCounts(TODAY).get(before.inspection().id()));
        assertThat(after.counts().measures()).isEqualTo(SeedLedger.MEASURES);
        assertThat(NodeText.of(after)).endsWith("已完成 " + SeedLedger.DONE + "/" + SeedLedger.MEASURES + " 逾期 1");
    }

    @Test
    void aNodesChildrenArriveFromTheBackgroundAndTheTreeShownStaysWhileItIsReadAgain() {
        executor.runAll();
        TreeNodeViewModel root = vm.rootProperty().get();
        TreeNodeViewModel inspection = root.getChildren().get(0);
        inspection.setExpanded(true);
        assertThat(inspection.getChildren()).as("not read on the window's thread").isEmpty();
        assertThat(inspection.isLoading()).isTrue();
        assertThat(inspection.isLeaf()).isFalse();
        runOneWithCallbacks();
        assertThat(inspection.getChildren()).hasSize(session.store().inspections()
                .problems(inspection.getValue().key().id(), null).size());
        executor.runAll();

        // a change reads the tree again; meanwhile the tree shown stays, open as it was
        session.changed(inspection.getChildren().get(3).getValue().key());
        assertThat(vm.rootProperty().get()).isSameAs(root);
        assertThat(vm.readingProperty().get()).isTrue();
        runOneWithCallbacks();
        TreeNodeViewModel again = vm.rootProperty().get();
        assertThat(again).isNotSameAs(root);
        TreeNodeViewModel reopened = again.getChildren().get(0);
        assertThat(reopened.isExpanded()).isTrue();
        assertThat(reopened.getChildren()).hasSameSizeAs(inspection.getChildren());
        assertThat(vm.selectedProperty().get()).isSameAs(reopened.getChildren().get(3));
    }

    @Test
    void aNodeOpenedWhileTheTreeIsReadAgainIsOpenInTheNewTree() {
        executor.runAll();
        session.changed(null);
        TreeNodeViewModel oldInspection = vm.rootProperty().get().getChildren().get(0);
        oldInspection.setExpanded(true);
        executor.runAll();
        TreeNodeViewModel inspection = vm.rootProperty().get().getChildren().get(0);
        assertThat(inspection).isNotSameAs(oldInspection);
        assertThat(inspection.isExpanded()).isTrue();
        assertThat(inspection.getChildren()).isNotEmpty().hasSameSizeAs(oldInspection.getChildren());
    }

    @Test
    void aSelectionOpensTheWayInTheBackground() {
        executor.runAll();
        Measure measure = session.store().inspections().measures(
                session.store().inspections().problems(session.store().inspections().all().get(0).id(), null)
                        .get(5).id()).get(0);
        vm.select(NodeKey.measure(measure.id()));
        assertThat(vm.selectedProperty().get()).isNull();
        executor.runAll();
        TreeNodeViewModel selected = vm.selectedProperty().get();
        assertThat(selected.getValue().key()).isEqualTo(NodeKey.measure(measure.id()));
        assertThat(selected.getParent().isExpanded()).isTrue();
        assertThat(selected.getParent().getParent().isExpanded()).isTrue();
    }

    @Test
    void aRecordSelectedWhileTheLedgerIsStillReadIsSelectedInItsTree() {
        Measure measure = session.store().inspections().measures(
                session.store().inspections().problems(session.store().inspections().all().get(0).id(), null)
                        .get(7).id()).get(0);
        vm.select(NodeKey.measure(measure.id()));
        executor.runAll();
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.selectedProperty().get().getValue().key()).isEqualTo(NodeKey.measure(measure.id()));
    }

    @Test
    void ofTwoSelectionsOnTheirWayTheLaterWins() {
        executor.runAll();
        LedgerStore store = session.store();
        long inspectionId = store.inspections().all().get(0).id();
        Measure deep = store.inspections().measures(store.inspections().problems(inspectionId, null).get(9).id()).get(0);
        vm.select(NodeKey.measure(deep.id()));
        vm.select(NodeKey.inspection(inspectionId));
        executor.runAll();
        assertThat(vm.selectedKey()).contains(NodeKey.inspection(inspectionId));
        assertThat(vm.rootProperty().get().getChildren().get(0).isExpanded())
                .as("the way to the selection given up is not opened").isFalse();
    }

    @Test
    void aSelectionGivenUpHalfWayOpensNoMoreOfItsWay() {
        executor.runAll();
        LedgerStore store = session.store();
        long inspectionId = store.inspections().all().get(0).id();
        Measure deep = store.inspections().measures(store.inspections().problems(inspectionId, null).get(9).id()).get(0);
        vm.select(NodeKey.measure(deep.id()));
        runOneWithCallbacks(); // the way is read
        runOneWithCallbacks(); // the inspection's problems are read and the inspection opens
        TreeNodeViewModel inspection = vm.rootProperty().get().getChildren().get(0);
        assertThat(inspection.isExpanded()).isTrue();
        vm.select(NodeKey.inspection(inspectionId));
        executor.runAll();
        assertThat(vm.selectedKey()).contains(NodeKey.inspection(inspectionId));
        TreeNodeViewModel problem = inspection.getChildren().stream()
                .filter(n -> n.getValue().key().equals(NodeKey.problem(deep.problemId()))).findFirst().orElseThrow();
        assertThat(problem.isExpanded()).as("the problem above the measure given up stays closed").isFalse();
    }

    @Test
    void figuresReadBeforeAnEditAreReadAgainAndMatchTheStore() {
        executor.runAll();
        LedgerStore store = session.store();
        long inspectionId = store.inspections().all().get(0).id();
        long problemId = store.inspections().problems(inspectionId, null).get(12).id();
        Measure overdue = store.inspections().measures(problemId).get(0);
        vm.select(NodeKey.measure(overdue.id()));
        executor.runAll();

        // the tree is read again with the measure on screen; its figures are read, then an edit lands
        session.changed(NodeKey.measure(overdue.id()));
        runOneWithCallbacks();
        TreeNodeViewModel inspection = vm.rootProperty().get().getChildren().get(0);
        TreeNodeViewModel problem = inspection.getChildren().get(12);
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts()).isNull();
        assertThat(executor.pending()).isEqualTo(2);
        executor.runOne();
        executor.runOne();
        session.run(new EditCommand(overdue, overdue.withStatus(Status.DONE)));
        executor.runCallbacks();
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts())
                .as("stale figures are not shown").isNull();

        executor.runAll();
        Map<Long, NodeCounts> counted = store.inspections().problemCounts(inspectionId, TODAY);
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts()).isEqualTo(counted.get(problemId));
        assertThat(counted.get(problemId).overdue()).isZero();
        for (TreeNodeViewModel p : inspection.getChildren()) {
            TreeNode.ProblemNode n = (TreeNode.ProblemNode) p.getValue();
            assertThat(n.counts()).isEqualTo(counted.getOrDefault(n.problem().id(), NodeCounts.ZERO));
        }
    }

    @Test
    void figuresReadForATreeBuiltAgainAreDropped() {
        runOneWithCallbacks();
        TreeNodeViewModel oldInspection = vm.rootProperty().get().getChildren().get(0);
        vm.modeProperty().set(TreeMode.BY_DEPARTMENT);
        vm.modeProperty().set(TreeMode.BY_INSPECTION);
        executor.runAll();
        assertThat(((TreeNode.InspectionNode) oldInspection.getValue()).counts()).isNull();
        TreeNodeViewModel now = vm.rootProperty().get().getChildren().get(0);
        assertThat(((TreeNode.InspectionNode) now.getValue()).counts().measures()).isEqualTo(SeedLedger.MEASURES);
    }
}
