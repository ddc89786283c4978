package io.github.rectification.ledger.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusBarViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsTheFiguresWithTheCountingRule() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        try (LedgerSession session = new LedgerSession()) {
            StatusBarViewModel vm = new StatusBarViewModel(session, new CurrentThreadTaskExecutor(),
                    () -> LocalDate.of(2023, 1, 10));
            session.open(file);
            assertThat(vm.figuresProperty().get().measures()).isEqualTo(38);
            assertThat(vm.textProperty().get())
                    .isEqualTo("措施 38 条 · 计为完成（含长期坚持） 37 条 · 完成率 97.37%（按措施计） · 逾期 1 条");
            assertThat(vm.fileProperty().get()).endsWith("seed.zgtz");

            session.store().settings().setCountingRule(new CountingRule(CountingRule.Basis.PROBLEMS, false));
            session.changed(null);
            assertThat(vm.textProperty().get()).contains("完成率 92.86%（按问题计）");
        }
    }
}
