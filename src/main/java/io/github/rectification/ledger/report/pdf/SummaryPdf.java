package io.github.rectification.ledger.report.pdf;

import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.report.summary.KeyFigure;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.summary.SummaryTable;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes the leaders' summary as an A4 PDF with the Chinese font embedded. */
public final class SummaryPdf {
    private static final Color MUTED = new Color(0x44, 0x44, 0x44);

    private SummaryPdf() {
    }

    /** Writes the PDF to a temporary file next to {@code target}, then moves it in place. */
    public static void write(SummaryDocument summary, CjkFont cjk, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(summary, cjk, out));
    }

    public static void write(SummaryDocument summary, CjkFont cjk, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(summary.title());
            info.setCreator("整改台账");
            info.setCreationDate(Calendar.getInstance());
            PDFont font = cjk.load(doc);
            PdfPages pages = new PdfPages(doc, font);
            pages.newPage();
            pages.paragraph(cjk.printable(summary.title()), 18f, true, Color.BLACK);
            pages.down(4);
            if (!summary.subtitle().isBlank()) {
                pages.paragraph(cjk.printable(summary.subtitle()), 11f, true, MUTED);
            }
            pages.paragraph(cjk.printable(summary.dateLine()), 11f, true, MUTED);
            pages.down(10);

            heading(pages, cjk, "主要数据");
            List<List<String>> figureRows = new ArrayList<>();
            List<KeyFigure> keys = summary.keyFigures();
            for (int i = 0; i < keys.size(); i += 2) {
                KeyFigure a = keys.get(i);
                KeyFigure b = i + 1 < keys.size() ? keys.get(i + 1) : new KeyFigure("", "");
                figureRows.add(List.of(cjk.printable(a.label()), cjk.printable(a.value()),
                        cjk.printable(b.label()), cjk.printable(b.value())));
            }
            new PdfTable(pages, 10.5f, List.of(1.2, 2.0, 1.2, 2.0), new boolean[4])
                    .draw(List.of("项目", "数据", "项目", "数据"), figureRows);
            pages.down(4);
            pages.paragraph(cjk.printable(summary.rule()), 9.5f, false, MUTED);
            pages.down(8);

            for (SummaryTable t : summary.tables()) {
                if (t.rows().isEmpty()) {
                    heading(pages, cjk, t.heading());
                    pages.paragraph(cjk.printable(t.empty()), 10.5f, false, MUTED);
                } else {
                    boolean[] right = new boolean[t.columns().size()];
                    for (int c = 0; c < right.length; c++) {
                        right[c] = t.numeric(c);
                    }
                    List<List<String>> rows = t.rows().stream()
                            .map(r -> r.stream().map(cjk::printable).toList()).toList();
                    List<String> header = t.columns().stream().map(cjk::printable).toList();
                    PdfTable table = new PdfTable(pages, 9.5f, t.widths(), right);
                    // the heading stays with the header and the first row
                    pages.need(HEADING_HEIGHT + table.startHeight(header, rows));
                    heading(pages, cjk, t.heading());
                    table.draw(header, rows);
                }
                pages.down(12);
            }
            pages.numberPages();
            doc.save(out);
        }
    }

    /** A heading's line and the space under it. */
    private static final float HEADING_HEIGHT = 13f * 1.45f + 3f;

    private static void heading(PdfPages pages, CjkFont cjk, String text) throws IOException {
        pages.need(HEADING_HEIGHT + 20);
        pages.paragraph(cjk.printable(text), 13f, false, Color.BLACK);
        pages.down(3);
    }
}
