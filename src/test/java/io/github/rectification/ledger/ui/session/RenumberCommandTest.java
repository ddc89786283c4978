package io.github.rectification.ledger.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenumberCommandTest {
    @TempDir
    Path dir;

    private LedgerSession session;
    private LedgerStore s;
    private Inspection i;

    @BeforeEach
    void open() throws Exception {
        session = new LedgerSession();
        session.open(dir.resolve("l.zgtz"));
        s = session.store();
        i = s.inspections().add(Inspection.draft("巡察"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void numbersTheProblemsOfAnInspectionAndUndoesAndRedoes() throws Exception {
        Problem a = s.inspections().add(Problem.draft(i.id(), "甲").withSeq("（一）"));
        Problem b = s.inspections().add(Problem.draft(i.id(), "乙").withSeq("（三）"));
        Problem c = s.inspections().add(Problem.draft(i.id(), "丙"));
        Problem sub = s.inspections().add(new Problem(0, i.id(), a.id(), "2.", "", "子问题", "", 0));

        session.run(new RenumberCommand(NodeKey.inspection(i.id())));
        assertThat(s.inspections().problems(i.id(), null)).extracting(Problem::seq).containsExactly("（一）", "（二）", "（三）");
        assertThat(s.inspections().problem(sub.id()).orElseThrow().seq()).isEqualTo("2.");
        assertThat(session.undoManager().undoDescriptionProperty().get()).isEqualTo("重排序号");

        session.undo();
        assertThat(List.of(s.inspections().problem(a.id()).orElseThrow(), s.inspections().problem(b.id()).orElseThrow(),
                s.inspections().problem(c.id()).orElseThrow())).extracting(Problem::seq).containsExactly("（一）", "（三）", "");
        session.redo();
        assertThat(s.inspections().problems(i.id(), null)).extracting(Problem::seq).containsExactly("（一）", "（二）", "（三）");
    }

    @Test
    void numbersTheSubProblemsAndTheMeasuresOfAProblemEachOnTheirOwn() throws Exception {
        Problem p = s.inspections().add(Problem.draft(i.id(), "问题").withSeq("(一)"));
        s.inspections().add(new Problem(0, i.id(), p.id(), "", "", "子问题甲", "", 0));
        s.inspections().add(new Problem(0, i.id(), p.id(), "", "", "子问题乙", "", 0));
        s.inspections().add(Measure.draft(p.id(), "措施甲").withSeq("(2)"));
        s.inspections().add(Measure.draft(p.id(), "措施乙").withSeq("(5)"));
        s.inspections().add(Measure.draft(p.id(), "措施丙"));

        session.run(new RenumberCommand(NodeKey.problem(p.id())));
        assertThat(s.inspections().problems(i.id(), p.id())).extracting(Problem::seq).containsExactly("1.", "2.");
        assertThat(s.inspections().measures(p.id())).extracting(Measure::seq).containsExactly("(1)", "(2)", "(3)");
        assertThat(s.inspections().problem(p.id()).orElseThrow().seq()).isEqualTo("(一)");
    }

    @Test
    void aListAlreadyInOrderIsNoChangeAndNoUndoStep() throws Exception {
        s.inspections().add(Problem.draft(i.id(), "甲").withSeq("(一)"));
        s.inspections().add(Problem.draft(i.id(), "乙").withSeq("(二)"));
        assertThat(session.run(new RenumberCommand(NodeKey.inspection(i.id()))).changed()).isFalse();
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
        assertThatThrownBy(() -> new RenumberCommand(NodeKey.measure(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
