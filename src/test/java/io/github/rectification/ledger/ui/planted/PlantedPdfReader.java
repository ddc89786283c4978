package io.github.rectification.ledger.ui.planted;

import java.sql.Connection;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Breaks two rules on purpose, for {@code ArchitectureRulesCatchTest}: PDFBox and SQL in the window. */
public final class PlantedPdfReader {
    public int pages(PDDocument doc, Connection sql) {
        return doc.getNumberOfPages() + (sql == null ? 0 : 1);
    }
}
