package io.github.rectification.ledger.ui.conflicts;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.Batch;
import io.github.rectification.ledger.store.Conflict;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.grid.CellValues;
import io.github.rectification.ledger.ui.grid.GridColumn;
import io.github.rectification.ledger.ui.grid.GridViewModel;
import io.github.rectification.ledger.ui.session.DecideConflictsCommand;
import io.github.rectification.ledger.ui.session.DecideConflictsCommand.Choice;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflicts returned workbooks left open, each with the measure and field it concerns, the
 * value sent, the office's and the department's side by side; decided one by one or all of a
 * department at once, each decision one undoable step.
 */
public final class ConflictsViewModel {
    /**
     * An open conflict as the review shows it: its id, the measure (stable id and text) and field it
     * concerns, the department whose return left it, the value sent, the office's and the returned
     * one, and the returned workbook's file name.
     */
    public record Row(long id, String measureUid, String measure, String field, String department, String base,
            String ledger, String workbook, String fileName) {
    }

    private final LedgerSession session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** The open conflicts the rows show, by id. */
    private final Map<Long, Conflict> open = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ConflictsViewModel(LedgerSession session) {
        this.session = session;
        session.lastChangeProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    /** Reads the open conflicts again. */
    public void reload() {
        if (!session.isOpen()) {
            open.clear();
            rows.clear();
            return;
        }
        LedgerStore store = session.store();
        Map<Long, String> departments = new HashMap<>();
        for (Batch b : store.distributions().batches()) {
            departments.put(b.id(), b.department() == null ? "" : b.department());
        }
        List<Row> out = new ArrayList<>();
        open.clear();
        for (Conflict k : store.distributions().openConflicts()) {
            String measure = store.history().idOfUid(RecordKind.MEASURE, k.measureUid())
                    .flatMap(store.inspections()::measure).map(Measure::text)
                    .orElse(k.measureUid());
            open.put(k.id(), k);
            out.add(new Row(k.id(), k.measureUid(), measure, fieldName(k.field()),
                    k.batchId() == null ? "" : departments.getOrDefault(k.batchId(), ""), k.base(), k.ledger(),
                    k.workbook(), k.fileName()));
        }
        rows.setAll(out);
    }

    private static String fieldName(String code) {
        return MeasureField.fromCode(code).flatMap(f -> java.util.Arrays.stream(GridColumn.values())
                .filter(c -> c.field() == f).findFirst()).map(GridViewModel::columnName).orElse(code);
    }

    /** Takes the department's value. Null when decided, else why not (nothing is written). */
    public String takeWorkbook(Row row) {
        return decide(List.of(row), Choice.WORKBOOK, null);
    }

    /** Keeps the office's value. */
    public String keepLedger(Row row) {
        return decide(List.of(row), Choice.LEDGER, null);
    }

    /** Sets a value of the user's own, read as the form reads the field. */
    public String setValue(Row row, String text) {
        return decide(List.of(row), Choice.EDITED, text);
    }

    /** Takes the department's value in every open conflict of its returns, as one step. */
    public String takeAllOf(String department) {
        List<Row> of = rows.stream().filter(r -> r.department().equals(department)).toList();
        return of.isEmpty() ? null : decide(of, Choice.WORKBOOK, null);
    }

    private String decide(List<Row> of, Choice choice, String text) {
        if (!session.isWritable()) {
            message.set(lang("conflicts.readonly"));
            return message.get();
        }
        List<DecideConflictsCommand.Decision> decisions = new ArrayList<>();
        for (Row r : of) {
            Conflict conflict = open.get(r.id());
            if (conflict == null) {
                throw new IllegalArgumentException("no open conflict " + r.id());
            }
            Object value = null;
            if (choice != Choice.LEDGER) {
                MeasureField field = MeasureField.fromCode(conflict.field()).orElseThrow();
                String raw = choice == Choice.WORKBOOK ? conflict.workbook() : text;
                CellValues.Parsed p = CellValues.parse(field, raw, r.field());
                if (!p.ok()) {
                    message.set(p.error());
                    return p.error();
                }
                value = p.value();
            }
            decisions.add(new DecideConflictsCommand.Decision(conflict, choice, value));
        }
        session.run(new DecideConflictsCommand(decisions));
        message.set(lang("conflicts.decided", decisions.size()));
        return null;
    }

    /** Undoes the last step of the window's undo history (a decision taken here, say). */
    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The departments with open conflicts, for "take all of this department". */
    public List<String> departments() {
        return rows.stream().map(Row::department).filter(d -> !d.isBlank()).distinct().toList();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
