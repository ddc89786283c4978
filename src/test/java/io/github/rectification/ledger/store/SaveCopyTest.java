package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveCopyTest {
    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheSameRecordsAndIdsWhileTheLedgerStaysOpen() throws Exception {
        Path copy = dir.resolve("copies/另存.zgtz");
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
            Measure m = store.inspections().add(Measure.draft(p.id(), "措施"));
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, "an older file in the way");
            store.saveCopy(copy);
            // the original goes on taking writes
            store.inspections().add(Measure.draft(p.id(), "另存之后的措施"));
            try (LedgerStore c = LedgerStore.open(copy)) {
                assertThat(c.inspections().measures(p.id())).containsExactly(m);
                assertThat(c.history().uidOf(RecordKind.MEASURE, m.id())).isEqualTo(store.history().uidOf(RecordKind.MEASURE, m.id()));
                assertThat(c.settings().get(LedgerSettings.LEDGER_UID)).isEqualTo(store.settings().get(LedgerSettings.LEDGER_UID));
            }
            assertThat(store.inspections().measures(p.id())).hasSize(2);
        }
    }

    @Test
    void refusesToCopyOntoItself() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            store.inspections().add(Inspection.draft("巡察"));
            assertThatThrownBy(() -> store.saveCopy(file)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.inspections().all()).hasSize(1);
        }
    }
}
