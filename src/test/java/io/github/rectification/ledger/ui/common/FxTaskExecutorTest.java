package io.github.rectification.ledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskExecutorTest {
    @Test
    void aTaskAskedForAfterTheCloseIsCancelledAndNeverRuns() throws Exception {
        List<Exception> failures = new ArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTask<String> task = executor.execute(BackgroundTask.wrap(() -> {
            ran.set(true);
            return "read";
        }));
        Thread.sleep(100);
        assertThat(task.isCancelled()).isTrue();
        assertThat(ran).isFalse();
        assertThat(failures).isEmpty();
    }
}
