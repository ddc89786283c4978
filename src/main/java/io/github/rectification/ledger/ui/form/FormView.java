package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.evidence.EvidencePane;
import io.github.rectification.ledger.ui.evidence.EvidenceViewModel;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The right-hand side: the form of the selected record, or a hint when nothing is selected. */
public final class FormView extends StackPane {
    private final LedgerSession session;
    private final InspectionFormViewModel inspectionVm;
    private final ProblemFormViewModel problemVm;
    private final MeasureFormViewModel measureVm;
    private final InspectionForm inspectionForm;
    private final ProblemForm problemForm;
    private final MeasureForm measureForm;
    private final Label hint = new Label(lang("form.none"));
    private final EvidenceViewModel evidenceVm;
    private final EvidencePane evidencePane;
    private final BorderPane measureWithEvidence = new BorderPane();
    private final PendingEdits pending;
    private NodeKey shown;

    public FormView(LedgerSession session, Supplier<LocalDate> today, DialogService dialogs, TaskExecutor executor) {
        this.session = session;
        this.pending = new PendingEdits(dialogs);
        inspectionVm = new InspectionFormViewModel(session);
        problemVm = new ProblemFormViewModel(session);
        measureVm = new MeasureFormViewModel(session, today);
        inspectionForm = new InspectionForm(inspectionVm);
        problemForm = new ProblemForm(problemVm);
        measureForm = new MeasureForm(measureVm);
        evidenceVm = new EvidenceViewModel(session, executor);
        // a close-out sent back changes the measure's status: show the measure as it is now
        evidencePane = new EvidencePane(evidenceVm, dialogs, () -> load(shown));
        measureWithEvidence.setCenter(measureForm);
        measureWithEvidence.setBottom(evidencePane);
        measureWithEvidence.setId("measureWithEvidence");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        getStyleClass().add("form-view");
        getChildren().setAll(hint);
        // an undo or redo of an edit changes the record on show: show it as it is now
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (change.edited() != null && shown != null && change.focus() != null && change.focus().equals(shown)) {
                load(shown);
            }
        });
        session.storeProperty().addListener((obs, old, now) -> {
            if (now == null) {
                load(null);
            }
        });
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
        if (key == null || !session.isOpen()) {
            getChildren().setAll(hint);
            return;
        }
        LedgerStore store = session.store();
        switch (key.kind()) {
            case INSPECTION -> store.inspection(key.id()).ifPresentOrElse(i -> {
                inspectionVm.load(i);
                pending.setActive(inspectionVm);
                show(inspectionForm, store);
                focusNameIfNew(inspectionForm, i.name());
            }, () -> getChildren().setAll(hint));
            case PROBLEM -> store.problem(key.id()).ifPresentOrElse(p -> {
                problemVm.load(p);
                pending.setActive(problemVm);
                show(problemForm, store);
                focusNameIfNew(problemForm, p.title());
            }, () -> getChildren().setAll(hint));
            case MEASURE -> store.measure(key.id()).ifPresentOrElse(m -> {
                measureVm.load(m);
                pending.setActive(measureVm);
                measureForm.setReadOnly(store.readOnly());
                evidenceVm.load(m.id());
                getChildren().setAll(measureWithEvidence);
                focusNameIfNew(measureForm, m.text());
            }, () -> getChildren().setAll(hint));
        }
    }

    private void show(FormPane form, LedgerStore store) {
        form.setReadOnly(store.readOnly());
        getChildren().setAll(form);
    }

    /** A record just added has no name yet: its form starts in the empty name field, which prompts for it. */
    private static void focusNameIfNew(FormPane form, String name) {
        if (name == null || name.isBlank()) {
            form.focusName();
        }
    }

    private boolean stillStored(NodeKey key) {
        if (key == null || !session.isOpen()) {
            return false;
        }
        LedgerStore store = session.store();
        return switch (key.kind()) {
            case INSPECTION -> store.inspection(key.id()).isPresent();
            case PROBLEM -> store.problem(key.id()).isPresent();
            case MEASURE -> store.measure(key.id()).isPresent();
        };
    }

    /** The record shown (null: none). */
    public NodeKey shown() {
        return shown;
    }
}
