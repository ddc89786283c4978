package io.github.rectification.ledger.exchange.export;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The print names of a sheet, written as Excel writes them: the rows repeated at the top of every
 * printed page ({@code _xlnm.Print_Titles}) and the columns that print ({@code _xlnm.Print_Area}),
 * with the sheet's name always quoted and its apostrophes doubled ({@code 'it''s'!$3:$3}). POI's own
 * setter leaves a name such as {@code .._etc} unquoted and then cannot parse what it wrote.
 */
final class PrintNames {
    static final String BUILT_IN = "_xlnm.Print_Titles";
    static final String PRINT_AREA = "_xlnm.Print_Area";

    private PrintNames() {
    }

    /** {@code name} quoted for a formula or a defined name. */
    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** Repeats rows {@code first}..{@code last} (0-based) of {@code sheet} on every printed page. */
    static void repeatRows(Sheet sheet, int first, int last) {
        Workbook wb = sheet.getWorkbook();
        Name name = wb.createName();
        name.setNameName(BUILT_IN);
        name.setSheetIndex(wb.getSheetIndex(sheet));
        name.setRefersToFormula(quoted(sheet.getSheetName()) + "!$" + (first + 1) + ":$" + (last + 1));
    }

    /**
     * Prints columns {@code first}..{@code last} (0-based) of {@code sheet} only, so that the hidden
     * columns after them are never drawn, not even as text running on beyond the page.
     */
    static void printColumns(Sheet sheet, int first, int last) {
        Workbook wb = sheet.getWorkbook();
        Name name = wb.createName();
        name.setNameName(PRINT_AREA);
        name.setSheetIndex(wb.getSheetIndex(sheet));
        String sheetName = quoted(sheet.getSheetName());
        name.setRefersToFormula(sheetName + "!$" + column(first) + ":$" + column(last));
    }

    private static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
