package io.github.rectification.ledger.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTreeViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    @TempDir
    Path dir;
    LedgerSession session;
    LedgerTreeViewModel vm;
    TreeActions actions;
    TestDialogs dialogs = new TestDialogs();

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        session = new LedgerSession();
        vm = new LedgerTreeViewModel(session, new CurrentThreadTaskExecutor(), () -> TODAY);
        actions = new TreeActions(session, vm, dialogs);
        session.open(file);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void opensWithOnlyTheInspectionsRead() {
        TreeNodeViewModel root = vm.rootProperty().get();
        assertThat(root.getChildren()).hasSize(1);
        TreeNodeViewModel inspection = root.getChildren().get(0);
        assertThat(inspection.isLoaded()).isFalse();
        TreeNode.InspectionNode node = (TreeNode.InspectionNode) inspection.getValue();
        assertThat(node.counts().measures()).isEqualTo(SeedLedger.MEASURES);
        assertThat(node.counts().finished()).isEqualTo(SeedLedger.DONE);
        assertThat(node.counts().overdue()).isEqualTo(1);
        assertThat(vm.emptyProperty().get()).isFalse();

        inspection.setExpanded(true);
        assertThat(inspection.isLoaded()).isTrue();
        assertThat(inspection.getChildren()).hasSize(SeedLedger.PROBLEMS);
        assertThat(NodeText.of(inspection.getChildren().get(12).getValue()))
                .startsWith("(十三) 历史遗留问题化解力度不够").endsWith("已完成 0/1 逾期 1");
        assertThat(inspection.getChildren().get(0).isLoaded()).isFalse();
    }

    @Test
    void aTwoCharacterFilterKeepsOnlyItsMeasures() {
        vm.filterTextProperty().set("养老");
        vm.applyFilter();
        List<Measure> shown = shownMeasures();
        assertThat(shown).isNotEmpty().allMatch(m -> (m.text() + m.department() + m.progress()).contains("养老")
                || problemTitleContains(m, "养老"));
        assertThat(shown.size()).isLessThan(SeedLedger.MEASURES);
    }

    @Test
    void aLongerFilterUsesTheFullTextIndex() {
        vm.filterTextProperty().set("市螺丝厂");
        vm.applyFilter();
        assertThat(shownMeasures()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Status.IN_PROGRESS));
        vm.filterTextProperty().set("");
        vm.applyFilter();
        assertThat(vm.hitsProperty().get()).isNull();
        assertThat(vm.rootProperty().get().getChildren().get(0).isExpanded()).isTrue();
    }

    @Test
    void theStatusFilterShowsOverdueMeasures() {
        vm.statusChoiceProperty().set(StatusChoice.OVERDUE);
        assertThat(shownMeasures()).singleElement().satisfies(m -> assertThat(m.text()).contains("市螺丝厂"));
    }

    @Test
    void byDepartmentGroupsTheMeasures() {
        vm.modeProperty().set(TreeMode.BY_DEPARTMENT);
        List<TreeNodeViewModel> departments = vm.rootProperty().get().getChildren();
        assertThat(departments).allMatch(d -> d.getValue() instanceof TreeNode.DepartmentNode);
        TreeNode.DepartmentNode first = (TreeNode.DepartmentNode) departments.get(0).getValue();
        departments.get(0).setExpanded(true);
        assertThat(departments.get(0).getChildren()).hasSize(first.measures())
                .allMatch(i -> ((TreeNode.MeasureNode) i.getValue()).measure().department().equals(first.department()));
        assertThat(departments.stream().mapToInt(d -> ((TreeNode.DepartmentNode) d.getValue()).measures()).sum())
                .isEqualTo(SeedLedger.MEASURES);
    }

    @Test
    void underAFilterTheDepartmentsAreThoseWithHitsCountingTheHits() {
        vm.modeProperty().set(TreeMode.BY_DEPARTMENT);
        int all = vm.rootProperty().get().getChildren().size();
        vm.filterTextProperty().set("养老");
        vm.applyFilter();
        int hits = vm.hitsProperty().get().measureIds().size();
        List<TreeNodeViewModel> departments = vm.rootProperty().get().getChildren();
        assertThat(departments).isNotEmpty().hasSizeLessThan(all);
        int sum = 0;
        for (TreeNodeViewModel d : departments) {
            TreeNode.DepartmentNode node = (TreeNode.DepartmentNode) d.getValue();
            d.setExpanded(true);
            assertThat(d.getChildren()).as(node.department()).hasSize(node.measures()).isNotEmpty();
            sum += node.measures();
        }
        assertThat(sum).isEqualTo(hits);
    }

    @Test
    void anAddedMeasureIsRevealedAndSelected() {
        LedgerStore store = session.store();
        long problem = store.inspections().problems(store.inspections().all().get(0).id(), null).get(4).id();
        vm.select(NodeKey.problem(problem));
        assertThat(vm.selectedKey()).contains(NodeKey.problem(problem));
        actions.addMeasure();
        Measure added = store.inspections().measures(problem).get(1);
        assertThat(added.seq()).isEqualTo("2.");
        assertThat(vm.selectedKey()).contains(NodeKey.measure(added.id()));
        assertThat(vm.selectedProperty().get().getParent().isExpanded()).isTrue();

        session.undo();
        assertThat(store.inspections().measures(problem)).hasSize(1);
        assertThat(vm.selectedKey()).contains(NodeKey.problem(problem));
        session.redo();
        assertThat(store.inspections().measure(added.id())).isPresent();
        assertThat(vm.selectedKey()).contains(NodeKey.measure(added.id()));
    }

    @Test
    void deleteAsksAndUndoRestoresWithTheSameIds() {
        LedgerStore store = session.store();
        long inspection = store.inspections().all().get(0).id();
        long problem = store.inspections().problems(inspection, null).get(0).id();
        List<Long> measureIds = store.inspections().measures(problem).stream().map(Measure::id).toList();
        String uid = store.history().uidOf(RecordKind.PROBLEM, problem);
        vm.select(NodeKey.problem(problem));

        dialogs.confirm = false;
        actions.delete();
        assertThat(store.inspections().problem(problem)).isPresent();

        dialogs.confirm = true;
        actions.delete();
        assertThat(store.inspections().problem(problem)).isEmpty();
        assertThat(vm.selectedKey()).contains(NodeKey.inspection(inspection));
        assertThat(dialogs.shown.get(1)).contains("党组领导核心作用发挥不充分");

        session.undo();
        assertThat(store.inspections().problem(problem)).isPresent();
        assertThat(store.history().uidOf(RecordKind.PROBLEM, problem)).isEqualTo(uid);
        assertThat(store.inspections().measures(problem)).extracting(Measure::id).containsExactlyElementsOf(measureIds);
        assertThat(vm.selectedKey()).contains(NodeKey.problem(problem));
    }

    @Test
    void moveDownAndUndo() {
        LedgerStore store = session.store();
        long inspection = store.inspections().all().get(0).id();
        long first = store.inspections().problems(inspection, null).get(0).id();
        vm.select(NodeKey.problem(first));
        actions.moveDown();
        assertThat(store.inspections().problems(inspection, null).get(1).id()).isEqualTo(first);
        TreeNodeViewModel shown = vm.rootProperty().get().getChildren().get(0).getChildren().get(1);
        assertThat(shown.getValue().key()).isEqualTo(NodeKey.problem(first));
        session.undo();
        assertThat(store.inspections().problems(inspection, null).get(0).id()).isEqualTo(first);
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
        assertThat(session.undoManager().canRedoProperty().get()).isTrue();
        // the first cannot move up: nothing changes and nothing is recorded
        vm.select(NodeKey.problem(first));
        actions.moveUp();
        assertThat(store.inspections().problems(inspection, null).get(0).id()).isEqualTo(first);
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void editingAMeasureUpdatesItsNodeAndTheFiguresAboveWithoutReadingTheTreeAgain() {
        LedgerStore store = session.store();
        long inspection = store.inspections().all().get(0).id();
        long problem = store.inspections().problems(inspection, null).get(12).id();
        Measure overdue = store.inspections().measures(problem).get(0);
        vm.select(NodeKey.measure(overdue.id()));
        TreeNodeViewModel root = vm.rootProperty().get();
        TreeNodeViewModel item = vm.selectedProperty().get();

        session.run(new io.github.rectification.ledger.ui.session.EditCommand(overdue, overdue.withStatus(Status.DONE)));
        assertThat(vm.rootProperty().get()).isSameAs(root);
        assertThat(vm.selectedProperty().get()).isSameAs(item);
        assertThat(((TreeNode.MeasureNode) item.getValue()).measure().status()).isEqualTo(Status.DONE);
        TreeNode.ProblemNode p = (TreeNode.ProblemNode) item.getParent().getValue();
        assertThat(p.counts().finished()).isEqualTo(1);
        assertThat(p.counts().overdue()).isZero();
        TreeNode.InspectionNode i = (TreeNode.InspectionNode) item.getParent().getParent().getValue();
        assertThat(i.counts().finished()).isEqualTo(SeedLedger.MEASURES);
        assertThat(i.counts().overdue()).isZero();
        // the same figures as the store counts them
        assertThat(i.counts()).isEqualTo(store.inspections().inspectionCounts(TODAY).get(inspection));

        session.undo();
        assertThat(((TreeNode.MeasureNode) item.getValue()).measure()).isEqualTo(overdue);
        assertThat(((TreeNode.InspectionNode) item.getParent().getParent().getValue()).counts())
                .isEqualTo(store.inspections().inspectionCounts(TODAY).get(inspection));
    }

    private boolean problemTitleContains(Measure m, String s) {
        return session.store().inspections().problem(m.problemId()).orElseThrow().title().contains(s);
    }

    private List<Measure> shownMeasures() {
        List<Measure> out = new ArrayList<>();
        collect(vm.rootProperty().get(), out);
        return out;
    }

    private static void collect(TreeNodeViewModel item, List<Measure> out) {
        if (item.getValue() instanceof TreeNode.MeasureNode m) {
            out.add(m.measure());
        }
        if (item.isExpanded()) {
            item.getChildren().forEach(c -> collect(c, out));
        }
    }
}
