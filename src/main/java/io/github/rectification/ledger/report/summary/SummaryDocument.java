package io.github.rectification.ledger.report.summary;

import java.util.List;

/**
 * The printed summary for leaders, laid out once and rendered alike to PDF, Excel and the printer.
 *
 * @param rule the counting rule in words, printed with the rate
 */
public record SummaryDocument(String title, String subtitle, String dateLine, List<KeyFigure> keyFigures,
        String rule, List<SummaryTable> tables) {

    public SummaryDocument {
        keyFigures = List.copyOf(keyFigures);
        tables = List.copyOf(tables);
    }

    /** Every text of the document, in reading order (for search and tests). */
    public String allText() {
        StringBuilder sb = new StringBuilder(title).append('\n').append(subtitle).append('\n').append(dateLine)
                .append('\n');
        keyFigures.forEach(k -> sb.append(k.label()).append(' ').append(k.value()).append('\n'));
        sb.append(rule).append('\n');
        for (SummaryTable t : tables) {
            sb.append(t.heading()).append('\n').append(String.join(" ", t.columns())).append('\n');
            t.rows().forEach(r -> sb.append(String.join(" ", r)).append('\n'));
        }
        return sb.toString();
    }
}
