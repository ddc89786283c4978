package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpCommandTest {
    @TempDir
    Path dir;

    @Test
    void aRoundIsStartedAndItsCarriedMeasuresAreCountedWithThoseNowDone() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        long origin;
        long unfinished;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            origin = store.inspections().all().get(0).id();
            unfinished = store.inspections().snapshot().measures().stream().filter(m -> m.status() != Status.DONE).count();
        }
        CliRun start = CliRun.of("followup", "start", "--db", ledger.toString(), "--inspection", Long.toString(origin),
                "--name", "巡察“回头看”", "--feedback-date", "2023-06-01", "--json");
        assertThat(start.code()).as(start.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(start.out());
        long round = s.get("inspection").asLong();
        assertThat(s.get("carried").asLong()).isEqualTo(unfinished);

        try (LedgerStore store = LedgerStore.open(ledger)) {
            Measure first = store.inspections().measure(store.followUp().carriedMeasures(round).get(0)).orElseThrow();
            store.inspections().update(first.withStatus(Status.DONE));
        }
        CliRun show = CliRun.of("followup", "show", "--db", ledger.toString(), "--inspection", Long.toString(round),
                "--json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(show.out());
        assertThat(j.get("origin").asLong()).isEqualTo(origin);
        assertThat(j.get("carried").asLong()).isEqualTo(unfinished);
        assertThat(j.get("carried_done").asLong()).isEqualTo(1);
        JsonNode o = new ObjectMapper().readTree(CliRun.of("followup", "show", "--db", ledger.toString(),
                "--inspection", Long.toString(origin), "--json").out());
        assertThat(o.get("rounds").get(0).asLong()).isEqualTo(round);
        assertThat(CliRun.of("followup", "start", "--db", ledger.toString(), "--inspection", "999", "--name", "x")
                .code()).isEqualTo(LedgerCli.REJECTED);
    }

    @Test
    void theNoticeOfARoundSaysHowManyWereCarriedOverAndHowManyOfThemAreDone() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        long origin;
        String originName;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            origin = store.inspections().all().get(0).id();
            originName = store.inspections().all().get(0).name();
        }
        JsonNode s = new ObjectMapper().readTree(CliRun.of("followup", "start", "--db", ledger.toString(),
                "--inspection", Long.toString(origin), "--name", "2023年回头看", "--json").out());
        long round = s.get("inspection").asLong();
        long carried = s.get("carried").asLong();
        CliRun before = CliRun.of("notice", "--text", "--db", ledger.toString(), "--inspection", Long.toString(round));
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out()).contains("本次“回头看”从“" + originName + "”带入整改措施" + carried + "条，其中已完成0条。");
        try (LedgerStore store = LedgerStore.open(ledger)) {
            Measure first = store.inspections().measure(store.followUp().carriedMeasures(round).get(0)).orElseThrow();
            store.inspections().update(first.withStatus(Status.DONE));
        }
        CliRun after = CliRun.of("notice", "--text", "--db", ledger.toString(), "--inspection", Long.toString(round));
        assertThat(after.out()).contains("带入整改措施" + carried + "条，其中已完成1条。");
        // the origin's notice has no such sentence
        CliRun own = CliRun.of("notice", "--text", "--db", ledger.toString(), "--inspection", Long.toString(origin));
        assertThat(own.out()).doesNotContain("带入整改措施");
    }
}
