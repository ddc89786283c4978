package io.github.rectification.ledger.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoManagerTest {
    @TempDir
    Path dir;

    @Test
    void addEditDeleteUndoneAndRedoneInOrder() throws Exception {
        try (LedgerSession session = new LedgerSession()) {
            List<LedgerChange> changes = new ArrayList<>();
            session.lastChangeProperty().addListener((o, a, b) -> changes.add(b));
            session.open(dir.resolve("l.zgtz"));
            assertThat(changes).singleElement().matches(LedgerChange::reopened);
            LedgerStore s = session.store();

            AddCommand addInspection = new AddCommand(Inspection.draft("巡察"));
            session.run(addInspection);
            long inspection = addInspection.added().id();
            AddCommand addProblem = new AddCommand(Problem.draft(inspection, "问题"));
            session.run(addProblem);
            AddCommand addMeasure = new AddCommand(Measure.draft(addProblem.added().id(), "措施"));
            session.run(addMeasure);
            Measure m = s.inspections().measure(addMeasure.added().id()).orElseThrow();
            session.run(new EditCommand(m, m.withStatus(io.github.rectification.ledger.domain.Status.DONE)));
            session.run(new DeleteCommand(NodeKey.inspection(inspection)));
            assertThat(s.inspections().isEmpty()).isTrue();
            assertThat(session.undoManager().undoDescriptionProperty().get()).isEqualTo("删除");

            session.undo();
            assertThat(s.inspections().measure(m.id()).orElseThrow().status())
                    .isEqualTo(io.github.rectification.ledger.domain.Status.DONE);
            session.undo();
            assertThat(s.inspections().measure(m.id()).orElseThrow()).isEqualTo(m);
            session.undo();
            session.undo();
            session.undo();
            assertThat(s.inspections().isEmpty()).isTrue();
            assertThat(session.undoManager().canUndoProperty().get()).isFalse();

            for (int k = 0; k < 4; k++) {
                session.redo();
            }
            assertThat(s.inspections().inspection(inspection)).isPresent();
            assertThat(s.inspections().measure(m.id()).orElseThrow().status())
                    .isEqualTo(io.github.rectification.ledger.domain.Status.DONE);
            assertThat(changes.get(changes.size() - 1).focus()).isEqualTo(NodeKey.measure(m.id()));

            // a new change clears what could be redone
            session.redo();
            session.undo();
            session.run(new AddCommand(Inspection.draft("另一次巡察")));
            assertThat(session.undoManager().canRedoProperty().get()).isFalse();
        }
    }

    @Test
    void openingAnotherFileClearsTheHistory() throws Exception {
        try (LedgerSession session = new LedgerSession()) {
            session.open(dir.resolve("a.zgtz"));
            session.run(new AddCommand(Inspection.draft("巡察")));
            assertThat(session.undoManager().canUndoProperty().get()).isTrue();
            session.open(dir.resolve("b.zgtz"));
            assertThat(session.undoManager().canUndoProperty().get()).isFalse();
            assertThat(session.fileProperty().get()).endsWith(Path.of("b.zgtz"));
        }
    }
}
