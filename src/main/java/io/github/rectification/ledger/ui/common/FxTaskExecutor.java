package io.github.rectification.ledger.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs tasks on a small pool of daemon threads; callbacks and progress land on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Consumer<Exception> defaultFailure;

    public FxTaskExecutor(Consumer<Exception> defaultFailure) {
        this.defaultFailure = defaultFailure;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ledger-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task} on the pool; once the pool is closed (the window is closing, and a callback of
     * an earlier task asks for more) the task is cancelled instead and never runs.
     */
    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        try {
            pool.execute(() -> task.runWith(Platform::runLater, defaultFailure));
        } catch (RejectedExecutionException closed) {
            task.cancel();
        }
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
