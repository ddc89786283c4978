package io.github.rectification.ledger.exchange.importer;

/**
 * Something an import noticed and how it dealt with it, at a place in the workbook: sheet, row
 * (1-based, as Excel shows it) and column (letter, e.g. "J"); row and column are null where they do
 * not apply.
 */
public record ImportWarning(String sheet, Integer row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) {
            sb.append("工作表“").append(sheet).append("”");
        }
        if (row != null) {
            sb.append(" 第").append(row).append("行");
        }
        if (column != null) {
            sb.append(" ").append(column).append("列");
        }
        return sb.append(sb.length() > 0 ? ": " : "").append(message).toString();
    }
}
