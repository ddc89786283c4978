package io.github.rectification.ledger.exchange.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The bounds every workbook is read within, checked while it streams: Excel's own grid and cell
 * size, a budget of text for the whole workbook (every use of a shared string counted), and an
 * inflate ratio and part size that real workbooks never come near. A file beyond them is refused.
 */
public final class ReadLimits {
    /** Excel's last column is XFD. */
    public static final int MAX_COLUMNS = 16_384;
    /** Excel's last row. */
    public static final int MAX_ROWS = 1_048_576;
    /** Excel's longest cell text. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The characters of text one workbook may yield in all, about 256 MB. */
    public static final long TEXT_BUDGET = 256L << 20;
    /**
     * The smallest compressed ÷ uncompressed size of a part (POI checks it while inflating): 1:100.
     * A sheet repeating one boilerplate text in every row compresses about 1:40.
     */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest uncompressed part, 1 GiB (a sheet of 100,000 measures is about 70 MB). */
    public static final long MAX_PART_BYTES = 1L << 30;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private ReadLimits() {
    }

    /** Makes sure POI's zip safeguards are set to these limits before a package is opened. */
    static void apply() {
        // the static initialiser did it
    }
}
