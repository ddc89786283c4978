package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.exchange.layout.Field;
import io.github.rectification.ledger.exchange.layout.SheetLayout;
import io.github.rectification.ledger.exchange.read.CellRefs;
import io.github.rectification.ledger.exchange.values.CellText;
import io.github.rectification.ledger.exchange.values.DeadlineParser;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Reads the rows of a 问责情况 or 建章立制 sheet into register records. */
final class RegisterSheetReader {
    private final String sheet;
    private final SheetLayout layout;
    private final Integer contextYear;
    private final Consumer<Parsed> out;
    private final List<ImportWarning> warnings;
    private int records;

    RegisterSheetReader(String sheet, SheetLayout layout, Integer contextYear, Consumer<Parsed> out,
            List<ImportWarning> warnings) {
        this.sheet = sheet;
        this.layout = layout;
        this.contextYear = contextYear;
        this.out = out;
        this.warnings = warnings;
        out.accept(new Parsed.RegisterSheet(sheet,
                layout.kind() == SheetLayout.Kind.ACCOUNTABILITY ? "accountability" : "institution"));
    }

    int records() {
        return records;
    }

    boolean row(int row, Object[] cells, int width) {
        if (layout.kind() == SheetLayout.Kind.ACCOUNTABILITY) {
            String name = get(cells, width, Field.PERSON_NAME);
            String kind = get(cells, width, Field.ACCOUNTABILITY_KIND);
            if (name.isEmpty() && kind.isEmpty()) {
                return !isNotes(cells, width);
            }
            records++;
            AccountabilityRecord a = new AccountabilityRecord(0, name, get(cells, width, Field.POSITION), kind, null,
                    date(cells, width, Field.DATE, row));
            out.accept(new Parsed.AccountabilityRow(sheet, row, uid(cells, width), a,
                    get(cells, width, Field.RELATED_PROBLEM)));
        } else {
            String title = get(cells, width, Field.INSTITUTION_TITLE);
            if (title.isEmpty()) {
                return !isNotes(cells, width);
            }
            records++;
            String kindText = get(cells, width, Field.INSTITUTION_KIND);
            InstitutionKind kind = kindText.contains("修订") || kindText.contains("修改") || kindText.contains("完善")
                    ? InstitutionKind.REVISED : InstitutionKind.NEW;
            if (!kindText.isEmpty() && kind == InstitutionKind.NEW && !kindText.contains("新")
                    && !kindText.contains("制定")) {
                warnings.add(new ImportWarning(ImportWarning.Kind.INSTITUTION_KIND, sheet, row, col(Field.INSTITUTION_KIND),
                        "类型“" + kindText + "”不是新制定或修订完善,按新制定计", kindText));
            }
            InstitutionRecord r = new InstitutionRecord(0, title, get(cells, width, Field.DOC_NO), kind,
                    date(cells, width, Field.ISSUED_ON, row), null, null);
            out.accept(new Parsed.InstitutionRow(sheet, row, uid(cells, width), r,
                    get(cells, width, Field.RELATED_PROBLEM)));
        }
        return true;
    }

    private boolean isNotes(Object[] cells, int width) {
        for (int c = 0; c < width; c++) {
            if (cells[c] instanceof String s && !s.isBlank()) {
                String t = s.strip();
                return t.startsWith("填表说明") || t.startsWith("说明") || t.startsWith("注");
            }
        }
        return false;
    }

    private String uid(Object[] cells, int width) {
        String s = get(cells, width, Field.UID);
        return s.isEmpty() ? null : s;
    }

    private LocalDate date(Object[] cells, int width, Field f, int row) {
        int c = layout.column(f);
        Object v = c < 0 || c >= width ? null : cells[c];
        if (v instanceof LocalDate d) {
            return d;
        }
        if (CellText.isBlank(v)) {
            return null;
        }
        LocalDate d = DeadlineParser.date(CellText.of(v), contextYear).orElse(null);
        if (d == null) {
            warnings.add(new ImportWarning(ImportWarning.Kind.UNREADABLE_DATE, sheet, row, col(f),
                    "“" + CellText.trimmed(v) + "”不是可识别的日期,已留空", CellText.trimmed(v)));
        }
        return d;
    }

    private String col(Field f) {
        int c = layout.column(f);
        return c < 0 ? null : CellRefs.column(c);
    }

    private String get(Object[] cells, int width, Field f) {
        int c = layout.column(f);
        return c < 0 || c >= width ? "" : CellText.trimmed(cells[c]);
    }
}
