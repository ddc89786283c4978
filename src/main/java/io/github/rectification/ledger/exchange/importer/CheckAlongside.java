package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The check of a workbook against the read limits ({@link WorkbookSource#check}) run on a thread of
 * its own while the same workbook is imported: used where the ledger has nothing to lose, so that
 * the check costs no time of its own; its refusal is waited for before the commit and rolls the
 * import back.
 */
final class CheckAlongside implements AutoCloseable {
    private final FutureTask<Void> task;

    private CheckAlongside(WorkbookSource source) {
        task = new FutureTask<>(() -> {
            source.check();
            return null;
        });
        Thread thread = new Thread(task, "ledger-import-check");
        thread.setDaemon(true);
        thread.start();
    }

    static CheckAlongside start(WorkbookSource source) {
        return new CheckAlongside(source);
    }

    /** Waits for the check and throws its refusal, carried out of the store's transaction. */
    void passed() {
        refusal().ifPresent(r -> {
            throw new ParsePipeline.Rejected(r);
        });
    }

    /** Waits for the check: its refusal, or empty when the workbook passed; a failure of the check is thrown. */
    Optional<ImportRejectedException> refusal() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return Optional.empty();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ImportRejectedException r) {
                        return Optional.of(r);
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the check to end, so that it never reads a workbook already closed. */
    @Override
    public void close() {
        try {
            refusal();
        } catch (RuntimeException ignored) {
            // the import has failed already; the check's own failure adds nothing
        }
    }
}
