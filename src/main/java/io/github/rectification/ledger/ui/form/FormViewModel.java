package io.github.rectification.ledger.ui.form;

import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.evidence.EvidenceViewModel;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the right-hand side shows: the record a tree key stands for as it is stored now (nothing
 * when it was deleted or no ledger is open), whether the open ledger may be written, and the view
 * models of the three record forms and of the measure's evidence.
 */
public final class FormViewModel {
    private final LedgerSession session;
    private final InspectionFormViewModel inspection;
    private final ProblemFormViewModel problem;
    private final MeasureFormViewModel measure;
    private final EvidenceViewModel evidence;

    /** {@code executor} runs the evidence's background reads (its previews). */
    public FormViewModel(LedgerSession session, Supplier<LocalDate> today, TaskExecutor executor) {
        this.session = session;
        this.inspection = new InspectionFormViewModel(session);
        this.problem = new ProblemFormViewModel(session);
        this.measure = new MeasureFormViewModel(session, today);
        this.evidence = new EvidenceViewModel(session, executor);
    }

    /**
     * The inspection, problem or measure {@code key} stands for, as stored now; empty for no key, a
     * record no longer stored, or no ledger open.
     */
    public Optional<Object> record(NodeKey key) {
        if (key == null || !session.isOpen()) {
            return Optional.empty();
        }
        var store = session.store();
        return switch (key.kind()) {
            case INSPECTION -> store.inspections().inspection(key.id()).map(Object.class::cast);
            case PROBLEM -> store.inspections().problem(key.id()).map(Object.class::cast);
            case MEASURE -> store.inspections().measure(key.id()).map(Object.class::cast);
        };
    }

    /** Whether {@code key}'s record is still stored in the open ledger. */
    public boolean isStored(NodeKey key) {
        return record(key).isPresent();
    }

    /** True when the open ledger refuses writes (another window holds it); false with none open. */
    public boolean readOnly() {
        return session.isOpen() && session.store().readOnly();
    }

    /** Calls {@code closed} each time the open ledger is closed (and none is open in its place). */
    public void onClosed(Runnable closed) {
        session.storeProperty().addListener((obs, old, now) -> {
            if (now == null) {
                closed.run();
            }
        });
    }

    /**
     * Calls {@code edited} with the record an undo, a redo or an edit changed the fields of, so that
     * a form showing it shows it as it is now.
     */
    public void onEdited(Consumer<NodeKey> edited) {
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (change.edited() != null && change.focus() != null) {
                edited.accept(change.focus());
            }
        });
    }

    public InspectionFormViewModel inspection() {
        return inspection;
    }

    public ProblemFormViewModel problem() {
        return problem;
    }

    public MeasureFormViewModel measure() {
        return measure;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }
}
