package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CarryOver;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LabelStyle;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.FollowUpRepository;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.session.AddCommand;
import io.github.rectification.ledger.ui.session.DeleteCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.MoveCommand;
import io.github.rectification.ledger.ui.session.NodeKey;
import io.github.rectification.ledger.ui.session.RenumberCommand;
import io.github.rectification.ledger.ui.session.StartFollowUpCommand;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Adding, deleting, moving and numbering the records of the tree, each an undoable command. */
public final class TreeActions {
    private Runnable afterDelete = () -> { };
    private final LedgerSession session;
    private final LedgerTreeViewModel tree;
    private final DialogService dialogs;

    private final BooleanBinding canAddInspection;
    private final BooleanBinding canAddProblem;
    private final BooleanBinding canAddSubProblem;
    private final BooleanBinding canAddMeasure;
    private final BooleanBinding canDelete;
    private final BooleanBinding canMove;
    private final BooleanBinding canRenumber;
    private final BooleanBinding canStartFollowUp;
    private java.util.function.Function<Inspection, Optional<FollowUpAnswer>> askFollowUp;

    public TreeActions(LedgerSession session, LedgerTreeViewModel tree, DialogService dialogs) {
        this(session, tree, dialogs, null);
    }

    /** {@code owner}: the window the 回头看 dialog belongs to (null: none). */
    public TreeActions(LedgerSession session, LedgerTreeViewModel tree, DialogService dialogs,
            javafx.stage.Window owner) {
        this.askFollowUp = draft -> FollowUpDialog.ask(owner, draft);
        this.session = session;
        this.tree = tree;
        this.dialogs = dialogs;
        canAddInspection = session.writableBinding();
        canAddProblem = selectedIs(NodeKey.Kind.INSPECTION, NodeKey.Kind.PROBLEM, NodeKey.Kind.MEASURE);
        canAddSubProblem = selectedIs(NodeKey.Kind.PROBLEM);
        canAddMeasure = selectedIs(NodeKey.Kind.PROBLEM, NodeKey.Kind.MEASURE);
        canDelete = selectedIs(NodeKey.Kind.INSPECTION, NodeKey.Kind.PROBLEM, NodeKey.Kind.MEASURE);
        canMove = selectedIs(NodeKey.Kind.PROBLEM, NodeKey.Kind.MEASURE);
        canRenumber = selectedIs(NodeKey.Kind.INSPECTION, NodeKey.Kind.PROBLEM);
        canStartFollowUp = selectedIs(NodeKey.Kind.INSPECTION);
    }

    private BooleanBinding selectedIs(NodeKey.Kind... kinds) {
        return Bindings.createBooleanBinding(() -> {
            Optional<NodeKey> key = tree.selectedKey();
            if (key.isEmpty() || !session.isWritable()) {
                return false;
            }
            for (NodeKey.Kind k : kinds) {
                if (key.get().kind() == k) {
                    return true;
                }
            }
            return false;
        }, tree.selectedProperty(), session.storeProperty(), session.writableBinding());
    }

    public BooleanBinding canAddInspectionBinding() {
        return canAddInspection;
    }

    public BooleanBinding canAddProblemBinding() {
        return canAddProblem;
    }

    public BooleanBinding canAddSubProblemBinding() {
        return canAddSubProblem;
    }

    public BooleanBinding canAddMeasureBinding() {
        return canAddMeasure;
    }

    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }

    public BooleanBinding canMoveBinding() {
        return canMove;
    }

    public BooleanBinding canRenumberBinding() {
        return canRenumber;
    }

    public BooleanBinding canStartFollowUpBinding() {
        return canStartFollowUp;
    }

    /** The inspection selected, of which a 回头看 round can be started; empty when none is selected. */
    public Optional<Inspection> followUpOrigin() {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isEmpty() || key.get().kind() != NodeKey.Kind.INSPECTION || !session.isWritable()) {
            return Optional.empty();
        }
        return session.store().inspections().inspection(key.get().id());
    }

    /** Edit › 开启回头看: asks for the round's name, group and feedback date, then starts it. */
    public void startFollowUp() {
        followUpOrigin().ifPresent(origin -> askFollowUp.apply(followUpDraft(origin))
                .ifPresent(a -> startFollowUp(origin, a.name(), a.group(), a.feedback())));
    }

    /** What the user gave for a new round. */
    public record FollowUpAnswer(String name, String group, java.time.LocalDate feedback) {
    }

    /** How the round's name, group and feedback date are asked (the dialog; tests answer themselves). */
    public void setFollowUpAsker(java.util.function.Function<Inspection, Optional<FollowUpAnswer>> asker) {
        this.askFollowUp = asker;
    }

    /** The round suggested for an origin: named after it, the same group and issuing body. */
    public static Inspection followUpDraft(Inspection origin) {
        return new Inspection(0, lang("followup.default.name", origin.name()), origin.inspectedUnit(),
                origin.inspectionGroup(), null, null, null, null, 0)
                .withRound(CarryOver.ROUND_KIND, origin.issuingBody());
    }

    /**
     * Starts a 回头看 round of {@code origin} as one undoable step, selects it and says what it carried;
     * null when the name is empty (nothing is started).
     */
    public FollowUpRepository.Started startFollowUp(Inspection origin, String name, String group,
            java.time.LocalDate feedback) {
        if (name == null || name.isBlank() || !session.isWritable()) {
            return null;
        }
        Inspection draft = followUpDraft(origin);
        Inspection round = new Inspection(0, name.strip(), draft.inspectedUnit(),
                group == null || group.isBlank() ? draft.inspectionGroup() : group.strip(), null, null, feedback, null, 0)
                .withRound(draft.roundKind(), draft.issuingBody());
        StartFollowUpCommand command = new StartFollowUpCommand(origin.id(), round);
        session.run(command);
        FollowUpRepository.Started s = command.started();
        dialogs.showInformation(lang("followup.title"), lang("followup.done", s.round().name(), s.problems(),
                s.carried()));
        return s;
    }

    public void addInspection() {
        if (!session.isWritable()) {
            return;
        }
        session.run(new AddCommand(Inspection.draft("")));
    }

    /** A problem beside the selected one (or the first level of the selected inspection). */
    public void addProblem() {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isEmpty()) {
            return;
        }
        LedgerStore store = session.store();
        long inspectionId;
        Long parentId;
        switch (key.get().kind()) {
            case INSPECTION -> {
                inspectionId = key.get().id();
                parentId = null;
            }
            case PROBLEM -> {
                Problem p = store.inspections().problem(key.get().id()).orElseThrow();
                inspectionId = p.inspectionId();
                parentId = p.parentId();
            }
            default -> {
                Measure m = store.inspections().measure(key.get().id()).orElseThrow();
                Problem p = store.inspections().problem(m.problemId()).orElseThrow();
                inspectionId = p.inspectionId();
                parentId = p.parentId();
            }
        }
        addProblem(store, inspectionId, parentId);
    }

    /** A sub-problem of the selected problem. */
    public void addSubProblem() {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isEmpty() || key.get().kind() != NodeKey.Kind.PROBLEM) {
            return;
        }
        LedgerStore store = session.store();
        Problem parent = store.inspections().problem(key.get().id()).orElseThrow();
        addProblem(store, parent.inspectionId(), parent.id());
    }

    private void addProblem(LedgerStore store, long inspectionId, Long parentId) {
        String seq = LabelStyle.next(
                store.inspections().problems(inspectionId, parentId).stream().map(Problem::seq).toList(),
                parentId == null ? LabelStyle.PROBLEM : LabelStyle.MEASURE);
        Problem draft = new Problem(0, inspectionId, parentId, seq, "", "", "", 0);
        session.run(new AddCommand(draft));
    }

    /** A measure of the selected problem (or beside the selected measure). */
    public void addMeasure() {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isEmpty()) {
            return;
        }
        LedgerStore store = session.store();
        long problemId = switch (key.get().kind()) {
            case PROBLEM -> key.get().id();
            case MEASURE -> store.inspections().measure(key.get().id()).orElseThrow().problemId();
            default -> -1;
        };
        if (problemId < 0) {
            return;
        }
        String seq = LabelStyle.next(store.inspections().measures(problemId).stream().map(Measure::seq).toList(),
                LabelStyle.MEASURE);
        Measure draft = new Measure(0, problemId, seq, "", "", "",
                List.of(), "", Deadline.NONE, Status.NOT_STARTED, null, "", "", 0);
        session.run(new AddCommand(draft));
    }

    /** What to do once a record is deleted: the window puts the focus on a control that deletes nothing. */
    public void setAfterDelete(Runnable afterDelete) {
        this.afterDelete = java.util.Objects.requireNonNull(afterDelete);
    }

    /** Deletes the selected record with everything under it, after asking. */
    public void delete() {
        TreeNodeViewModel item = tree.selectedProperty().get();
        if (item == null || item.getValue().key() == null) {
            return;
        }
        NodeKey key = item.getValue().key();
        String what = NodeText.of(item.getValue());
        String message = switch (key.kind()) {
            case INSPECTION -> lang("delete.inspection.message", what);
            case PROBLEM -> lang("delete.problem.message", what);
            case MEASURE -> lang("delete.measure.message", what);
        };
        if (dialogs.showConfirmation(lang("delete.title"), message, lang("delete.confirm"))) {
            // an inspection or a problem with all below it is deleted in the background
            session.run(new DeleteCommand(key), outcome -> afterDelete.run());
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(+1);
    }

    /**
     * Numbers the problems of the selected inspection, or the sub-problems and measures of the selected
     * problem, and opens it to show them.
     */
    public void renumber() {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isPresent() && key.get().kind() != NodeKey.Kind.MEASURE) {
            session.run(new RenumberCommand(key.get()), outcome -> {
                // show the new labels
                TreeNodeViewModel item = tree.selectedProperty().get();
                if (outcome.changed() && item != null) {
                    item.setExpanded(true);
                }
            });
        }
    }

    private void move(int direction) {
        Optional<NodeKey> key = tree.selectedKey();
        if (key.isPresent() && key.get().kind() != NodeKey.Kind.INSPECTION) {
            session.run(new MoveCommand(key.get(), direction));
        }
    }
}
