package io.github.rectification.ledger.exchange.read;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the cells of a sheet part to a {@link RowHandler}: shared and inline strings, numbers,
 * dates (numeric cells whose style is a date format), booleans and the cached values of formulas.
 * No per-cell formatting is done; a row is handed over as soon as it ends. Without a handler
 * only the {@link ReadLimits} are checked and no value is made.
 */
final class SheetXmlHandler extends DefaultHandler {
    /**
     * Carries what the row handler threw (a cancel, or a failure of the import's own) out of the
     * parser, to be thrown again as it was: it says nothing about the workbook.
     */
    static final class HandlerFailed extends SAXException {
        private final RuntimeException failure;

        HandlerFailed(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }

        RuntimeException failure() {
            return failure;
        }
    }

    /** Thrown to end parsing early when the handler has read what it needs. */
    static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static final byte NUMBER = 0;
    private static final byte SHARED = 1;
    private static final byte INLINE = 2;
    private static final byte FORMULA_STRING = 3;
    private static final byte BOOLEAN = 4;
    private static final byte ERROR = 5;
    private static final byte ISO_DATE = 6;

    private final String[] sharedStrings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    /** Where the rows go; null in a check, and once a handler read {@linkplain #toEnd to the end} has declined. */
    private RowHandler handler;
    /** When the handler declines a row: read the rest of the sheet as a check does instead of stopping. */
    private final boolean toEnd;
    private final TextBudget budget;
    /** In a check before the shared strings are read: where each use of a shared string is counted instead. */
    private final SharedUses uses;

    private Object[] cells = new Object[32];
    private int width;
    private int rowNum;
    private int col;
    private byte type;
    private int style;
    private boolean capture;
    private boolean inInline;
    private int phonetic;
    private boolean hasValue;
    private final StringBuilder text = new StringBuilder(256);

    SheetXmlHandler(String[] sharedStrings, boolean[] dateStyles, boolean date1904, RowHandler handler,
            TextBudget budget) {
        this(sharedStrings, dateStyles, date1904, handler, budget, false);
    }

    /**
     * A reading that hands rows to {@code handler} and, with {@code toEnd}, goes on once the handler
     * declines a row, checking the rest of the sheet against the limits as {@link #check} would,
     * without making values: the sheet has then been checked to its end.
     */
    SheetXmlHandler(String[] sharedStrings, boolean[] dateStyles, boolean date1904, RowHandler handler,
            TextBudget budget, boolean toEnd) {
        this.toEnd = toEnd;
        this.budget = budget;
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
        this.handler = handler;
        this.uses = null;
    }

    /**
     * A check of the limits while the shared strings are still being read elsewhere: the uses of
     * each shared string are counted in {@code uses}, to be charged to the budget once their lengths
     * are known; every other limit is checked as it streams.
     */
    SheetXmlHandler(SharedUses uses, TextBudget budget) {
        this.toEnd = false;
        this.budget = budget;
        this.sharedStrings = new String[0];
        this.dateStyles = new boolean[0];
        this.date1904 = false;
        this.handler = null;
        this.uses = uses;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "c" -> startCell(atts);
            case "v" -> {
                if (!inInline) {
                    text.setLength(0);
                    capture = true;
                }
            }
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "t" -> capture = inInline && phonetic == 0;
            case "rPh" -> phonetic++;
            case "row" -> startRow(atts);
            default -> {
            }
        }
    }

    private void startRow(Attributes atts) throws LimitExceeded {
        String r = SaxParsing.attribute(atts, "r");
        rowNum = r == null ? rowNum + 1 : parseInt(r, rowNum + 1);
        if (rowNum > ReadLimits.MAX_ROWS || (r != null && r.length() > 9)) {
            throw new LimitExceeded(Messages.TEXTS.text("limit.row", shorten(r == null ? String.valueOf(rowNum) : r),
                    String.valueOf(ReadLimits.MAX_ROWS)));
        }
        if (width > 0) {
            Arrays.fill(cells, 0, width, null);
        }
        width = 0;
        col = -1;
    }

    private void startCell(Attributes atts) throws LimitExceeded {
        // one pass over the attributes for r, t and s (s, the style, only matters when values are made)
        String ref = null;
        String t = null;
        String s = null;
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String name = atts.getLocalName(i);
            if (name.length() != 1) {
                continue;
            }
            char ch = name.charAt(0);
            if (ch != 'r' && ch != 't' && (ch != 's' || handler == null)) {
                continue;
            }
            String uri = atts.getURI(i);
            if (uri != null && !uri.isEmpty()) {
                continue;
            }
            if (ch == 'r') {
                if (ref == null) {
                    ref = atts.getValue(i);
                }
            } else if (ch == 't') {
                if (t == null) {
                    t = atts.getValue(i);
                }
            } else if (s == null) {
                s = atts.getValue(i);
            }
        }
        int c = ref == null ? -1 : CellRefs.columnOf(ref);
        col = c >= 0 ? c : col + 1;
        if (col >= ReadLimits.MAX_COLUMNS) {
            throw new LimitExceeded(Messages.TEXTS.text("limit.column",
                    shorten(ref == null ? CellRefs.column(col) + rowNum : ref), String.valueOf(ReadLimits.MAX_COLUMNS)));
        }
        if (t == null || "n".equals(t)) {
            type = NUMBER;
        } else {
            type = switch (t) {
                case "s" -> SHARED;
                case "inlineStr" -> INLINE;
                case "str" -> FORMULA_STRING;
                case "b" -> BOOLEAN;
                case "e" -> ERROR;
                case "d" -> ISO_DATE;
                default -> FORMULA_STRING;
            };
        }
        style = s == null ? 0 : parseInt(s, 0);
        hasValue = false;
        text.setLength(0);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                if (capture) {
                    capture = false;
                    hasValue = true;
                }
            }
            case "t" -> {
                if (capture) {
                    capture = false;
                    hasValue = true;
                }
            }
            case "rPh" -> phonetic--;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> {
                if (handler != null && !handed()) {
                    if (!toEnd) {
                        throw new Stop();
                    }
                    handler = null;
                }
            }
            default -> {
            }
        }
    }

    /** The handler's answer for the row just read; what it throws is carried out as {@link HandlerFailed}. */
    private boolean handed() throws HandlerFailed {
        try {
            return handler.row(rowNum, cells, width);
        } catch (RuntimeException e) {
            throw new HandlerFailed(e);
        }
    }

    private void endCell() throws LimitExceeded {
        if (!hasValue || col < 0) {
            return;
        }
        if (handler == null) {
            checkCell();
            return;
        }
        Object value = value();
        if (value instanceof String s && s.length() > ReadLimits.MAX_CELL_CHARS) {
            throw tooLong();
        }
        spend(charge(value));
        if (value == null) {
            return;
        }
        if (col >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
        }
        cells[col] = value;
        width = Math.max(width, col + 1);
    }

    private Object value() {
        switch (type) {
            case SHARED -> {
                return sharedString();
            }
            case INLINE -> {
                return SaxParsing.decodeEscapes(text.toString());
            }
            case FORMULA_STRING, ERROR -> {
                return SaxParsing.decodeEscapes(text.toString());
            }
            case BOOLEAN -> {
                return text.length() == 1 ? text.charAt(0) == '1' : Boolean.parseBoolean(text.toString());
            }
            case ISO_DATE -> {
                String s = text.toString();
                try {
                    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
                } catch (RuntimeException e) {
                    return s;
                }
            }
            default -> {
                if (text.length() == 0) {
                    return null;
                }
                double d;
                try {
                    d = Double.parseDouble(text.toString());
                } catch (NumberFormatException e) {
                    return text.toString();
                }
                if (!Double.isFinite(d)) {
                    return text.toString();
                }
                if (style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d, date1904).toLocalDate();
                }
                return d;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (capture) {
            if (text.length() + length > 7L * ReadLimits.MAX_CELL_CHARS) {
                throw tooLong();
            }
            text.append(ch, start, length);
        }
    }

    /** Only the limits, no value made: the check of a whole workbook before an import. */
    private void checkCell() throws LimitExceeded {
        long chars;
        if (type == SHARED && uses != null) {
            uses.add(parseInt(text, -1));
            chars = 0;
        } else {
            chars = charge(type == SHARED ? sharedString() : null);
        }
        if ((type == INLINE || type == FORMULA_STRING || type == ERROR) && text.length() > ReadLimits.MAX_CELL_CHARS
                && SaxParsing.decodeEscapes(text.toString()).length() > ReadLimits.MAX_CELL_CHARS) {
            throw tooLong();
        }
        spend(chars);
    }

    /**
     * What a cell costs the text budget, the same whether its value is made or only the limits are
     * checked (so a sheet read for an import is charged what its check would charge): a shared
     * string's length ({@code shared}, the string the cell names, null for none), else the
     * characters of the cell's text as written.
     */
    private long charge(Object shared) {
        if (type == SHARED) {
            return shared instanceof String s ? s.length() : 0;
        }
        return text.length();
    }

    /** The shared string a shared-string cell names; null when its index names none. */
    private String sharedString() {
        int idx = parseInt(text, -1);
        return idx >= 0 && idx < sharedStrings.length ? sharedStrings[idx] : null;
    }

    private void spend(long chars) throws LimitExceeded {
        if (!budget.spend(chars)) {
            throw new LimitExceeded(Messages.TEXTS.text("limit.total", cellName(),
                    String.valueOf(ReadLimits.TEXT_BUDGET)));
        }
    }

    private LimitExceeded tooLong() {
        return new LimitExceeded(Messages.TEXTS.text("limit.cell", cellName(), String.valueOf(ReadLimits.MAX_CELL_CHARS)));
    }

    private String cellName() {
        return CellRefs.column(Math.max(col, 0)) + rowNum;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static int parseInt(CharSequence s, int fallback) {
        int n = 0;
        int len = s.length();
        if (len == 0 || len > 9) {
            return fallback;
        }
        for (int i = 0; i < len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return fallback;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
