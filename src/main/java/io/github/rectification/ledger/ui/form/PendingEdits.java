package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.DialogService;

/**
 * Changes typed into the shown form but not applied yet: before the form shows something else,
 * the user applies them (one undoable write), discards them, or stays.
 */
public final class PendingEdits {
    private final DialogService dialogs;
    private RecordFormViewModel<?> active;

    public PendingEdits(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** The form now shown (null: none). */
    void setActive(RecordFormViewModel<?> form) {
        active = form;
    }

    /** True when the shown form holds changes not applied yet. */
    public boolean hasPending() {
        return active != null && active.dirtyProperty().get();
    }

    /**
     * Settles the changes not applied yet: nothing to ask when there are none; Apply writes them
     * (and stays when they are invalid, saying why), Discard puts the stored values back, Cancel
     * stays. True when the form may be left.
     */
    public boolean confirmLeave() {
        if (!hasPending()) {
            return true;
        }
        return switch (dialogs.askPendingChanges(lang("form.pending.title"), lang("form.pending.message"))) {
            case APPLY -> {
                if (active.apply()) {
                    yield true;
                }
                dialogs.showInformation(lang("form.pending.title"),
                        lang("form.pending.invalid", active.messageProperty().get()));
                yield false;
            }
            case DISCARD -> {
                active.cancel();
                yield true;
            }
            case CANCEL -> false;
        };
    }
}
