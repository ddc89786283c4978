package io.github.rectification.ledger.ui.common;

import java.util.function.Consumer;

/** Test access to running a task with a chosen callback thread. */
public final class BackgroundTasks {
    private BackgroundTasks() {
    }

    /** Runs a task's work now; its callbacks go to {@code publisher}. */
    public static void run(BackgroundTask<?> task, Consumer<Runnable> publisher) {
        task.runWith(publisher, e -> {
            throw new IllegalStateException(e);
        });
    }
}
