package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.HistoryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The change history of one record as a table: when, who, what, which field, old and new value, source. */
public final class HistoryPanel extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TableView<HistoryEntry> table = new TableView<>();

    public HistoryPanel() {
        setId("historyPanel");
        table.setId("historyTable");
        table.setPlaceholder(new Label(lang("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column(lang("history.column.time"), e -> TIME.format(e.at().atZone(ZoneId.systemDefault()))),
                column(lang("history.column.who"), HistoryEntry::who),
                column(lang("history.column.action"), e -> action(e)),
                column(lang("history.column.field"), e -> fields(e.field())),
                column(lang("history.column.old"), e -> value(e.field(), e.oldValue())),
                column(lang("history.column.new"), e -> value(e.field(), e.newValue())),
                column(lang("history.column.source"), e -> source(e.source()))));
        setCenter(table);
    }

    public void show(List<HistoryEntry> entries) {
        table.setItems(FXCollections.observableArrayList(entries));
    }

    public TableView<HistoryEntry> table() {
        return table;
    }

    private static TableColumn<HistoryEntry, String> column(String title, Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    static String action(HistoryEntry e) {
        return switch (e.action()) {
            case ADD -> lang("history.action.add");
            case UPDATE -> lang("history.action.update");
            case REMOVE -> lang("history.action.remove");
            case RESTORE -> lang("history.action.restore");
            case MOVE -> lang("history.action.move");
        };
    }

    /** A field name, or an import's comma-separated fields, in words of the bundle. */
    static String fields(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String f : field.split(",")) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(fieldName(f));
        }
        return sb.toString();
    }

    private static String fieldName(String column) {
        return switch (column) {
            case "name" -> lang("history.field.name");
            case "inspected_unit" -> lang("history.field.inspected_unit");
            case "inspection_group" -> lang("history.field.inspection_group");
            case "start_date" -> lang("history.field.start_date");
            case "end_date" -> lang("history.field.end_date");
            case "feedback_date" -> lang("history.field.feedback_date");
            case "report_date" -> lang("history.field.report_date");
            case "sort_order" -> lang("history.field.sort_order");
            case "inspection_id" -> lang("history.field.inspection_id");
            case "parent_id" -> lang("history.field.parent_id");
            case "problem_id" -> lang("history.field.problem_id");
            case "measure_id" -> lang("history.field.measure_id");
            case "seq" -> lang("history.field.seq");
            case "category" -> lang("history.field.category");
            case "title" -> lang("history.field.title");
            case "description" -> lang("history.field.description");
            case "text" -> lang("history.field.text");
            case "leader" -> lang("history.field.leader");
            case "department" -> lang("history.field.department");
            case "supporting_departments" -> lang("history.field.supporting_departments");
            case "person" -> lang("history.field.person");
            case "deadline_kind" -> lang("history.field.deadline_kind");
            case "deadline_date" -> lang("history.field.deadline_date");
            case "deadline_text" -> lang("history.field.deadline_text");
            case "status" -> lang("history.field.status");
            case "completed_on" -> lang("history.field.completed_on");
            case "progress" -> lang("history.field.progress");
            case "remarks" -> lang("history.field.remarks");
            case "position" -> lang("history.field.position");
            case "kind" -> lang("history.field.kind");
            case "date" -> lang("history.field.date");
            case "doc_no" -> lang("history.field.doc_no");
            case "issued_on" -> lang("history.field.issued_on");
            default -> column;
        };
    }

    static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (field != null && field.contains(",")) {
            StringBuilder sb = new StringBuilder();
            for (String line : value.split("\n", -1)) {
                int colon = line.indexOf(": ");
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(colon > 0 ? fieldName(line.substring(0, colon)) + ": "
                        + single(line.substring(0, colon), line.substring(colon + 2)) : line);
            }
            return sb.toString();
        }
        return single(field, value);
    }

    private static String single(String field, String value) {
        try {
            if ("status".equals(field)) {
                return Status.fromCode(value).word();
            }
            if ("deadline_kind".equals(field)) {
                return switch (DeadlineKind.fromCode(value)) {
                    case DATE -> lang("history.deadline.date");
                    case LONG_TERM -> lang("history.deadline.long_term");
                    case IMMEDIATE -> lang("history.deadline.immediate");
                    case NONE -> lang("history.deadline.none");
                };
            }
        } catch (IllegalArgumentException e) {
            return value;
        }
        return value;
    }

    static String source(String source) {
        if (source == null || source.isEmpty()) {
            return lang("history.source.edit");
        }
        if (source.startsWith("import: ")) {
            return lang("history.source.import", source.substring("import: ".length()));
        }
        return switch (source) {
            case "undo" -> lang("history.source.undo");
            case "redo" -> lang("history.source.redo");
            default -> source;
        };
    }
}
