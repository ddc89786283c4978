package io.github.rectification.ledger.exchange.layout;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a sheet's data is: the header row(s), the column of each field, the columns no field claims
 * (kept as extra data), and what the rows above the header said (title, 填报单位, 填报日期).
 */
public record SheetLayout(
        Kind kind,
        int firstHeaderRow,
        int lastHeaderRow,
        Map<Field, Integer> columns,
        Map<Integer, String> extraColumns,
        String title,
        String unit,
        LocalDate reportDate) {

    /** What a sheet's header says it holds. */
    public enum Kind {
        MEASURES, ACCOUNTABILITY, INSTITUTIONS
    }

    public SheetLayout {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty() ? new EnumMap<>(Field.class) : columns));
        extraColumns = Collections.unmodifiableMap(new TreeMap<>(extraColumns));
    }

    /** The column of a field, or -1. */
    public int column(Field f) {
        Integer c = columns.get(f);
        return c == null ? -1 : c;
    }

    public boolean has(Field f) {
        return columns.containsKey(f);
    }

    /** The header text of a column, for messages: the field's header or the extra column's. */
    public String headerOf(int column, Map<Integer, String> headers) {
        return headers.getOrDefault(column, "");
    }
}
