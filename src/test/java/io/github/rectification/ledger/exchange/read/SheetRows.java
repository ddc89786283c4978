package io.github.rectification.ledger.exchange.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every row of every sheet of a workbook as a line ("sheet!row [cells]"), for tests that compare reads. */
final class SheetRows {
    private SheetRows() {
    }

    static List<String> of(WorkbookSource src) throws ImportRejectedException {
        List<String> out = new ArrayList<>();
        for (SheetInfo s : src.sheets()) {
            src.read(s, (row, cells, width) -> {
                out.add(s.name() + "!" + row + " " + Arrays.toString(Arrays.copyOf(cells, width)));
                return true;
            });
        }
        return out;
    }
}
