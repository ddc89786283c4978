package io.github.rectification.ledger.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.DialogService.PendingChoice;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingEditsTest {
    @TempDir
    Path dir;
    LedgerSession session = new LedgerSession();
    TestDialogs dialogs = new TestDialogs();
    PendingEdits pending = new PendingEdits(dialogs);
    MeasureFormViewModel vm;
    Measure measure;

    @BeforeEach
    void open() throws Exception {
        session.open(dir.resolve("l.zgtz"));
        LedgerStore s = session.store();
        Inspection i = s.inspections().add(Inspection.draft("巡察"));
        Problem p = s.inspections().add(Problem.draft(i.id(), "问题"));
        measure = s.inspections().add(MeasureBuilder.under(p.id()).seq("1.").text("开展排查").department("养老服务处").build());
        vm = new MeasureFormViewModel(session, () -> LocalDate.of(2022, 5, 1));
        vm.load(measure);
        pending.setActive(vm);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String storedText() {
        return session.store().inspections().measure(measure.id()).orElseThrow().text();
    }

    @Test
    void anUnchangedFormIsLeftWithoutAsking() {
        dialogs.pendingChoice = PendingChoice.CANCEL;
        assertThat(pending.hasPending()).isFalse();
        assertThat(pending.confirmLeave()).isTrue();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void typingBackTheStoredValueLeavesNothingPending() {
        vm.textProperty().set("开展全面排查");
        assertThat(pending.hasPending()).isTrue();
        vm.textProperty().set("开展排查");
        assertThat(pending.hasPending()).isFalse();
    }

    @Test
    void applyWritesTheEditsAsOneUndoableStep() {
        vm.textProperty().set("开展全面排查");
        dialogs.pendingChoice = PendingChoice.APPLY;
        assertThat(pending.confirmLeave()).isTrue();
        assertThat(dialogs.shown).hasSize(1);
        assertThat(storedText()).isEqualTo("开展全面排查");
        assertThat(pending.hasPending()).isFalse();
        session.undo();
        assertThat(storedText()).isEqualTo("开展排查");
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void discardPutsTheStoredValuesBack() {
        vm.textProperty().set("开展全面排查");
        dialogs.pendingChoice = PendingChoice.DISCARD;
        assertThat(pending.confirmLeave()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("开展排查");
        assertThat(storedText()).isEqualTo("开展排查");
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void cancelKeepsTheEditsAndStays() {
        vm.textProperty().set("开展全面排查");
        dialogs.pendingChoice = PendingChoice.CANCEL;
        assertThat(pending.confirmLeave()).isFalse();
        assertThat(vm.textProperty().get()).isEqualTo("开展全面排查");
        assertThat(pending.hasPending()).isTrue();
        assertThat(storedText()).isEqualTo("开展排查");
    }

    @Test
    void invalidEditsAreNotAppliedAndTheFormStays() {
        vm.textProperty().set(" ");
        dialogs.pendingChoice = PendingChoice.APPLY;
        assertThat(pending.confirmLeave()).isFalse();
        assertThat(dialogs.shown).hasSize(2);
        assertThat(dialogs.shown.get(1)).contains(vm.textProblem(""));
        assertThat(storedText()).isEqualTo("开展排查");
        assertThat(pending.hasPending()).isTrue();
    }
}
