package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import io.github.rectification.ledger.handoff.Handoff;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Reads the workbook on its own thread and hands the records to the calling thread, which writes
 * them: parsing and writing overlap on two cores, and nothing is held beyond a short
 * {@link Handoff}. The caller can wait for the first record before it opens its transaction, so a
 * workbook that turns out to hold no ledger never touches the ledger file.
 */
final class ParsePipeline implements AutoCloseable {
    private static final int QUEUE = 512;

    /** Carries a refusal out of the store's transaction (which rolls back). */
    static final class Rejected extends RuntimeException {
        private final ImportRejectedException rejection;

        Rejected(ImportRejectedException rejection) {
            super(rejection.getMessage(), rejection);
            this.rejection = rejection;
        }

        ImportRejectedException rejection() {
            return rejection;
        }
    }

    private final WorkbookReader reader;
    private final Handoff<Parsed> handoff;
    /** Where the reader's records go: set on the reading thread, before it reads. */
    private Handoff.Outlet<Parsed> outlet;
    private Parsed first;
    private boolean awaited;

    private ParsePipeline(WorkbookSource source, LedgerMeta meta, ImportOptions options, DirectoryLookup directory,
            boolean toEnd) {
        reader = new WorkbookReader(source, meta, options, directory, p -> outlet.put(p), toEnd);
        handoff = Handoff.start("ledger-import-reader", QUEUE, o -> {
            outlet = o;
            reader.read();
        }, ImportCancelledException::new);
    }

    /**
     * Starts reading the workbook on a thread of its own; {@code directory} (read from the store
     * beforehand, the reading thread never asks the store) says how department names are read; with
     * {@code toEnd} every sheet is read to its end ({@link WorkbookSource#readToEnd}).
     */
    static ParsePipeline start(WorkbookSource source, LedgerMeta meta, ImportOptions options,
            DirectoryLookup directory, boolean toEnd) {
        return new ParsePipeline(source, meta, options, directory, toEnd);
    }

    /** The reader, for its warnings and notes once everything is drained. */
    WorkbookReader reader() {
        return reader;
    }

    /**
     * Waits for the first record the workbook yields (the end counts as one); a failure of the
     * reading thread is thrown here.
     */
    void awaitFirst() {
        if (!awaited) {
            first = take();
            awaited = true;
        }
    }

    /** True when the awaited first record is the end: the workbook yields no record at all. */
    boolean yieldsNothing() {
        awaitFirst();
        return first instanceof Parsed.End;
    }

    /** Hands every record to {@code sink}, the awaited first one included, up to the end. */
    void drainInto(Consumer<Parsed> sink) {
        awaitFirst();
        for (Parsed p = first; p != null; p = take()) {
            sink.accept(p);
        }
    }

    private Parsed take() {
        try {
            return handoff.next();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImportRejectedException r) {
                throw new Rejected(r);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        handoff.close();
    }
}
