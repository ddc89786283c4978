package io.github.rectification.ledger.ui.common;

/** Runs background work; injected so that tests can run it on their own thread. */
public interface TaskExecutor extends AutoCloseable {
    /** Starts the task and returns it (to bind its progress or cancel it). */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Stops accepting work; running work is interrupted. */
    @Override
    void close();
}
