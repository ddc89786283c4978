package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the commands that read or write one ledger file. */
final class LedgerFileOption {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "台账文件(.zgtz)")
    Path file;

    /**
     * Opens an existing ledger for reading only: a missing or empty file is refused and not created,
     * a file that is not a ledger (or is newer than this program) is refused and left as it was, and
     * nothing is ever written (no migration, no backup, no lock), so it also reads a ledger that is
     * open in the window.
     */
    LedgerStore openExisting() throws RejectedInputException, LedgerFileException {
        checkExists();
        return LedgerStore.openReadOnly(file.toAbsolutePath());
    }

    /**
     * Like {@link #openExisting()}, the integrity check run alongside the reads: call
     * {@link LedgerStore#verified()} before printing anything read.
     */
    LedgerStore openExistingCheckedAlongside() throws RejectedInputException, LedgerFileException {
        checkExists();
        return LedgerStore.openReadOnlyCheckedAlongside(file.toAbsolutePath());
    }

    /** Like {@link #openExisting()} without the integrity check that reads the whole file (for exports). */
    LedgerStore openExistingUnchecked() throws RejectedInputException, LedgerFileException {
        checkExists();
        return LedgerStore.openReadOnlyUnchecked(file.toAbsolutePath());
    }

    /**
     * Opens an existing ledger for writing (a missing file is refused, not created); refused too when
     * another program holds it for writing.
     */
    LedgerStore openForWriting() throws RejectedInputException, LedgerFileException {
        checkExists();
        LedgerStore store = LedgerStore.open(file.toAbsolutePath());
        if (store.readOnly()) {
            store.close();
            throw new RejectedInputException(Messages.TEXTS.text("ledger.busy", file.toAbsolutePath()));
        }
        return store;
    }

    /** Refuses a missing, empty or folder path (nothing is created). */
    void checkExisting() throws RejectedInputException {
        checkExists();
    }

    private void checkExists() throws RejectedInputException {
        Path abs = file.toAbsolutePath();
        if (!Files.exists(abs)) {
            throw new RejectedInputException(Messages.TEXTS.text("ledger.missing", abs, file));
        }
        if (Files.isDirectory(abs)) {
            throw new RejectedInputException(Messages.TEXTS.text("ledger.folder", abs));
        }
        try {
            if (Files.size(abs) == 0) {
                throw new RejectedInputException(Messages.TEXTS.text("ledger.empty", abs));
            }
        } catch (IOException e) {
            throw new RejectedInputException(Messages.TEXTS.text("ledger.unreadable", abs, e.getMessage()));
        }
    }
}
