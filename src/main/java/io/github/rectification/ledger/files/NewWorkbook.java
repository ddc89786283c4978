package io.github.rectification.ledger.files;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook made in memory to be written once. Closing it discards its package: POI's own
 * {@code XSSFWorkbook.close()} on a new workbook saves the whole package a second time into a
 * buffer nobody reads, which costs a fifth of the write of a large sheet.
 */
public final class NewWorkbook implements AutoCloseable {
    private final XSSFWorkbook workbook = new XSSFWorkbook();

    public XSSFWorkbook workbook() {
        return workbook;
    }

    @Override
    public void close() {
        workbook.getPackage().revert();
    }
}
