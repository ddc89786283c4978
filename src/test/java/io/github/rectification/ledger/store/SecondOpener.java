package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Inspection;
import java.nio.file.Path;

/** Run in a second JVM by {@link OneWriterTest}: opens the ledger, tries a write, prints what happened. */
public final class SecondOpener {
    private SecondOpener() {
    }

    public static void main(String[] args) throws Exception {
        try (LedgerStore s = LedgerStore.open(Path.of(args[0]))) {
            String refused = "none";
            try {
                s.inspections().add(Inspection.draft("另一个进程"));
            } catch (ReadOnlyLedgerException e) {
                refused = "ReadOnlyLedgerException";
            }
            System.out.println("readOnly=" + s.readOnly() + " inspections=" + s.inspections().all().size()
                    + " refused=" + refused);
        }
    }
}
