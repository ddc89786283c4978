package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.RowHandler;
import io.github.rectification.ledger.exchange.read.SheetInfo;
import io.github.rectification.ledger.exchange.read.WorkbookOpener;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sheets are read to their end only where the reads are the check (an import into a new
 * ledger); a preview, or an import into a ledger whose check came first, stops at the notes block.
 */
class ReadToEndTest {
    @Test
    void onlyAnImportWhoseReadsAreItsCheckReadsTheSheetsToTheirEnd() throws Exception {
        assertThat(readsOf(true)).containsExactly("readToEnd 整改台账");
        assertThat(readsOf(false)).containsExactly("read 整改台账");
    }

    /** How the reader reads the seed's sheets for their rows (its first look at each, for the title, stops early and is left out). */
    private static List<String> readsOf(boolean toEnd) throws Exception {
        List<String> reads = new ArrayList<>();
        try (WorkbookSource real = WorkbookOpener.open(HostileWorkbooks.seed(), null)) {
            WorkbookSource watched = new WorkbookSource() {
                @Override
                public String fileName() {
                    return real.fileName();
                }

                @Override
                public List<SheetInfo> sheets() {
                    return real.sheets();
                }

                @Override
                public void read(SheetInfo sheet, RowHandler handler) throws ImportRejectedException {
                    boolean[] whole = {true};
                    real.read(sheet, (row, cells, width) -> {
                        boolean more = handler.row(row, cells, width);
                        whole[0] &= more;
                        return more;
                    });
                    if (whole[0]) {
                        reads.add("read " + sheet.name());
                    }
                }

                @Override
                public void readToEnd(SheetInfo sheet, RowHandler handler) throws ImportRejectedException {
                    reads.add("readToEnd " + sheet.name());
                    real.readToEnd(sheet, handler);
                }

                @Override
                public void check() throws ImportRejectedException {
                    real.check();
                }

                @Override
                public void close() {
                }
            };
            List<Parsed> out = new ArrayList<>();
            new WorkbookReader(watched, new LedgerMeta(), ImportOptions.defaults(), DirectoryLookup.EMPTY, out::add,
                    toEnd).read();
            assertThat(out).last().isInstanceOf(Parsed.End.class);
            assertThat(out).hasSizeGreaterThan(1);
        }
        return reads;
    }
}
