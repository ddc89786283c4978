package io.github.rectification.ledger.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names written alike as the directory window offers them, and their merge; no display needed. */
class DirectoryViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void namesWrittenAlikeAreOfferedWithTheNameOfMoreMeasuresKeptAndMergedOnlyWhenAsked() throws Exception {
        session.open(dir.resolve("l.zgtz"));
        LedgerStore store = session.store();
        Inspection i = store.inspections().add(Inspection.draft("巡察"));
        Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
        store.inspections().add(MeasureBuilder.under(p.id()).department("局办公室").build());
        store.inspections().add(MeasureBuilder.under(p.id()).department("办公室").build());
        store.inspections().add(MeasureBuilder.under(p.id()).department("办公室").build());
        DirectoryViewModel vm = new DirectoryViewModel(session);
        vm.load();
        assertThat(vm.departments()).extracting(Department::name).containsExactlyInAnyOrder("办公室", "局办公室");
        assertThat(vm.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.keep()).isEqualTo("办公室");
            assertThat(s.merged()).isEqualTo("局办公室");
            assertThat(s.measures() + s.otherMeasures()).isEqualTo(3);
        });
        AlikeNames s = vm.suggestions().get(0);
        vm.merge(s.keep(), s.merged());
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.departments()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("办公室");
            assertThat(d.aliases()).containsExactly("局办公室");
        });
    }

    @Test
    void onATieTheFirstNameStays() {
        assertThat(new AlikeNames("甲处", "甲 处", 2, 2).keep()).isEqualTo("甲处");
        assertThat(new AlikeNames("甲处", "甲 处", 2, 2).merged()).isEqualTo("甲 处");
        assertThat(new AlikeNames("甲处", "甲 处", 1, 2).keep()).isEqualTo("甲 处");
    }
}
