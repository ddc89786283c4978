package io.github.rectification.ledger.report.summary;

/** One key figure of the summary: "整改完成率" → "99.31%". */
public record KeyFigure(String label, String value) {
}
