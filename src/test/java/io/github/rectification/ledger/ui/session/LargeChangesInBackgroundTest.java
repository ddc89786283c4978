package io.github.rectification.ledger.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.common.QueuedTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting an inspection or a problem, renumbering, and their undo and redo are written in the background. */
class LargeChangesInBackgroundTest {
    @TempDir
    Path dir;
    LedgerSession session;
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    LedgerStore store;
    long inspection;
    long problem;
    long measure;
    List<LedgerChange> changes = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = new LedgerSession();
        session.useExecutor(executor);
        session.open(dir.resolve("l.zgtz"));
        store = session.store();
        inspection = store.inspections().add(Inspection.draft("巡察")).id();
        problem = store.inspections().add(Problem.draft(inspection, "问题").withSeq("(三)")).id();
        measure = store.inspections().add(Measure.draft(problem, "措施")).id();
        session.lastChangeProperty().addListener((o, a, b) -> changes.add(b));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aDeleteIsWrittenInTheBackgroundWithEditsLockedAndUndoneTheSameWay() {
        List<LedgerCommand.Outcome> told = new ArrayList<>();
        session.run(new DeleteCommand(NodeKey.inspection(inspection)), told::add);

        assertThat(session.writingProperty().get()).isEqualTo("删除");
        assertThat(session.isWritable()).as("edits wait for the delete").isFalse();
        assertThat(session.writableBinding().get()).isFalse();
        assertThat(store.inspections().inspection(inspection)).as("not written on the calling thread").isPresent();
        assertThat(changes).isEmpty();
        session.undo();
        assertThat(executor.pending()).as("no undo while a change is written").isEqualTo(1);
        Measure m = store.inspections().measure(measure).orElseThrow();
        assertThatThrownBy(() -> session.run(new EditCommand(m, m.withSeq("9."))))
                .as("no write joins the delete's transaction").isInstanceOf(IllegalStateException.class);

        executor.runAll();
        assertThat(store.inspections().inspection(inspection)).isEmpty();
        assertThat(store.inspections().measure(measure)).isEmpty();
        assertThat(session.isWritable()).isTrue();
        assertThat(told).singleElement().matches(LedgerCommand.Outcome::changed);
        assertThat(changes).hasSize(1);
        assertThat(session.undoManager().undoDescriptionProperty().get()).isEqualTo("删除");

        session.undo();
        assertThat(session.isWritable()).isFalse();
        assertThat(store.inspections().inspection(inspection)).isEmpty();
        executor.runAll();
        assertThat(store.inspections().measure(measure)).isPresent();
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
        assertThat(session.undoManager().redoDescriptionProperty().get()).isEqualTo("删除");
        assertThat(changes.get(changes.size() - 1).focus()).isEqualTo(NodeKey.inspection(inspection));

        session.redo();
        executor.runAll();
        assertThat(store.inspections().inspection(inspection)).isEmpty();
        assertThat(session.undoManager().canUndoProperty().get()).isTrue();
    }

    @Test
    void aLargeDeleteAndItsUndoTellHowFarTheyAre() {
        long large = store.inspections().add(Inspection.draft("大巡察")).id();
        store.unitOfWork().bulk(w -> {
            for (int p = 0; p < 60; p++) {
                Problem added = w.add(Problem.draft(large, "问题" + p));
                for (int k = 0; k < 200; k++) {
                    w.add(Measure.draft(added.id(), "措施" + p + "-" + k));
                }
            }
            return null;
        });
        List<Double> told = new ArrayList<>();
        session.writingProgressProperty().addListener((o, a, b) -> told.add(b.doubleValue()));

        session.run(new DeleteCommand(NodeKey.inspection(large)));
        assertThat(session.writingProgressProperty().get()).as("nothing told yet").isNegative();
        executor.runOne();
        assertThat(told).as("told on the window's thread only").isEmpty();
        executor.runCallbacks();
        assertThat(store.inspections().inspection(large)).isEmpty();
        assertRisesToTheWhole(told);
        assertThat(session.writingProgressProperty().get()).as("nothing is written any more").isNegative();

        told.clear();
        session.undo();
        executor.runAll();
        assertThat(store.inspections().inspectionCounts(java.time.LocalDate.of(2023, 1, 1)).get(large).measures())
                .isEqualTo(12_000);
        assertRisesToTheWhole(told);
    }

    /** Several fractions, rising, up to 1; then negative again once the change is written. */
    private static void assertRisesToTheWhole(List<Double> told) {
        assertThat(told).hasSizeGreaterThan(5);
        assertThat(told.get(told.size() - 1)).isNegative();
        List<Double> fractions = told.subList(0, told.size() - 1);
        assertThat(fractions).isSorted().allMatch(f -> f > 0 && f <= 1);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aRenumberIsWrittenInTheBackground() {
        session.run(new RenumberCommand(NodeKey.inspection(inspection)));
        assertThat(store.inspections().problem(problem).orElseThrow().seq()).isEqualTo("(三)");
        executor.runAll();
        assertThat(store.inspections().problem(problem).orElseThrow().seq()).isEqualTo("(一)");
    }

    @Test
    void aMeasureIsDeletedAtOnce() {
        session.run(new DeleteCommand(NodeKey.measure(measure)));
        assertThat(executor.pending()).isZero();
        assertThat(store.inspections().measure(measure)).isEmpty();
        assertThat(session.isWritable()).isTrue();
    }

    @Test
    void aFailedUndoChangesNothingAndStaysToBeUndone() {
        List<Exception> failures = new ArrayList<>();
        session.useExecutor(new CurrentThreadTaskExecutor(failures::add));
        LedgerCommand failing = new LedgerCommand() {
            @Override
            public String description() {
                return "改名";
            }

            @Override
            public Outcome execute(LedgerStore s) {
                s.inspections().update(s.inspections().problem(problem).orElseThrow().withSeq("(九)"));
                return Outcome.changed(NodeKey.problem(problem));
            }

            @Override
            public Outcome undo(LedgerStore s) {
                s.inspections().update(s.inspections().problem(problem).orElseThrow().withSeq("(三)"));
                throw new IllegalStateException("the disk is full");
            }

            @Override
            public boolean large() {
                return true;
            }
        };
        session.run(failing);
        session.undo();

        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("the disk is full"));
        assertThat(store.inspections().problem(problem).orElseThrow().seq())
                .as("the undo's write is rolled back").isEqualTo("(九)");
        assertThat(session.writingProperty().get()).isEmpty();
        assertThat(session.isWritable()).as("edits are allowed again").isTrue();
        assertThat(session.undoManager().canUndoProperty().get()).as("it can still be undone").isTrue();
        assertThat(session.undoManager().canRedoProperty().get()).isFalse();
    }
}
