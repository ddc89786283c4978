package io.github.rectification.ledger.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A form's message line in a place of its own: the line's height is kept whether a message shows or
 * not, and a long message ends in … (whole in its tooltip), so the fields below never move while
 * the user types or points at them.
 */
public final class MessageLine {
    private MessageLine() {
    }

    /** The message's place: as high as one line of the message's font, whatever the message says. */
    public static StackPane reserve(Label message) {
        message.setWrapText(false);
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.visibleProperty().unbind();
        message.managedProperty().unbind();
        message.setManaged(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        // an invisible line of text keeps the height while there is no message
        Label room = new Label(Character.toString(0xA0));
        room.getStyleClass().setAll(message.getStyleClass());
        room.setVisible(false);
        StackPane line = new StackPane(room, message);
        line.getStyleClass().add("message-line");
        StackPane.setAlignment(message, Pos.CENTER_LEFT);
        message.setMaxWidth(Double.MAX_VALUE);
        return line;
    }
}
