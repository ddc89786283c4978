package io.github.rectification.ledger.exchange.export;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Work started on a daemon thread of its own, whose result is taken when it is needed. */
final class Background<T> {
    private final FutureTask<T> task;

    Background(String name, Callable<T> work) {
        task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the result; the work's own exception is rethrown as it was (checked ones as IOException). */
    T get() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(Messages.TEXTS.text("cancelled"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }
}
