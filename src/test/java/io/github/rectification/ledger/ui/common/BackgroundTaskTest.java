package io.github.rectification.ledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    @Test
    void reportsProgressAndResult() {
        List<Double> progress = new ArrayList<>();
        List<String> events = new ArrayList<>();
        BackgroundTask<Integer> task = new BackgroundTask<>() {
            @Override
            protected Integer call() {
                for (int i = 1; i <= 4; i++) {
                    updateProgress(i, 4);
                }
                updateMessage("完成");
                return 42;
            }
        };
        task.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        task.onSuccess(r -> events.add("success " + r)).onFinished(() -> events.add("finished"));
        new CurrentThreadTaskExecutor().execute(task);
        assertThat(progress).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(task.messageProperty().get()).isEqualTo("完成");
        assertThat(task.runningProperty().get()).isFalse();
        assertThat(events).containsExactly("success 42", "finished");
    }

    @Test
    void aCancelledTaskCallsNeitherSuccessNorFailure() {
        List<String> events = new ArrayList<>();
        BackgroundTask<String> task = new BackgroundTask<>() {
            @Override
            protected String call() {
                cancel();
                return "late";
            }
        };
        task.onSuccess(events::add).onFailure(e -> events.add("failure")).onFinished(() -> events.add("finished"));
        new CurrentThreadTaskExecutor().execute(task);
        assertThat(task.isCancelled()).isTrue();
        assertThat(events).containsExactly("finished");
    }

    @Test
    void failuresGoToTheTaskOrElseTheExecutorsHandler() {
        List<Exception> handled = new ArrayList<>();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(handled::add);
        executor.execute(BackgroundTask.wrap(() -> {
            throw new IllegalStateException("坏了");
        }));
        assertThat(handled).singleElement().satisfies(e -> assertThat(e).hasMessage("坏了"));
        List<Exception> own = new ArrayList<>();
        executor.execute(BackgroundTask.wrap(() -> {
            throw new IllegalStateException("自己处理");
        }).onFailure(own::add));
        assertThat(own).hasSize(1);
        assertThat(handled).hasSize(1);
    }
}
