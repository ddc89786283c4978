package io.github.rectification.ledger.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.DeleteCommand;
import io.github.rectification.ledger.ui.session.EditCommand;
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

/** The record the form side shows for a tree key, and whether it may be written; no display needed. */
class FormViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    FormViewModel vm;
    Inspection inspection;
    Problem problem;
    Measure measure;

    @BeforeEach
    void open() throws Exception {
        session.open(dir.resolve("台账.zgtz"));
        LedgerStore s = session.store();
        inspection = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
        problem = s.inspections().add(Problem.draft(inspection.id(), "养老服务机构监管不到位"));
        measure = s.inspections().add(Measure.draft(problem.id(), "开展养老机构安全隐患排查整治"));
        vm = new FormViewModel(session, () -> LocalDate.of(2022, 5, 1), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void eachKeyResolvesToItsRecordAsStoredNow() {
        assertThat(vm.record(NodeKey.inspection(inspection.id()))).contains(inspection);
        assertThat(vm.record(NodeKey.problem(problem.id()))).contains(problem);
        assertThat(vm.record(NodeKey.measure(measure.id()))).contains(measure);
        Measure edited = measure.withStatus(io.github.rectification.ledger.domain.Status.DONE);
        session.run(new EditCommand(measure, edited));
        assertThat(vm.record(NodeKey.measure(measure.id()))).contains(edited);
        assertThat(vm.record(null)).isEmpty();
    }

    @Test
    void aDeletedRecordResolvesToNothingAndItsUndoBringsItBack() {
        NodeKey key = NodeKey.measure(measure.id());
        assertThat(vm.isStored(key)).isTrue();
        session.run(new DeleteCommand(key));
        assertThat(vm.record(key)).isEmpty();
        assertThat(vm.isStored(key)).isFalse();
        // a key of another kind with the same id is another record
        assertThat(vm.isStored(NodeKey.problem(measure.id() + 100))).isFalse();
        session.undo();
        assertThat(vm.record(key)).contains(measure);
    }

    @Test
    void withNoLedgerOpenNothingResolvesAndTheClosingIsAnnounced() {
        List<String> closed = new ArrayList<>();
        vm.onClosed(() -> closed.add("closed"));
        session.close();
        assertThat(closed).containsExactly("closed");
        assertThat(vm.record(NodeKey.inspection(inspection.id()))).isEmpty();
        assertThat(vm.readOnly()).isFalse();
    }

    @Test
    void aLedgerHeldByAnotherWindowIsReadOnly() throws Exception {
        assertThat(vm.readOnly()).isFalse();
        Path file = session.store().file();
        session.close();
        try (LedgerStore holder = LedgerStore.open(file)) {
            session.open(file);
            assertThat(vm.readOnly()).isTrue();
            assertThat(vm.record(NodeKey.measure(measure.id()))).contains(measure);
        }
    }

    @Test
    void anEditAndItsUndoNameTheRecordTheyChanged() {
        List<NodeKey> edited = new ArrayList<>();
        vm.onEdited(edited::add);
        session.run(new EditCommand(measure, measure.withSeq("9.")));
        session.undo();
        session.changed(null);
        assertThat(edited).containsExactly(NodeKey.measure(measure.id()), NodeKey.measure(measure.id()));
    }
}
