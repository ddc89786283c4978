package io.github.rectification.ledger.report.pdf;

import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.report.closeout.CloseOutRegister;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The close-out register as a PDF: A4 landscape, the Chinese font embedded, text 10.5 pt, the header
 * repeated on every page and page numbers at the foot.
 */
public final class CloseOutRegisterPdf {
    static final float TEXT_PT = 10.5f;

    private CloseOutRegisterPdf() {
    }

    public static void write(CloseOutRegister register, CjkFont cjk, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(register, cjk, out));
    }

    public static void write(CloseOutRegister register, CjkFont cjk, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(register.title());
            doc.getDocumentInformation().setCreator("整改台账");
            doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
            PdfPages pages = new PdfPages(doc, cjk.load(doc), PdfPages.landscape());
            pages.newPage();
            pages.paragraph(cjk.printable(register.title()), 16f, true, Color.BLACK);
            pages.down(4);
            pages.paragraph(cjk.printable(register.dateLine()), 11f, true, Color.DARK_GRAY);
            pages.down(8);
            List<String> header = register.columns().stream().map(cjk::printable).toList();
            List<List<String>> rows = register.rows().stream().map(r -> r.stream().map(cjk::printable).toList()).toList();
            boolean[] right = new boolean[header.size()];
            new PdfTable(pages, TEXT_PT, register.widths(), right).draw(header, rows);
            pages.numberPages();
            doc.save(out);
        }
    }
}
