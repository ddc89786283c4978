package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStoreOnTheSameFileIsReadOnlyAndRefusesWrites() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore first = LedgerStore.open(file)) {
            SampleLedger.fill(first, 1);
            try (LedgerStore second = LedgerStore.open(file)) {
                assertThat(first.readOnly()).isFalse();
                assertThat(second.readOnly()).isTrue();
                assertThat(second.inspections().all()).hasSize(1);
                assertThatThrownBy(() -> second.inspections().add(Inspection.draft("第二轮")))
                        .isInstanceOf(ReadOnlyLedgerException.class)
                        .hasMessageContaining("只读");
                assertThatThrownBy(() -> second.settings().put(LedgerSettings.NOTICE_DRAFT, "y")).isInstanceOf(ReadOnlyLedgerException.class);
            }
            first.inspections().add(Inspection.draft("第二轮"));
            assertThat(first.inspections().all()).hasSize(2);
        }
        try (LedgerStore again = LedgerStore.open(file)) {
            assertThat(again.readOnly()).isFalse();
        }
    }

    @Test
    void aSecondProcessGetsReadOnlyAndCannotWrite() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore first = LedgerStore.open(file)) {
            SampleLedger.fill(first, 2);
            String out = runSecondOpener(file);
            assertThat(out).contains("readOnly=true").contains("inspections=1").contains("refused=ReadOnlyLedgerException");
            assertThat(first.inspections().all()).hasSize(1);
        }
        assertThat(runSecondOpener(file)).contains("readOnly=false").contains("refused=none");
    }

    private static String runSecondOpener(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SecondOpener.class.getName(), file.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
