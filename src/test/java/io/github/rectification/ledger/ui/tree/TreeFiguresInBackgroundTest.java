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

/** The tree shows its nodes at once and their figures when the background read brings them. */
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

    @Test
    void theInspectionsShowAtOnceAndTheirFiguresWhenRead() {
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
    void figuresReadBeforeAnEditAreReadAgainAndMatchTheStore() {
        executor.runAll();
        TreeNodeViewModel inspection = vm.rootProperty().get().getChildren().get(0);
        inspection.setExpanded(true);
        TreeNodeViewModel problem = inspection.getChildren().get(12);
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts()).isNull();
        assertThat(executor.pending()).isEqualTo(1);

        // the problems' figures are read, then an edit lands before they are shown
        executor.runOne();
        LedgerStore store = session.store();
        long problemId = ((TreeNode.ProblemNode) problem.getValue()).problem().id();
        Measure overdue = store.inspections().measures(problemId).get(0);
        problem.setExpanded(true);
        vm.select(NodeKey.measure(overdue.id()));
        session.run(new EditCommand(overdue, overdue.withStatus(Status.DONE)));
        executor.runCallbacks();
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts())
                .as("stale figures are not shown").isNull();

        executor.runAll();
        Map<Long, NodeCounts> counted = store.inspections().problemCounts(inspection.getValue().key().id(), TODAY);
        assertThat(((TreeNode.ProblemNode) problem.getValue()).counts()).isEqualTo(counted.get(problemId));
        assertThat(counted.get(problemId).overdue()).isZero();
        for (TreeNodeViewModel p : inspection.getChildren()) {
            TreeNode.ProblemNode n = (TreeNode.ProblemNode) p.getValue();
            assertThat(n.counts()).isEqualTo(counted.getOrDefault(n.problem().id(), NodeCounts.ZERO));
        }
    }

    @Test
    void figuresReadForATreeBuiltAgainAreDropped() {
        TreeNodeViewModel oldInspection = vm.rootProperty().get().getChildren().get(0);
        vm.modeProperty().set(TreeMode.BY_DEPARTMENT);
        vm.modeProperty().set(TreeMode.BY_INSPECTION);
        executor.runAll();
        assertThat(((TreeNode.InspectionNode) oldInspection.getValue()).counts()).isNull();
        TreeNodeViewModel now = vm.rootProperty().get().getChildren().get(0);
        assertThat(((TreeNode.InspectionNode) now.getValue()).counts().measures()).isEqualTo(SeedLedger.MEASURES);
    }
}
