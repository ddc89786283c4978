package io.github.rectification.ledger.exchange.read;

import java.util.List;

/** A workbook opened for reading: its sheets, each read as a stream of rows. */
public interface WorkbookSource extends AutoCloseable {
    /** The file name shown in messages. */
    String fileName();

    List<SheetInfo> sheets();

    /** Streams the rows of one sheet to {@code handler}. */
    void read(SheetInfo sheet, RowHandler handler) throws ImportRejectedException;

    @Override
    void close();
}
