package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadTransactionTest {
    @TempDir
    Path dir;

    @Test
    void readsInsideSeeTheLedgerAsItWasAtTheFirstWhateverIsWrittenMeanwhile() throws Exception {
        Path file = dir.resolve("l.zgtz");
        try (LedgerStore writer = LedgerStore.open(file);
                LedgerStore reader = LedgerStore.openReadOnlyUnchecked(file)) {
            writer.inspections().add(Inspection.draft("一"));
            try (ReadTransaction t = reader.unitOfWork().readTransaction()) {
                assertThat(reader.inspections().all()).hasSize(1);
                writer.inspections().add(Inspection.draft("二"));
                int[] seenByAnotherThread = {-1};
                Thread other = new Thread(() -> seenByAnotherThread[0] = reader.inspections().all().size());
                other.start();
                other.join();
                assertThat(seenByAnotherThread[0]).isEqualTo(1);
                assertThat(reader.inspections().all()).hasSize(1);
            }
            assertThat(reader.inspections().all()).hasSize(2);
        }
    }

    @Test
    void aStoreRefusesWritesWhileItsReadTransactionIsOpen() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            try (ReadTransaction t = s.unitOfWork().readTransaction()) {
                assertThatThrownBy(() -> s.inspections().add(Inspection.draft("一"))).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(s.unitOfWork()::readTransaction).isInstanceOf(IllegalStateException.class);
            }
            s.inspections().add(Inspection.draft("一"));
            assertThat(s.inspections().all()).hasSize(1);
        }
    }
}
