package io.github.rectification.ledger.ui.common;

import java.util.ArrayDeque;

/**
 * Holds the tasks given to it until the test runs them, on the calling thread: a test sees the
 * window's state while background work is still under way, and the moment it arrives.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final ArrayDeque<BackgroundTask<?>> tasks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> callbacks = new ArrayDeque<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        tasks.add(task);
        return task;
    }

    /** The tasks given and not run yet. */
    public int pending() {
        return tasks.size();
    }

    /** Runs the oldest task's work, keeping its callbacks for {@link #runCallbacks()}. */
    public void runOne() {
        BackgroundTasks.run(tasks.removeFirst(), callbacks::add);
    }

    /** Runs the callbacks of the work done so far, as the FX thread would. */
    public void runCallbacks() {
        while (!callbacks.isEmpty()) {
            callbacks.removeFirst().run();
        }
    }

    /** Runs every task with its callbacks, including those the callbacks give; returns how many ran. */
    public int runAll() {
        int n = 0;
        while (!tasks.isEmpty()) {
            runOne();
            runCallbacks();
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        tasks.clear();
        callbacks.clear();
    }
}
