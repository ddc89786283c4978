package io.github.rectification.ledger.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import io.github.rectification.ledger.report.table.PrintedTable;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a table with wrapped cells. A row that does not fit goes to the next page, and the header is
 * repeated there; a row taller than a page is split between pages at a line.
 */
final class PdfTable {
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    static final Color RULE = new Color(0x70, 0x70, 0x70);
    static final Color OVERDUE = new Color(0xC0, 0x1C, 0x1C);
    static final Color DUE_SOON = new Color(0xB0, 0x6A, 0x00);
    static final Color UPCOMING = new Color(0x1F, 0x4E, 0x9A);

    private final PdfPages pages;
    private final float size;
    private final float pad = 3f;
    private final float lineHeight;
    private final float[] widths;
    private final boolean[] right;

    PdfTable(PdfPages pages, float size, List<Double> weights, boolean[] right) {
        this.pages = pages;
        this.size = size;
        this.lineHeight = size * 1.35f;
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        this.widths = new float[weights.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (pages.width() * weights.get(i) / sum);
        }
        this.right = right;
    }

    /** The height the table needs on its first page: the header and the whole first row (as far as a page holds). */
    float startHeight(List<String> header, List<List<String>> rows) throws IOException {
        float headerHeight = height(wrap(header));
        float firstRow = rows.isEmpty() ? 0 : height(wrap(rows.get(0)));
        return headerHeight + Math.min(firstRow, pages.pageRoom() - headerHeight);
    }

    void draw(List<String> header, List<List<String>> rows) throws IOException {
        List<List<String>> headerLines = wrap(header);
        pages.need(startHeight(header, rows));
        row(headerLines, 0, maxLines(headerLines), true);
        for (List<String> r : rows) {
            band(wrap(r), headerLines);
        }
    }

    /**
     * Draws a table whose grouped cells print once over their group. A group that does not fit in
     * the room left but fits on a fresh page starts one; a page that a group runs on to starts with
     * the group's cells marked continued.
     */
    void draw(PrintedTable table) throws IOException {
        List<String> header = table.columns().stream().map(PrintedTable.Column::name).toList();
        List<List<String>> headerLines = wrap(header);
        float headerHeight = height(headerLines);
        List<List<String>> first = table.rows().isEmpty() ? List.of() : List.of(table.printed(0));
        pages.need(startHeight(header, first));
        row(headerLines, 0, maxLines(headerLines), true);
        boolean atTop = true;
        for (int i = 0; i < table.rows().size(); i++) {
            boolean starts = table.startsGroup(i);
            List<List<String>> cells = wrap(starts || !atTop ? table.printed(i) : table.continued(i));
            if (starts && !atTop) {
                float group = height(cells);
                for (int j = i + 1; j <= table.groupEnd(i); j++) {
                    group += height(wrap(table.printed(j)));
                }
                if (group > pages.room() && group <= pages.pageRoom() - headerHeight) {
                    pages.newPage();
                    row(headerLines, 0, maxLines(headerLines), true);
                }
            } else if (!starts && height(cells) > pages.room() && height(cells) <= pages.pageRoom() - headerHeight) {
                pages.newPage();
                row(headerLines, 0, maxLines(headerLines), true);
                cells = wrap(table.continued(i));
            }
            band(cells, headerLines);
            atTop = false;
        }
    }

    /** Draws one row, on the next page when it fits there whole, split at a line when it is taller than a page. */
    private void band(List<List<String>> cells, List<List<String>> headerLines) throws IOException {
        float headerHeight = height(headerLines);
        int total = maxLines(cells);
        int from = 0;
        while (from < total) {
            int fit = (int) Math.floor((pages.room() - 2 * pad) / lineHeight);
            int remaining = total - from;
            boolean wholeFitsOnFreshPage = remaining * lineHeight + 2 * pad <= pages.pageRoom() - headerHeight;
            if (fit < remaining && (fit < 1 || (from == 0 && wholeFitsOnFreshPage))) {
                pages.newPage();
                row(headerLines, 0, maxLines(headerLines), true);
                continue;
            }
            int n = Math.min(fit, remaining);
            row(cells, from, n, false);
            from += n;
        }
    }

    private List<List<String>> wrap(List<String> cells) throws IOException {
        List<List<String>> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i);
            out.add(pages.wrap.lines(text, size, widths[i] - 2 * pad));
        }
        return out;
    }

    private static int maxLines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private float height(List<List<String>> cells) {
        return maxLines(cells) * lineHeight + 2 * pad;
    }

    /** The state lines of the open-measures table in their band's colour. */
    private static Color colorOf(String line) {
        if (line.matches("^逾期\\d+天.*")) {
            return OVERDUE;
        }
        if (line.startsWith("临期 ")) {
            return DUE_SOON;
        }
        return line.startsWith("预警 ") ? UPCOMING : Color.BLACK;
    }

    /** Draws lines [from, from + n) of every cell as one band of the table. */
    private void row(List<List<String>> cells, int from, int n, boolean header) throws IOException {
        float h = n * lineHeight + 2 * pad;
        float top = pages.y();
        PDPageContentStream s = pages.stream();
        float x = pages.left();
        if (header) {
            s.setNonStrokingColor(HEADER_FILL);
            s.addRect(x, top - h, pages.width(), h);
            s.fill();
        }
        s.setStrokingColor(RULE);
        s.setLineWidth(0.5f);
        for (int c = 0; c < cells.size(); c++) {
            s.addRect(x, top - h, widths[c], h);
            s.stroke();
            List<String> lines = cells.get(c);
            int shown = header ? lines.size() : Math.min(n, Math.max(0, lines.size() - from));
            float offset = header ? (h - 2 * pad - lines.size() * lineHeight) / 2 : 0;
            for (int k = 0; k < shown; k++) {
                String line = lines.get(from + k);
                float baseline = top - pad - offset - k * lineHeight - size * 1.05f;
                float tx;
                if (header) {
                    tx = x + (widths[c] - pages.wrap.width(line, size)) / 2;
                } else if (right[c]) {
                    tx = x + widths[c] - pad - pages.wrap.width(line, size);
                } else {
                    tx = x + pad;
                }
                Color color = header ? Color.BLACK : colorOf(line);
                pages.text(line, tx, baseline, size, color);
            }
            x += widths[c];
        }
        pages.down(h);
    }
}
