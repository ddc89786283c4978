package io.github.rectification.ledger.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a rendered PDF, page by page: in the order it was drawn (a spreadsheet draws
 * cell by cell, so a wrapped cell's lines stay together) and sorted by position (a table row on one
 * line); and the smallest size any character prints at, the scaling of its text rendering matrix,
 * which includes the page's print scale.
 */
public record PdfText(List<String> drawn, List<String> sorted, double smallestPoints, String smallestText) {
    public static PdfText read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> drawn = new ArrayList<>();
            List<String> sorted = new ArrayList<>();
            Sizes sizes = new Sizes();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                sizes.setStartPage(page);
                sizes.setEndPage(page);
                drawn.add(sizes.getText(doc));
                PDFTextStripper bySpace = new PDFTextStripper();
                bySpace.setSortByPosition(true);
                bySpace.setStartPage(page);
                bySpace.setEndPage(page);
                sorted.add(bySpace.getText(doc));
            }
            return new PdfText(drawn, sorted, sizes.smallest, sizes.smallestText);
        }
    }

    /** Text without any white space, as wrapping and page layout leave none of it meaningful. */
    public static String squeezed(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** Lines of the position-sorted pages, white space runs made one space. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String page : sorted) {
            page.lines().map(l -> l.strip().replaceAll("\\s+", " ")).forEach(lines::add);
        }
        return lines;
    }

    private static final class Sizes extends PDFTextStripper {
        double smallest = Double.MAX_VALUE;
        String smallestText = "";

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                double size = p.getTextMatrix().getScalingFactorY();
                if (!p.getUnicode().isBlank() && size < smallest) {
                    smallest = size;
                    smallestText = "page " + getCurrentPageNo() + ": " + text;
                }
            }
            super.writeString(text, positions);
        }
    }
}
