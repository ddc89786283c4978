package io.github.rectification.ledger.ui.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps a round from going out, said before it is tried; and what a round written says. */
class DistributionViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    DistributionViewModel vm;

    @BeforeEach
    void open() throws Exception {
        SeedLedger.create(dir.resolve("民政局台账.zgtz")).close();
        session.open(dir.resolve("民政局台账.zgtz"));
        vm = new DistributionViewModel(session, new CurrentThreadTaskExecutor(), () -> TODAY, () -> dir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void offersEveryInspectionADueDateAndAFolderNamedAfterTheLedgerAndTheDay() {
        assertThat(vm.inspections()).hasSize(1).allMatch(c -> c.chosenProperty().get());
        assertThat(vm.dueProperty().get()).isEqualTo(TODAY.plusDays(DistributionViewModel.DEFAULT_DAYS));
        assertThat(Path.of(vm.folderProperty().get())).isEqualTo(dir.resolve("民政局台账-下发-2026-12-07"));
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void saysWhatKeepsTheRoundFromGoingOut() throws Exception {
        vm.inspections().get(0).chosenProperty().set(false);
        assertThat(vm.problemProperty().get()).isEqualTo("请至少选择一次巡察。");
        vm.inspections().get(0).chosenProperty().set(true);
        vm.dueProperty().set(TODAY.minusDays(1));
        assertThat(vm.problemProperty().get()).contains("2026-12-06", "已过");
        vm.dueProperty().set(TODAY);
        vm.setUnreadableDue("12月45日");
        assertThat(vm.problemProperty().get()).contains("12月45日", "读不出");
        vm.setUnreadableDue(null);
        Path file = Files.writeString(dir.resolve("一个文件.txt"), "x");
        vm.folderProperty().set(file.toString());
        assertThat(vm.problemProperty().get()).contains("不是文件夹");
        vm.folderProperty().set(" ");
        assertThat(vm.problemProperty().get()).isEqualTo("请选择写入工作簿的文件夹。");
    }

    @Test
    void aRoundToTheLeadersIsWrittenAndSummarised() {
        vm.byProperty().set(Distributor.By.LEADER);
        Path folder = dir.resolve("按领导");
        vm.folderProperty().set(folder.toString());
        List<DistributionJob.Result> done = new ArrayList<>();
        List<Exception> failed = new ArrayList<>();
        vm.distribute(done::add, failed::add);
        assertThat(failed).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
        DistributionJob.Result r = done.get(0);
        long leaders = session.store().inspections().snapshot().measures().stream().map(m -> m.leader()).filter(l -> !l.isBlank())
                .distinct().count();
        assertThat(r.round().files()).hasSize((int) leaders).allMatch(s -> Files.isRegularFile(s.file())
                && s.file().getParent().equals(folder));
        assertThat(r.drafts()).isEmpty();
        assertThat(DistributionViewModel.summary(r)).startsWith("已下发 " + leaders + " 个工作簿，共 "
                + SeedLedger.MEASURES + " 条整改措施，写入 " + folder);
    }
}
