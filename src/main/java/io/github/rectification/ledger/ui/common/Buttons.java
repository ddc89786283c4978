package io.github.rectification.ledger.ui.common;

import javafx.scene.control.Button;

/** A button as the windows make them: an id for the keyboard tour and the tests, a text, an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
