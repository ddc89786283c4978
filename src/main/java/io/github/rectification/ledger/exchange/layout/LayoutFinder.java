package io.github.rectification.ledger.exchange.layout;

import io.github.rectification.ledger.exchange.values.CellText;
import io.github.rectification.ledger.exchange.values.DeadlineParser;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a sheet's header by its content, row by row from the top: title rows and the 填报单位/填报日期
 * line may come first; a group header (责任分工 over 责任领导/责任部门/责任人) may sit over a second
 * header row. Feed rows with {@link #offer} until it answers {@link Step#FOUND} or {@link Step#FOUND_KEEP_ROW}.
 */
public final class LayoutFinder {
    /** Rows with content searched for a header before a sheet counts as holding no ledger. */
    static final int SEARCH_ROWS = 30;
    private static final Pattern UNIT = Pattern.compile(
            "(?:填报单位|报送单位|单位名称|单位)\\s*[:：]\\s*(.+?)(?=\\s{2,}|\\s*(?:填报|报送)?(?:日期|时间)\\s*[:：]|$)");
    private static final Pattern DATE = Pattern.compile("(?:填报日期|报送日期|填报时间|日期|时间|截至)\\s*[:：]?\\s*(.+)");

    /** What {@link #offer} made of a row. */
    public enum Step {
        /** Still looking: the row was above the header. */
        SEARCHING,
        /** The row is a header; the next row may be its second header row. */
        HEADER,
        /** The header is complete and included this row (a second header row). */
        FOUND,
        /** The header is complete; this row is the first data row and must still be read. */
        FOUND_KEEP_ROW,
        /** No header in the first rows: the sheet holds no ledger. */
        NONE
    }

    private String title;
    private String unit;
    private LocalDate reportDate;
    private int rowsSeen;
    private int headerRow;
    private Map<Integer, String> headerTexts;
    private Map<Integer, Field> headerFields;
    private SheetLayout.Kind kind;
    private SheetLayout layout;
    private final Map<Integer, String> headerNames = new HashMap<>();

    public Step offer(int row, Object[] cells, int width) {
        if (headerTexts != null) {
            return secondRow(row, cells, width);
        }
        if (isBlank(cells, width)) {
            return Step.SEARCHING;
        }
        Map<Integer, Field> fields = new LinkedHashMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            if (cells[c] instanceof String s && !s.isBlank()) {
                texts.put(c, s.strip());
                final int col = c;
                HeaderSynonyms.field(s).ifPresent(f -> fields.putIfAbsent(col, f));
            }
        }
        SheetLayout.Kind k = kindOf(fields);
        if (k != null) {
            headerRow = row;
            headerTexts = texts;
            headerFields = fields;
            kind = k;
            return Step.HEADER;
        }
        readPreamble(cells, width);
        return ++rowsSeen >= SEARCH_ROWS ? Step.NONE : Step.SEARCHING;
    }

    private Step secondRow(int row, Object[] cells, int width) {
        Map<Integer, Field> lower = new LinkedHashMap<>();
        Map<Integer, String> lowerTexts = new LinkedHashMap<>();
        boolean longText = false;
        for (int c = 0; c < width; c++) {
            if (cells[c] != null && !CellText.isBlank(cells[c])) {
                String s = CellText.trimmed(cells[c]);
                lowerTexts.put(c, s);
                longText |= s.length() > 30;
                final int col = c;
                HeaderSynonyms.field(s).ifPresent(f -> lower.putIfAbsent(col, f));
            }
        }
        boolean sub = lower.size() >= 2 && !longText
                && lower.keySet().stream().anyMatch(c -> !headerFields.containsKey(c));
        if (sub) {
            build(row, lowerTexts, lower);
            return Step.FOUND;
        }
        build(headerRow, Map.of(), Map.of());
        return Step.FOUND_KEEP_ROW;
    }

    private void build(int lastRow, Map<Integer, String> lowerTexts, Map<Integer, Field> lower) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Integer, String> extras = new HashMap<>();
        java.util.Set<Integer> cols = new java.util.TreeSet<>(headerTexts.keySet());
        cols.addAll(lowerTexts.keySet());
        for (int c : cols) {
            Field f = lower.containsKey(c) ? lower.get(c) : headerFields.get(c);
            String name = lowerTexts.containsKey(c) ? lowerTexts.get(c) : headerTexts.get(c);
            headerNames.put(c, name);
            if (f != null && !columns.containsKey(f)) {
                columns.put(f, c);
            } else if (!name.startsWith("#")) {
                extras.put(c, name);
            }
        }
        layout = new SheetLayout(kind, headerRow, lastRow, columns, extras, title, unit, reportDate);
    }

    /** The layout, once {@link #offer} answered FOUND or FOUND_KEEP_ROW. */
    public SheetLayout layout() {
        return layout;
    }

    /** The header text of each column, for messages. */
    public Map<Integer, String> headerNames() {
        return headerNames;
    }

    /** Reached end of sheet right after a header row: the layout of that header alone. */
    public Optional<SheetLayout> finish() {
        if (layout == null && headerTexts != null) {
            build(headerRow, Map.of(), Map.of());
        }
        return Optional.ofNullable(layout);
    }

    public String title() {
        return title;
    }

    private static SheetLayout.Kind kindOf(Map<Integer, Field> fields) {
        java.util.Set<Field> set = java.util.EnumSet.noneOf(Field.class);
        set.addAll(fields.values());
        if (set.contains(Field.MEASURE) && set.size() >= 3) {
            return SheetLayout.Kind.MEASURES;
        }
        if (set.contains(Field.PERSON_NAME) && set.contains(Field.ACCOUNTABILITY_KIND)) {
            return SheetLayout.Kind.ACCOUNTABILITY;
        }
        if (set.contains(Field.INSTITUTION_TITLE) && (set.contains(Field.DOC_NO) || set.contains(Field.INSTITUTION_KIND))) {
            return SheetLayout.Kind.INSTITUTIONS;
        }
        return null;
    }

    private void readPreamble(Object[] cells, int width) {
        StringBuilder line = new StringBuilder();
        LocalDate dateCell = null;
        for (int c = 0; c < width; c++) {
            if (cells[c] instanceof LocalDate d) {
                dateCell = d;
            }
            if (!CellText.isBlank(cells[c])) {
                if (line.length() > 0) {
                    line.append("  ");
                }
                line.append(CellText.trimmed(cells[c]));
            }
        }
        String s = line.toString();
        if (s.contains("填报") || s.contains("报送") || s.startsWith("单位") || s.contains("日期：")
                || s.contains("日期:")) {
            Matcher m = UNIT.matcher(s);
            if (m.find() && unit == null) {
                unit = m.group(1).strip();
            }
            if (dateCell != null) {
                reportDate = dateCell;
            } else {
                Matcher d = DATE.matcher(s);
                if (d.find()) {
                    DeadlineParser.date(d.group(1), null).ifPresent(x -> reportDate = x);
                }
            }
        } else if (title == null) {
            title = s;
        }
    }

    private static boolean isBlank(Object[] cells, int width) {
        for (int c = 0; c < width; c++) {
            if (!CellText.isBlank(cells[c])) {
                return false;
            }
        }
        return true;
    }
}
