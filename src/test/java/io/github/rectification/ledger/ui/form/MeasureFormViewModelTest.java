package io.github.rectification.ledger.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2022, 5, 1);

    @TempDir
    Path dir;
    LedgerSession session = new LedgerSession();
    MeasureFormViewModel vm;
    Measure measure;

    @BeforeEach
    void open() throws Exception {
        session.open(dir.resolve("l.zgtz"));
        LedgerStore s = session.store();
        Inspection i = s.inspections().add(Inspection.draft("巡察"));
        Problem p = s.inspections().add(Problem.draft(i.id(), "问题"));
        measure = s.inspections().add(MeasureBuilder.under(p.id()).seq("1.").text("开展排查").leader("副局长").department("养老服务处")
                .supporting(List.of("财务处")).person("王五")
                .deadline(new Deadline(DeadlineKind.DATE, LocalDate.of(2022, 3, 31), "2022年3月底")).build());
        vm = new MeasureFormViewModel(session, () -> TODAY);
        vm.load(measure);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aDoneMeasureWithoutItsDateIsWarnedOfUnlessTheLedgerMutedIt() {
        assertThat(vm.completionWarning(io.github.rectification.ledger.domain.Status.DONE, null)).isNotNull();
        io.github.rectification.ledger.report.stats.ReportSettings.setMutedChecks(session.store(),
                java.util.EnumSet.of(io.github.rectification.ledger.report.stats.Finding.Kind.DONE_WITHOUT_COMPLETION_DATE));
        assertThat(vm.completionWarning(io.github.rectification.ledger.domain.Status.DONE, null)).isNull();
        // a date in the future is still named
        assertThat(vm.completionWarning(io.github.rectification.ledger.domain.Status.DONE, TODAY.plusDays(3))).isNotNull();
    }

    @Test
    void loadsTheRecordUnchanged() {
        assertThat(vm.textProperty().get()).isEqualTo("开展排查");
        assertThat(vm.supportingProperty().get()).isEqualTo("财务处");
        assertThat(vm.deadlineTextProperty().get()).isEqualTo("2022年3月底");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.apply()).isFalse();
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void applyWritesTheBufferAndUndoTakesItBack() {
        vm.statusProperty().set(Status.DONE);
        vm.completedOnProperty().set(LocalDate.of(2022, 4, 20));
        vm.progressProperty().set("已完成排查");
        vm.supportingProperty().set("财务处、办公室");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);

        assertThat(vm.apply()).isTrue();
        Measure stored = session.store().inspections().measure(measure.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.DONE);
        assertThat(stored.progress()).isEqualTo("已完成排查");
        assertThat(stored.supportingDepartments()).containsExactly("财务处", "办公室");
        assertThat(stored.deadline().text()).isEqualTo("2022年3月底");
        assertThat(vm.dirtyProperty().get()).isFalse();

        session.undo();
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow()).isEqualTo(measure);
        session.redo();
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow()).isEqualTo(stored);
    }

    @Test
    void cancelPutsTheStoredValuesBack() {
        vm.textProperty().set("改了");
        vm.cancel();
        assertThat(vm.textProperty().get()).isEqualTo("开展排查");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void blankTextAndMissingDateAreErrors() {
        vm.textProperty().set("  ");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("请填写整改措施的内容。");
        assertThat(vm.apply()).isFalse();
        vm.textProperty().set("开展排查");
        vm.deadlineDateProperty().set(null);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("请选择具体日期");
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow()).isEqualTo(measure);
    }

    @Test
    void doneWithoutCompletionDateIsAWarningNotAnError() {
        vm.statusProperty().set(Status.DONE);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("已完成的措施应填写完成日期。");
    }

    @Test
    void suggestsTheLedgersOwnDepartmentsAndLeaders() {
        assertThat(vm.suggestions().matching(SuggestedField.DEPARTMENT, "服务")).containsExactly("养老服务处");
        assertThat(vm.suggestions().matching(SuggestedField.LEADER, "副")).containsExactly("副局长");
        assertThat(vm.suggestions().matching(SuggestedField.DEPARTMENT, "")).isEmpty();
        // a department added since shows at the next load
        vm.departmentProperty().set("社会救助处");
        assertThat(vm.apply()).isTrue();
        vm.load(session.store().inspections().measure(measure.id()).orElseThrow());
        assertThat(vm.suggestions().matching(SuggestedField.DEPARTMENT, "处")).containsExactly("社会救助处");
    }

    @Test
    void aDatePickedForADeadlineWithoutKindMakesItADate() {
        vm.deadlineKindProperty().set(DeadlineKind.NONE);
        assertThat(vm.validProperty().get()).isTrue();
        vm.deadlineDateProperty().set(LocalDate.of(2022, 6, 30));
        assertThat(vm.deadlineKindProperty().get()).isEqualTo(DeadlineKind.DATE);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.apply()).isTrue();
        assertThat(session.store().inspections().measure(measure.id()).orElseThrow().deadline())
                .isEqualTo(Deadline.on(LocalDate.of(2022, 6, 30)));
    }

    @Test
    void changingTheDeadlineDropsTheLedgersWording() {
        vm.deadlineKindProperty().set(DeadlineKind.LONG_TERM);
        assertThat(vm.deadlineDateProperty().get()).isNull();
        assertThat(vm.deadlineTextProperty().get()).isEmpty();
        assertThat(vm.apply()).isTrue();
        Deadline d = session.store().inspections().measure(measure.id()).orElseThrow().deadline();
        assertThat(d.kind()).isEqualTo(DeadlineKind.LONG_TERM);
        assertThat(d.display()).isEqualTo("长期坚持");
    }

    @Test
    void supportingDepartmentsSplitOnTheUsualSeparators() {
        assertThat(io.github.rectification.ledger.domain.NameLists.split("财务处、办公室，人事处,  机关党委；\n"))
                .containsExactly("财务处", "办公室", "人事处", "机关党委");
    }
}
