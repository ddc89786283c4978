package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.DirectoryLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the import reads the lead and supporting departments of a workbook when the ledger has a
 * directory (机构名录): a name written by one of a department's aliases (局办公室) is read as the
 * department (办公室), and said so once per alias with the rows it was read on, at the first of them.
 * Used on the reading thread only; the directory was read from the store before reading began.
 */
final class DepartmentReading {
    private static final class Read {
        final String department;
        final String sheet;
        final int row;
        final String column;
        int rows;
        String lastSheet;
        int lastRow;

        Read(String department, String sheet, int row, String column) {
            this.department = department;
            this.sheet = sheet;
            this.row = row;
            this.column = column;
        }
    }

    private final DirectoryLookup directory;
    private final Map<String, Read> reads = new LinkedHashMap<>();

    DepartmentReading(DirectoryLookup directory) {
        this.directory = directory == null ? DirectoryLookup.EMPTY : directory;
    }

    /** The department {@code name} (as written in the cell, trimmed) is read as. */
    String read(String name, String sheet, int row, String column) {
        if (directory.isEmpty() || name.isEmpty()) {
            return name;
        }
        String department = directory.canonical(name);
        if (!department.equals(name)) {
            Read r = reads.computeIfAbsent(name, n -> new Read(department, sheet, row, column));
            if (r.lastRow != row || !sheet.equals(r.lastSheet)) {
                r.rows++;
                r.lastSheet = sheet;
                r.lastRow = row;
            }
        }
        return department;
    }

    /** The departments a list of names is read as, each once. */
    List<String> read(List<String> names, String sheet, int row, String column) {
        if (directory.isEmpty() || names.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String d = read(n, sheet, row, column);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** One warning per name read as another: what it was read as, on how many rows, at the first. */
    List<ImportWarning> warnings() {
        List<ImportWarning> out = new ArrayList<>(reads.size());
        reads.forEach((name, r) -> out.add(new ImportWarning(ImportWarning.Kind.DEPARTMENT_ALIAS, r.sheet, r.row,
                r.column, Messages.TEXTS.text("department.alias", name, r.department, String.valueOf(r.rows)), name)));
        return out;
    }
}
