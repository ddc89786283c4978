package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Workbooks imported into one ledger one after the other, as the command line and the window run
 * them, each in a transaction of its own: the ledger is backed up before the first workbook that
 * writes (when the options ask for a backup), and that one backup covers the workbooks after it, so
 * that the backups kept are not pushed out by copies of nearly the same ledger. A job of a single
 * workbook is an ordinary import.
 */
public final class ImportJob {
    /** What one workbook did or would do, or why it is refused (then it changed nothing). */
    public record Outcome(Path file, ImportPlan plan, ImportRejectedException refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private final ImportOptions options;
    private boolean backedUp;

    public ImportJob(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** What importing {@code file} into {@code store} would do; nothing is written. */
    public ImportPlan preview(Path file, LedgerStore store) throws ImportRejectedException {
        return LedgerImporter.preview(file, store, options);
    }

    /**
     * Imports {@code file}, asking {@code ledger} for the ledger only once the workbook has been
     * read and checked (see {@link LedgerImporter#apply(Path, LedgerImporter.Ledger, ImportOptions)}).
     */
    public ImportPlan apply(Path file, LedgerImporter.Ledger ledger)
            throws ImportRejectedException, LedgerFileException {
        return backedUpOnce(LedgerImporter.apply(file, ledger, next()));
    }

    /** Imports {@code file} into the open {@code store}. */
    public ImportPlan apply(Path file, LedgerStore store) throws ImportRejectedException {
        return backedUpOnce(LedgerImporter.apply(file, store, next()));
    }

    /** Previews ({@code apply} false) or imports {@code file}, a refusal given as the outcome. */
    public Outcome outcome(Path file, LedgerStore store, boolean apply) {
        try {
            return new Outcome(file, apply ? apply(file, store) : preview(file, store), null);
        } catch (ImportRejectedException e) {
            return new Outcome(file, null, e);
        }
    }

    /** The options of the next import: a backup only until one has been made. */
    private ImportOptions next() {
        return options.withBackup(options.backup() && !backedUp);
    }

    private ImportPlan backedUpOnce(ImportPlan plan) {
        backedUp |= plan.backup() != null;
        return plan;
    }
}
