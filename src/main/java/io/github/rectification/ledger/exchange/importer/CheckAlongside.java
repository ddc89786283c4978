package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import io.github.rectification.ledger.handoff.Later;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The check of a workbook against the read limits ({@link WorkbookSource#check}) run on a thread of
 * its own while the same workbook is imported: used where the ledger has nothing to lose, so that
 * the check costs no time of its own; its refusal is waited for before the commit and rolls the
 * import back.
 */
final class CheckAlongside implements AutoCloseable {
    private final Later<Boolean> check;

    private CheckAlongside(WorkbookSource source) {
        check = Later.start("ledger-import-check", () -> {
            source.check();
            return Boolean.TRUE;
        }, ImportCancelledException::new);
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
        try {
            check.get();
            return Optional.empty();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImportRejectedException r) {
                return Optional.of(r);
            }
            throw e;
        }
    }

    /** Waits for the check to end, so that it never reads a workbook already closed. */
    @Override
    public void close() {
        check.close();
    }
}
