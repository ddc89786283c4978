package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureValuesTest {
    @TempDir
    Path dir;

    private static Measure measure(long problemId, String leader, String dept, List<String> supporting,
            Deadline deadline, LocalDate completed, String remarks) {
        return MeasureBuilder.under(problemId).leader(leader).department(dept).supporting(supporting)
                .person("张三").deadline(deadline).status(Status.DONE).completedOn(completed).remarks(remarks)
                .build();
    }

    @Test
    void countsEachProblemsMeasuresAndGathersTheDistinctShortValuesOfOneInspectionOnly() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = s.inspections().add(Inspection.draft("巡察"));
            Problem a = s.inspections().add(Problem.draft(i.id(), "甲"));
            Problem b = s.inspections().add(Problem.draft(i.id(), "乙"));
            Problem empty = s.inspections().add(Problem.draft(i.id(), "丙"));
            LocalDate june = LocalDate.of(2022, 6, 30);
            s.inspections().add(measure(a.id(), "李四", "办公室", List.of("组织科", "机关党委"), Deadline.on(june), june, ""));
            s.inspections().add(measure(a.id(), "李四", "财务科", List.of(), Deadline.longTerm(), null, "备注一"));
            s.inspections().add(measure(b.id(), "王五", "办公室", List.of("组织科", "机关党委"), Deadline.on(june), null, ""));
            Inspection other = s.inspections().add(Inspection.draft("另一个"));
            s.inspections().add(measure(s.inspections().add(Problem.draft(other.id(), "丁")).id(), "赵六", "纪检组", List.of(), Deadline.NONE,
                    null, "别处"));

            MeasureValues v = s.inspections().measureValues(i.id());

            assertThat(s.inspections().measureCounts(i.id())).isEqualTo(Map.of(a.id(), 2, b.id(), 1));
            assertThat(v.leaders()).containsExactlyInAnyOrder("李四", "王五");
            assertThat(v.departments()).containsExactlyInAnyOrder("办公室", "财务科");
            assertThat(v.supportingDepartments()).containsExactlyInAnyOrder(List.of("组织科", "机关党委"), List.of());
            assertThat(v.persons()).containsExactly("张三");
            assertThat(v.deadlines()).containsExactlyInAnyOrder(Deadline.on(june), Deadline.longTerm());
            assertThat(v.completionDates()).containsExactly(june);
            assertThat(v.remarks()).containsExactlyInAnyOrder("", "备注一");
            assertThat(s.inspections().measureCounts(i.id() + 100)).isEmpty();
            assertThat(s.inspections().measureValues(i.id() + 100).leaders()).isEmpty();
        }
    }
}
