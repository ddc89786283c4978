package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Label;
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
    private NodeKey shown;

    public FormView(LedgerSession session, Supplier<LocalDate> today) {
        this.session = session;
        inspectionVm = new InspectionFormViewModel(session);
        problemVm = new ProblemFormViewModel(session);
        measureVm = new MeasureFormViewModel(session, today);
        inspectionForm = new InspectionForm(inspectionVm);
        problemForm = new ProblemForm(problemVm);
        measureForm = new MeasureForm(measureVm);
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        getStyleClass().add("form-view");
        getChildren().setAll(hint);
        // an undo or redo of an edit changes the record on show: show it as it is now
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (change.edited() != null && shown != null && change.focus() != null && change.focus().equals(shown)) {
                show(shown);
            }
        });
    }

    /** Shows the form of a record (null: the hint). */
    public void show(NodeKey key) {
        shown = key;
        if (key == null || !session.isOpen()) {
            getChildren().setAll(hint);
            return;
        }
        LedgerStore store = session.store();
        switch (key.kind()) {
            case INSPECTION -> store.inspection(key.id()).ifPresentOrElse(i -> {
                inspectionVm.load(i);
                getChildren().setAll(inspectionForm);
            }, () -> getChildren().setAll(hint));
            case PROBLEM -> store.problem(key.id()).ifPresentOrElse(p -> {
                problemVm.load(p);
                getChildren().setAll(problemForm);
            }, () -> getChildren().setAll(hint));
            case MEASURE -> store.measure(key.id()).ifPresentOrElse(m -> {
                measureVm.load(m);
                getChildren().setAll(measureForm);
            }, () -> getChildren().setAll(hint));
        }
    }
}
