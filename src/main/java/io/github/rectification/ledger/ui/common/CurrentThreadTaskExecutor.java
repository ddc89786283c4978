package io.github.rectification.ledger.ui.common;

import java.util.function.Consumer;

/** Runs each task at once on the calling thread, callbacks included: for tests of view models. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Consumer<Exception> defaultFailure;

    public CurrentThreadTaskExecutor() {
        this(e -> {
            throw new IllegalStateException(e);
        });
    }

    public CurrentThreadTaskExecutor(Consumer<Exception> defaultFailure) {
        this.defaultFailure = defaultFailure;
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.runWith(Runnable::run, defaultFailure);
        return task;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
