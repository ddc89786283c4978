package io.github.rectification.ledger.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.QueuedTaskExecutor;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's quality check runs when a ledger opens and after imports, in the background, not after each edit. */
class QualityWatchViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    @TempDir
    Path dir;
    LedgerSession session = new LedgerSession();
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    QualityWatchViewModel vm = new QualityWatchViewModel(session, executor, () -> TODAY);

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        session.open(file);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aLedgerIsCheckedWhenItOpensAndAgainAfterAnImportButNotAfterAnEdit() {
        assertThat(vm.checkingProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("数据质量：正在检查…");
        executor.runAll();
        assertThat(vm.findingsProperty().get()).as("the clean seed ledger").isEmpty();
        assertThat(vm.textProperty().get()).isEqualTo("数据质量：未发现问题");
        assertThat(vm.checkingProperty().get()).isFalse();

        Measure m = session.store().inspections().snapshot().measures().get(0);
        session.run(new EditCommand(m, MeasureBuilder.from(m).department("").leader("").build()));
        assertThat(executor.pending()).as("an edit alone does not check again").isZero();

        session.imported();
        executor.runAll();
        assertThat(vm.findingsProperty().get()).extracting(f -> f.kind())
                .containsExactlyInAnyOrder(Finding.Kind.NO_DEPARTMENT, Finding.Kind.NO_LEADER);
        assertThat(vm.textProperty().get()).isEqualTo("数据质量：2 类问题，涉及 2 条记录");
    }

    @Test
    void aCheckOvertakenByAnotherIsNotShown() {
        executor.runAll();
        Measure m = session.store().inspections().snapshot().measures().get(0);
        vm.check();
        executor.runOne();
        session.run(new EditCommand(m, MeasureBuilder.from(m).department("").build()));
        vm.check();
        executor.runCallbacks();
        assertThat(vm.textProperty().get()).as("the older check's answer is dropped").isEqualTo("数据质量：正在检查…");
        executor.runAll();
        assertThat(vm.findingsProperty().get()).extracting(f -> f.kind()).containsExactly(Finding.Kind.NO_DEPARTMENT);
    }
}
