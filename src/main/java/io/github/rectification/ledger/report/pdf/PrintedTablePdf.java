package io.github.rectification.ledger.report.pdf;

import io.github.rectification.ledger.report.table.PrintedTable;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A table as the user sees it, printed: A4 landscape, the Chinese font embedded, text 10.5 pt, the
 * header repeated on every page, a group kept on one page when it fits there and its label repeated
 * where it runs on, page numbers at the foot. Columns empty on every row are left out.
 */
public final class PrintedTablePdf {
    static final float TEXT_PT = 10.5f;

    private PrintedTablePdf() {
    }

    public static void write(PrintedTable table, CjkFont cjk, OutputStream out) throws IOException {
        PrintedTable t = printable(table.withoutEmptyColumns(), cjk);
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(t.title());
            doc.getDocumentInformation().setCreator("整改台账");
            doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
            PdfPages pages = new PdfPages(doc, cjk.load(doc), PdfPages.landscape());
            pages.newPage();
            pages.paragraph(t.title(), 16f, true, Color.BLACK);
            pages.down(4);
            for (String line : t.lines()) {
                pages.paragraph(line, 11f, false, Color.DARK_GRAY);
            }
            pages.down(6);
            List<Double> weights = t.columns().stream().map(PrintedTable.Column::weight).toList();
            new PdfTable(pages, TEXT_PT, weights, new boolean[weights.size()]).draw(t);
            pages.numberPages();
            doc.save(out);
        }
    }

    /** The table with every text reduced to what the font can print. */
    private static PrintedTable printable(PrintedTable t, CjkFont cjk) {
        return new PrintedTable(cjk.printable(t.title()), t.lines().stream().map(cjk::printable).toList(),
                t.columns().stream().map(c -> new PrintedTable.Column(cjk.printable(c.name()), c.weight(), c.grouped()))
                        .toList(),
                t.rows().stream().map(r -> new PrintedTable.Row(r.cells().stream().map(cjk::printable).toList(), r.group()))
                        .toList());
    }
}
