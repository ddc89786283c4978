package io.github.rectification.ledger.exchange.export;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows a sheet repeats at the top of every printed page, written as Excel writes them: the
 * defined name {@code _xlnm.Print_Titles} of the sheet with the sheet's name always quoted and its
 * apostrophes doubled ({@code 'it''s'!$3:$3}). POI's own setter leaves a name such as
 * {@code .._etc} unquoted and then cannot parse what it wrote.
 */
final class PrintTitles {
    static final String BUILT_IN = "_xlnm.Print_Titles";

    private PrintTitles() {
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
}
