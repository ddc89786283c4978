package io.github.rectification.ledger.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows of a worksheet's {@code <sheetData>} as UTF-8 SpreadsheetML, written straight into a byte
 * buffer: inline-string, number and blank cells with their style indexes, in the form and with the
 * escaping of POI's streaming writer. A sheet of a hundred thousand rows is written in a fraction of
 * the time POI's per-cell objects and character writer take; everything around the rows (columns,
 * merged cells, validation, print setup) stays with POI.
 */
final class SheetDataXml {
    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] BLANK_END = ascii("\"></c>");

    /** Row heights as written, by height: a sheet has only a few distinct ones. */
    private final Map<Float, byte[]> heights = new HashMap<>();
    private byte[] buf = new byte[1 << 16];
    private int len;
    private final byte[] rowNumber = new byte[12];
    private int rowNumberLength;

    /** Bytes written so far. */
    int length() {
        return len;
    }

    /**
     * Hands over the buffer with the bytes written so far (the first {@link #length()}) and goes on
     * with {@code next} (or a new buffer when null), empty.
     */
    byte[] take(byte[] next) {
        byte[] taken = buf;
        buf = next != null ? next : new byte[taken.length];
        len = 0;
        return taken;
    }

    /** Forgets what was written, keeping the buffer. */
    void clear() {
        len = 0;
    }

    /** Writes the bytes in {@code [from, to)} to {@code out}. */
    void writeTo(OutputStream out, int from, int to) throws IOException {
        out.write(buf, from, to - from);
    }

    /** Appends the bytes {@code [from, to)} of another buffer. */
    void append(SheetDataXml other, int from, int to) {
        ensure(to - from);
        System.arraycopy(other.buf, from, buf, len, to - from);
        len += to - from;
    }

    /** Sets the row (0-based) that the next cells belong to, without writing anything. */
    void cellsOfRow(int rowIndex) {
        int n = rowIndex + 1;
        int i = rowNumber.length;
        do {
            rowNumber[--i] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        rowNumberLength = rowNumber.length - i;
        System.arraycopy(rowNumber, i, rowNumber, 0, rowNumberLength);
    }

    /** Opens a row (0-based index) of the given height; its cells follow. */
    void startRow(int rowIndex, float heightPoints) {
        cellsOfRow(rowIndex);
        put(ROW_START);
        ensure(rowNumberLength);
        System.arraycopy(rowNumber, 0, buf, len, rowNumberLength);
        len += rowNumberLength;
        put(ROW_HEIGHT);
        put(heights.computeIfAbsent(heightPoints, h -> ascii(Float.toString(h))));
        put((byte) '"');
        put((byte) '>');
        put((byte) '\n');
    }

    void endRow() {
        put(ROW_END);
    }

    /** A text cell; {@code style} 0 writes no style. */
    void text(int column, int style, String value) {
        cellStart(column, style);
        boolean preserve = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
        put(preserve ? INLINE_PRESERVE : INLINE);
        escaped(value);
        put(INLINE_END);
    }

    /** A numeric cell (a date is its Excel serial number with a date style). */
    void number(int column, int style, double value) {
        cellStart(column, style);
        put(NUMBER);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            putAscii(Long.toString((long) value));
        } else {
            putAscii(Double.toString(value));
        }
        put(NUMBER_END);
    }

    /** An empty cell that only carries a style (borders, wrapping). */
    void blank(int column, int style) {
        cellStart(column, style);
        put(BLANK_END);
    }

    private void cellStart(int column, int style) {
        put(CELL_START);
        columnName(column);
        ensure(rowNumberLength);
        System.arraycopy(rowNumber, 0, buf, len, rowNumberLength);
        len += rowNumberLength;
        if (style != 0) {
            put(STYLE);
            putAscii(Integer.toString(style));
        }
    }

    private void columnName(int column) {
        if (column >= 26) {
            columnName(column / 26 - 1);
        }
        put((byte) ('A' + column % 26));
    }

    /**
     * UTF-8 with XML escaping as POI's streaming writer does it: markup characters and line breaks
     * as references, other control characters and non-characters (and unpaired surrogates) as '?'.
     */
    private void escaped(String s) {
        int n = s.length();
        ensure(n * 6);
        byte[] b = buf;
        int p = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"') {
                    b[p++] = (byte) c;
                } else {
                    p = reference(b, p, c);
                }
            } else if (c < 0x800) {
                if (c == '\u00A0') {
                    p = reference(b, p, c);
                } else {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[p++] = '?';
                }
            } else if (c >= '\uFFFE') {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        len = p;
    }

    private static int reference(byte[] b, int p, char c) {
        String r = switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> "?";
        };
        for (int k = 0; k < r.length(); k++) {
            b[p++] = (byte) r.charAt(k);
        }
        return p;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void putAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
