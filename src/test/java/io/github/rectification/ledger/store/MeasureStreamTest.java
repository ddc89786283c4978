package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureStreamTest {
    @TempDir
    Path dir;

    @Test
    void problemsInOrderPutsEachParentBeforeItsSubProblems() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = s.inspections().add(Inspection.draft("巡察"));
            Problem a = s.inspections().add(Problem.draft(i.id(), "甲"));
            Problem b = s.inspections().add(Problem.draft(i.id(), "乙"));
            Problem a1 = s.inspections().add(new Problem(0, i.id(), a.id(), "1", "", "甲一", "", 0));
            Inspection other = s.inspections().add(Inspection.draft("另一个"));
            s.inspections().add(Problem.draft(other.id(), "丙"));
            assertThat(s.inspections().problemsInOrder(i.id())).extracting(Problem::title).containsExactly("甲", "甲一", "乙");
            assertThat(s.inspections().problemsInOrder(i.id()).get(1).id()).isEqualTo(a1.id());
            assertThat(b.id()).isNotEqualTo(a.id());
        }
    }

    @Test
    void forEachMeasureFollowsTheGivenProblemOrderAndGivesTheStableIds() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = s.inspections().add(Inspection.draft("巡察"));
            Problem a = s.inspections().add(Problem.draft(i.id(), "甲"));
            Problem b = s.inspections().add(Problem.draft(i.id(), "乙"));
            Measure b1 = s.inspections().add(Measure.draft(b.id(), "乙1"));
            Measure a2 = s.inspections().add(Measure.draft(a.id(), "甲2"));
            Measure a1 = s.inspections().add(Measure.draft(a.id(), "甲1").withOrder(0));
            s.inspections().moveMeasure(a1.id(), -1);
            List<String> texts = new ArrayList<>();
            List<String> uids = new ArrayList<>();
            s.inspections().forEachMeasure(List.of(b.id(), a.id()), (m, uid) -> {
                texts.add(m.text());
                uids.add(uid);
            });
            assertThat(texts).containsExactly("乙1", "甲1", "甲2");
            assertThat(uids).containsExactly(s.history().uidOf(RecordKind.MEASURE, b1.id()), s.history().uidOf(RecordKind.MEASURE, a1.id()),
                    s.history().uidOf(RecordKind.MEASURE, a2.id()));
        }
    }

    @Test
    void anUncheckedReadOnlyOpenReadsButNeverWritesNorCreates() throws Exception {
        Path file = dir.resolve("l.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            Inspection i = s.inspections().add(Inspection.draft("巡察"));
            s.inspections().add(Measure.draft(s.inspections().add(Problem.draft(i.id(), "甲")).id(), "甲1"));
        }
        try (LedgerStore s = LedgerStore.openReadOnlyUnchecked(file)) {
            assertThat(s.readOnly()).isTrue();
            assertThat(s.inspections().snapshot().measures()).extracting(Measure::text).containsExactly("甲1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.inspections().add(Inspection.draft("新")))
                    .isInstanceOf(ReadOnlyLedgerException.class);
        }
        Path missing = dir.resolve("missing.zgtz");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerStore.openReadOnlyUnchecked(missing))
                .isInstanceOf(LedgerFileException.class);
        assertThat(missing).doesNotExist();
    }
}
