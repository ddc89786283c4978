package io.github.rectification.ledger.exchange.export;

import org.apache.poi.ss.usermodel.PrintSetup;

/**
 * The paper an exported ledger prints on, landscape. On A4 the columns are sized so that the sheet,
 * fitted to the page width, prints its 11 pt text at 10.5 pt or more; on A3 the same columns are
 * printed enlarged to fill the wider page.
 */
public enum ExportPaper {
    A4(PrintSetup.A4_PAPERSIZE, 297, 210),
    A3(PrintSetup.A3_PAPERSIZE, 420, 297);

    /** Left and right margins, in inches. */
    static final double SIDE_MARGIN_INCHES = 0.3;
    /** Top and bottom margins, in inches (the footer prints within the bottom one). */
    static final double TOP_BOTTOM_MARGIN_INCHES = 0.6;

    private final short code;
    private final double longSideMm;
    private final double shortSideMm;

    ExportPaper(short code, double longSideMm, double shortSideMm) {
        this.code = code;
        this.longSideMm = longSideMm;
        this.shortSideMm = shortSideMm;
    }

    short code() {
        return code;
    }

    /** The width in points the sheet prints on, between the side margins. */
    public double printableWidthPoints() {
        return longSideMm / 25.4 * 72 - 2 * SIDE_MARGIN_INCHES * 72;
    }

    /** The height in points the rows print on, between the top and bottom margins. */
    public double printableHeightPoints() {
        return shortSideMm / 25.4 * 72 - 2 * TOP_BOTTOM_MARGIN_INCHES * 72;
    }
}
