package io.github.rectification.ledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Work to run away from the FX thread, with its progress, message and cancellation. The callbacks
 * run on the thread the {@link TaskExecutor} chooses (the FX thread for the real executor). The
 * progress and message properties are set there too, so views may bind to them.
 *
 * @param <T> what the work returns
 */
public abstract class BackgroundTask<T> {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private volatile boolean cancelled;
    private volatile Consumer<Runnable> publisher = Runnable::run;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Exception> onFailure;
    private Runnable onFinished = () -> { };

    /** A task running a callable. */
    public static <V> BackgroundTask<V> wrap(Callable<V> work) {
        return new BackgroundTask<>() {
            @Override
            protected V call() throws Exception {
                return work.call();
            }
        };
    }

    /** The work; check {@link #isCancelled()} in long loops and report with {@link #updateProgress}. */
    protected abstract T call() throws Exception;

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = callback;
        return this;
    }

    /** Without a failure callback, failures go to the executor's default handler (usually a dialog). */
    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = callback;
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = callback;
        return this;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    protected void updateProgress(long done, long total) {
        double p = total <= 0 ? -1 : (double) done / total;
        publisher.accept(() -> progress.set(p));
    }

    protected void updateMessage(String text) {
        publisher.accept(() -> message.set(text));
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // ------------------------------------------------------------- used by executors

    /** Runs the work on the calling thread, handing each callback to {@code publisher}. */
    void runWith(Consumer<Runnable> publisher, Consumer<Exception> defaultFailure) {
        this.publisher = publisher;
        publisher.accept(() -> running.set(true));
        T result;
        try {
            result = call();
        } catch (Exception e) {
            publisher.accept(() -> {
                running.set(false);
                if (!cancelled) {
                    (onFailure != null ? onFailure : defaultFailure).accept(e);
                }
                onFinished.run();
            });
            return;
        }
        publisher.accept(() -> {
            running.set(false);
            if (!cancelled) {
                onSuccess.accept(result);
            }
            onFinished.run();
        });
    }
}
