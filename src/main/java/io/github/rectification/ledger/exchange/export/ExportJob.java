package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One export of a ledger file to a workbook, as the command line and the window run it: POI is
 * warmed up on a spare thread while the ledger is opened on a connection of the job's own, then
 * the workbook is written and the connection closed.
 */
public final class ExportJob {
    /** How the job opens the ledger. */
    public enum Access {
        /** For writing: the export records its batch, and the measures as sent, for their return. */
        RECORDING,
        /** Read-only, beside another program's or the window's connection: no batch is recorded. */
        READING
    }

    /** Looks at the opened ledger before anything is written, such as whether a named inspection is there. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        void check(LedgerStore store) throws E;
    }

    private final Path ledger;
    private final Access access;
    private String department;
    private ExportPaper paper = ExportPaper.A4;
    private Long inspection;

    public ExportJob(Path ledger, Access access) {
        this.ledger = Objects.requireNonNull(ledger, "ledger").toAbsolutePath();
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The department the workbook goes to (null: to everyone); see {@link LedgerExporter}. */
    public ExportJob department(String to) {
        this.department = to;
        return this;
    }

    /** The paper it prints on (A4 unless chosen). */
    public ExportJob paper(ExportPaper chosen) {
        this.paper = chosen;
        return this;
    }

    /** Exports only this inspection (and the registers); null: every inspection. */
    public ExportJob inspection(Long id) {
        this.inspection = id;
        return this;
    }

    /** Writes the workbook to {@code target}. */
    public ExportSummary run(Path target, ExportProgress progress) throws IOException, LedgerFileException {
        return run(target, progress, store -> {
        });
    }

    /** Writes the workbook to {@code target} once {@code check} has passed the opened ledger. */
    public <E extends Exception> ExportSummary run(Path target, ExportProgress progress, Check<E> check)
            throws IOException, LedgerFileException, E {
        LedgerExporter.preload();
        try (LedgerStore store = access == Access.RECORDING ? LedgerStore.open(ledger)
                : LedgerStore.openReadOnlyUnchecked(ledger)) {
            check.check(store);
            LedgerExporter exporter = new LedgerExporter(store, department).paper(paper);
            return inspection == null ? exporter.export(target, progress)
                    : exporter.export(target, inspection, progress);
        }
    }
}
