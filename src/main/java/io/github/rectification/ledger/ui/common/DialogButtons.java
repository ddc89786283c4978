package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * OK and Cancel in the window's language. JavaFX's own {@link ButtonType#OK} and
 * {@link ButtonType#CANCEL} follow the system's language, which may differ from the one chosen.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(lang("action.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(lang("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
