package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.evidence.EvidencePane;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The right-hand side: the form of the selected record, or a hint when nothing is selected. */
public final class FormView extends StackPane {
    private final FormViewModel vm;
    private final InspectionForm inspectionForm;
    private final ProblemForm problemForm;
    private final MeasureForm measureForm;
    private final Label hint = new Label(lang("form.none"));
    private final EvidencePane evidencePane;
    private final BorderPane measureWithEvidence = new BorderPane();
    private final PendingEdits pending;
    private NodeKey shown;

    public FormView(FormViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.pending = new PendingEdits(dialogs);
        inspectionForm = new InspectionForm(vm.inspection());
        problemForm = new ProblemForm(vm.problem());
        measureForm = new MeasureForm(vm.measure());
        // a close-out sent back changes the measure's status: show the measure as it is now
        evidencePane = new EvidencePane(vm.evidence(), dialogs, () -> load(shown));
        measureWithEvidence.setCenter(measureForm);
        measureWithEvidence.setBottom(evidencePane);
        measureWithEvidence.setId("measureWithEvidence");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        getStyleClass().add("form-view");
        getChildren().setAll(hint);
        // an undo or redo of an edit changes the record on show: show it as it is now
        vm.onEdited(key -> {
            if (key.equals(shown)) {
                load(shown);
            }
        });
        vm.onClosed(() -> load(null));
    }

    /**
     * What to do once a form is applied (its 应用 button, Ctrl+S or Ctrl+Enter): the window puts the
     * focus on a control that changes nothing.
     */
    public void setAfterApply(Runnable afterApply) {
        for (FormPane f : new FormPane[] {inspectionForm, problemForm, measureForm}) {
            f.setAfterApply(afterApply);
        }
    }

    /** True when the shown form holds changes not applied yet. */
    public boolean hasPendingChanges() {
        return pending.hasPending();
    }

    /** Asks about changes not applied yet (see {@link PendingEdits}); true when the form may be left. */
    public boolean confirmLeave() {
        return pending.confirmLeave();
    }

    /**
     * Shows the form of a record (null: the hint). The same record keeps its changes not applied
     * yet (the grouping changed); another record asks first, and stays on this one when the user
     * chooses to.
     */
    public void show(NodeKey key) {
        if (Objects.equals(key, shown) && hasPendingChanges()) {
            return;
        }
        if (!Objects.equals(key, shown) && stillStored(shown) && !confirmLeave()) {
            return;
        }
        load(key);
    }

    /** The form of a record as it is stored now. */
    private void load(NodeKey key) {
        shown = key;
        pending.setActive(null);
        Optional<Object> record = vm.record(key);
        if (record.isEmpty()) {
            getChildren().setAll(hint);
        } else if (record.get() instanceof Inspection i) {
            vm.inspection().load(i);
            pending.setActive(vm.inspection());
            show(inspectionForm);
            focusNameIfNew(inspectionForm, i.name());
        } else if (record.get() instanceof Problem p) {
            vm.problem().load(p);
            pending.setActive(vm.problem());
            show(problemForm);
            focusNameIfNew(problemForm, p.title());
        } else if (record.get() instanceof Measure m) {
            vm.measure().load(m);
            pending.setActive(vm.measure());
            measureForm.setReadOnly(vm.readOnly());
            vm.evidence().load(m.id());
            getChildren().setAll(measureWithEvidence);
            focusNameIfNew(measureForm, m.text());
        }
    }

    private void show(FormPane form) {
        form.setReadOnly(vm.readOnly());
        getChildren().setAll(form);
    }

    /** A record just added has no name yet: its form starts in the empty name field, which prompts for it. */
    private static void focusNameIfNew(FormPane form, String name) {
        if (name == null || name.isBlank()) {
            form.focusName();
        }
    }

    private boolean stillStored(NodeKey key) {
        return vm.isStored(key);
    }

    /** The record shown (null: none). */
    public NodeKey shown() {
        return shown;
    }
}
