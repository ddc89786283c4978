package io.github.rectification.ledger.exchange.importer;

/**
 * Something an import noticed and how it dealt with it, at a place in the workbook: sheet, row
 * (1-based, as Excel shows it) and column (letter, e.g. "J"); row and column are null where they do
 * not apply. Its {@link Kind} says what it is, so that code and tests that act on a warning never
 * look for it in its text; {@code subject} is the text of the workbook it is about, where there is
 * one (the unknown status word, the name read as a department), else null.
 */
public record ImportWarning(Kind kind, String sheet, Integer row, String column, String message, String subject) {

    /** What an import noticed. */
    public enum Kind {
        /** A status word the list does not know, counted as the status the options choose. */
        UNKNOWN_STATUS,
        /** A name read as a department of the directory (an alias, a former name, a short form). */
        DEPARTMENT_ALIAS,
        /** A deadline that is not a recognisable date: the text is kept as it was written. */
        UNREADABLE_DEADLINE,
        /** A date of a register that is not a recognisable date: left empty. */
        UNREADABLE_DATE,
        /** An institution's type that is neither new nor revised: counted as new. */
        INSTITUTION_KIND,
        /** A measure sheet without a problem column: each measure counts as a problem of its own. */
        NO_PROBLEM_COLUMN,
        /** A row without measure text: not imported. */
        EMPTY_MEASURE,
        /** A row whose problem cell is empty with no problem above it: not imported. */
        NO_PROBLEM,
        /** A department asks in the return for a measure to be struck off (销号). */
        CLOSE_OUT_REQUESTED,
        /** Columns that are not ledger columns: their text goes into the remarks. */
        MERGED_COLUMNS,
        /** A re-imported export whose batch is unknown: compared two ways, the workbook's values win. */
        NO_BATCH,
        /** A record of the ledger the re-imported workbook no longer has, kept. */
        MISSING_KEPT,
        /** A record of the ledger the re-imported workbook no longer has, deleted. */
        MISSING_DELETED,
        /** A problem field both the ledger and the return changed since it was sent: the ledger's value kept. */
        PROBLEM_CONFLICT,
        /** A measure of the return that was deleted from the ledger after it was sent: not restored. */
        DELETED_SINCE_SENT,
        /** A register's linked problem the ledger does not have: left unlinked. */
        LINK_NOT_FOUND
    }

    /** A warning about no particular text of the workbook. */
    public ImportWarning(Kind kind, String sheet, Integer row, String column, String message) {
        this(kind, sheet, row, column, message, null);
    }

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
