package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Inspection;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitOfWorkTest {
    @TempDir
    Path dir;

    @Test
    void aUnitMarksItsHistoryWithItsSourceAndAnInnerOneWithItsOwnUntilItEnds() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            UnitOfWork work = store.unitOfWork();
            long[] ids = work.run(ChangeSource.importOf("台账.xlsx"), () -> {
                long first = store.inspections().add(Inspection.draft("一")).id();
                long second = work.run(ChangeSource.UNDO, () -> store.inspections().add(Inspection.draft("二")).id());
                long third = store.inspections().add(Inspection.draft("三")).id();
                return new long[] {first, second, third};
            });
            long plain = store.inspections().add(Inspection.draft("四")).id();
            assertThat(sourceOf(store, ids[0])).isEqualTo("import: 台账.xlsx");
            assertThat(sourceOf(store, ids[1])).isEqualTo("undo");
            assertThat(sourceOf(store, ids[2])).isEqualTo("import: 台账.xlsx");
            assertThat(sourceOf(store, plain)).isEmpty();
        }
    }

    @Test
    void whatAUnitWroteIsGoneWhenItThrows() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            assertThatThrownBy(() -> store.unitOfWork().run(ChangeSource.EDIT, () -> {
                store.inspections().add(Inspection.draft("一"));
                store.unitOfWork().bulk(w -> w.add(Inspection.draft("二")));
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
            assertThat(store.inspections().isEmpty()).isTrue();
        }
    }

    private static String sourceOf(LedgerStore store, long inspection) {
        return store.history().history(RecordKind.INSPECTION, inspection).get(0).source();
    }
}
