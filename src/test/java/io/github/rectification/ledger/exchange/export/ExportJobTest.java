package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {
    @TempDir
    Path dir;
    Path ledger;
    long second;

    @BeforeEach
    void setUp() throws Exception {
        ledger = dir.resolve("ledger.zgtz");
        try (LedgerStore store = LedgerStore.open(ledger)) {
            SampleLedger.fill(store);
            second = store.inspections().all().get(1).id();
        }
    }

    @Test
    void recordingExportsTheWholeLedgerAndRecordsItsBatch() throws Exception {
        ExportSummary s = new ExportJob(ledger, ExportJob.Access.RECORDING).run(dir.resolve("all.xlsx"),
                ExportProgress.NONE);
        assertThat(s.inspections()).isEqualTo(2);
        assertThat(s.batch()).isNotNull();
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.distributions().batch(s.batch())).isPresent();
        }
    }

    @Test
    void readingExportsWithoutABatch() throws Exception {
        ExportSummary s = new ExportJob(ledger, ExportJob.Access.READING).inspection(second)
                .run(dir.resolve("one.xlsx"), ExportProgress.NONE);
        assertThat(s.inspections()).isEqualTo(1);
        assertThat(s.batch()).isNull();
        assertThat(dir.resolve("one.xlsx")).exists();
    }

    @Test
    void aFailedCheckWritesNothing() {
        Path target = dir.resolve("never.xlsx");
        assertThatThrownBy(() -> new ExportJob(ledger, ExportJob.Access.RECORDING).run(target, ExportProgress.NONE,
                store -> {
                    assertThat(store.inspections().all()).extracting(Inspection::id).contains(second);
                    throw new IllegalArgumentException("refused");
                })).hasMessage("refused");
        assertThat(Files.exists(target)).isFalse();
    }
}
