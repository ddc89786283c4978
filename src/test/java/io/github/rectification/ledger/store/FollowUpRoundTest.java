package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpRoundTest {
    @TempDir
    Path dir;

    private static Measure measure(LedgerStore store, long problem, String text, Status status) {
        return store.inspections().add(MeasureBuilder.under(problem).text(text).leader("王局长").department("办公室").status(status)
                .completedOn(status == Status.DONE ? LocalDate.of(2023, 5, 1) : null).build());
    }

    @Test
    void theRoundTakesOverExactlyTheUnfinishedAndLongTermMeasuresLinkedBothWays() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection origin = store.inspections().add(new Inspection(0, "2023年常规巡察", "市民政局", "市委第一巡察组", null, null,
                    LocalDate.of(2023, 3, 1), null, 0));
            Problem a = store.inspections().add(new Problem(0, origin.id(), null, "(一)", "党的建设", "问题A", "", 0));
            Problem b = store.inspections().add(new Problem(0, origin.id(), null, "(二)", "党的建设", "问题B", "", 0));
            Problem c = store.inspections().add(new Problem(0, origin.id(), null, "(三)", "党的建设", "问题C", "", 0));
            Problem c1 = store.inspections().add(new Problem(0, origin.id(), c.id(), "1.", "", "问题C之一", "", 0));
            Measure closed = measure(store, a.id(), "已销号", Status.DONE);
            measure(store, a.id(), "已完成未销号", Status.DONE);
            Measure going = measure(store, a.id(), "正在推进", Status.IN_PROGRESS);
            Measure longTerm = measure(store, a.id(), "长期坚持", Status.LONG_TERM);
            Measure notStarted = measure(store, a.id(), "未启动", Status.NOT_STARTED);
            measure(store, b.id(), "B已完成", Status.DONE);
            Measure deep = measure(store, c1.id(), "C1正在推进", Status.IN_PROGRESS);
            String closedUid = store.history().uidOf(RecordKind.MEASURE, closed.id());
            store.evidence().attach(EvidenceOwner.measure(closedUid), List.of(Files.writeString(dir.resolve("a.pdf"), "a")));
            store.closeOut().request(closedUid, "完成");
            store.closeOut().approve(closedUid, "同意", "");

            FollowUpRepository.Started s = store.followUp().start(origin.id(), new Inspection(0, "2024年回头看",
                    "市民政局", "市委第一巡察组", null, null, LocalDate.of(2024, 6, 1), null, 0));

            assertThat(s.carried()).isEqualTo(4);
            assertThat(s.problems()).as("A, C and its sub-problem C1; not B").isEqualTo(3);
            long round = s.round().id();
            assertThat(store.inspections().problemsInOrder(round)).extracting(Problem::title)
                    .containsExactly("问题A", "问题C", "问题C之一");
            Problem copyOfC1 = store.inspections().problemsInOrder(round).get(2);
            assertThat(store.inspections().problem(copyOfC1.parentId()).orElseThrow().title()).isEqualTo("问题C");
            List<Long> carried = store.followUp().carriedMeasures(round);
            assertThat(carried).extracting(id -> store.inspections().measure(id).orElseThrow().text())
                    .containsExactly("正在推进", "长期坚持", "未启动", "C1正在推进");
            assertThat(carried).extracting(id -> store.followUp().carriedFrom(id).orElseThrow())
                    .containsExactly(going.id(), longTerm.id(), notStarted.id(), deep.id());
            assertThat(store.followUp().carriedInto(going.id())).containsExactly(carried.get(0));
            assertThat(store.followUp().carriedInto(closed.id())).isEmpty();
            assertThat(store.followUp().originOf(round)).contains(origin.id());
            assertThat(store.followUp().roundsOf(origin.id())).containsExactly(round);
            assertThat(store.followUp().originOf(origin.id())).isEmpty();
            assertThat(store.inspections().measures(store.inspections().problemsInOrder(origin.id()).get(0).id())).as("the origin keeps its measures")
                    .hasSize(5);
        }
    }
}
