package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoveLabelsTest {
    @TempDir
    Path dir;

    private LedgerStore store;
    private Inspection inspection;

    @BeforeEach
    void open() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        inspection = store.inspections().add(Inspection.draft("第一轮巡察"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Problem problem(String seq, String title) {
        return store.inspections().add(Problem.draft(inspection.id(), title).withSeq(seq));
    }

    private Measure measure(Problem p, String seq, String text) {
        return store.inspections().add(Measure.draft(p.id(), text).withSeq(seq));
    }

    @Test
    void labelsStayWithTheirPlacesWhenAProblemMoves() {
        problem("(一)", "财务管理不规范");
        problem("(二)", "会议记录不完整");
        Problem third = problem("(三)", "档案管理混乱");
        assertThat(store.inspections().moveProblem(third.id(), -1)).isTrue();
        assertThat(store.inspections().problems(inspection.id(), null)).extracting(Problem::seq, Problem::title)
                .containsExactly(tuple("(一)", "财务管理不规范"),
                        tuple("(二)", "档案管理混乱"),
                        tuple("(三)", "会议记录不完整"));
        assertThat(store.history().history(RecordKind.PROBLEM, third.id())).last().extracting(HistoryEntry::action)
                .isEqualTo(ChangeAction.MOVE);
        assertThat(store.history().history(RecordKind.PROBLEM, third.id())).extracting(HistoryEntry::field)
                .contains("seq", "sort_order");
    }

    @Test
    void movingBackPutsEveryLabelBack() {
        Problem p = problem("(一)", "财务管理不规范");
        Measure first = measure(p, "1.", "规范报销流程");
        Measure second = measure(p, "2.", "开展专项检查");
        store.inspections().moveMeasure(second.id(), -1);
        assertThat(store.inspections().measures(p.id())).extracting(Measure::seq, Measure::text)
                .containsExactly(tuple("1.", "开展专项检查"),
                        tuple("2.", "规范报销流程"));
        store.inspections().moveMeasure(second.id(), +1);
        assertThat(store.inspections().measures(p.id())).extracting(Measure::id, Measure::seq)
                .containsExactly(tuple(first.id(), "1."),
                        tuple(second.id(), "2."));
    }

    @Test
    void labelsOfDifferentShapesOrNoneMoveWithTheirRecords() {
        Problem p = problem("(一)", "财务管理不规范");
        measure(p, "1.", "规范报销流程");
        Measure other = measure(p, "(2)", "开展专项检查");
        Measure blank = measure(p, "", "建立台账");
        store.inspections().moveMeasure(other.id(), -1);
        store.inspections().moveMeasure(blank.id(), -1);
        assertThat(store.inspections().measures(p.id())).extracting(Measure::seq)
                .containsExactly("(2)", "", "1.");
    }
}
