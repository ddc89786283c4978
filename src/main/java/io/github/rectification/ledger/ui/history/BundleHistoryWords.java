package io.github.rectification.ledger.ui.history;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.exchange.history.HistoryWords;
import io.github.rectification.ledger.store.ChangeAction;

/** The history's words from the window's resource bundle. */
final class BundleHistoryWords implements HistoryWords {
    @Override
    public String field(String column) {
        return switch (column) {
            case "name" -> lang("history.field.name");
            case "inspected_unit" -> lang("history.field.inspected_unit");
            case "inspection_group" -> lang("history.field.inspection_group");
            case "round_kind" -> lang("history.field.round_kind");
            case "issuing_body" -> lang("history.field.issuing_body");
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

    @Override
    public String fieldSeparator() {
        return ", ";
    }

    @Override
    public String action(ChangeAction action) {
        return switch (action) {
            case ADD -> lang("history.action.add");
            case UPDATE -> lang("history.action.update");
            case REMOVE -> lang("history.action.remove");
            case RESTORE -> lang("history.action.restore");
            case MOVE -> lang("history.action.move");
        };
    }

    @Override
    public String deadlineKind(DeadlineKind kind) {
        return switch (kind) {
            case DATE -> lang("history.deadline.date");
            case LONG_TERM -> lang("history.deadline.long_term");
            case IMMEDIATE -> lang("history.deadline.immediate");
            case NONE -> lang("history.deadline.none");
        };
    }

    @Override
    public String institutionKind(InstitutionKind kind) {
        return switch (kind) {
            case NEW -> lang("register.institution.kind.new");
            case REVISED -> lang("register.institution.kind.revised");
        };
    }

    @Override
    public String edit() {
        return lang("history.source.edit");
    }

    @Override
    public String undo() {
        return lang("history.source.undo");
    }

    @Override
    public String redo() {
        return lang("history.source.redo");
    }

    @Override
    public String imported(String file) {
        return lang("history.source.import", file);
    }
}
