package io.github.rectification.ledger.store;

/**
 * A field of a measure that a returned workbook changed while the office changed it too (or that
 * lies outside the workbook's part): the three values and where the workbook holds it. {@code decision}
 * is null while open, else "workbook" or "ledger".
 */
public record Conflict(long id, Long batchId, String measureUid, String field, String base, String ledger,
        String workbook, String fileName, String sheet, Integer row, String column, String decision) {
}
