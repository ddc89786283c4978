package io.github.rectification.ledger.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;

/** Scenes of the windows the application opens, no larger than the screen leaves room for. */
public final class ScreenFit {
    /** Room kept for the window's title bar and borders. */
    static final double DECORATION = 40;

    private ScreenFit() {
    }

    /** A scene of the wished size, made smaller where the primary screen is smaller. */
    public static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth() - DECORATION),
                Math.min(height, screen.getHeight() - DECORATION));
    }

    /**
     * Sets up a window the main window owns: its owner, modality, title, a scene of the wished size
     * within the screen, and the owner's style sheets.
     */
    public static void window(javafx.stage.Stage stage, javafx.stage.Window owner, javafx.stage.Modality modality,
            String title, Parent root, double width, double height) {
        stage.initOwner(owner);
        stage.initModality(modality);
        stage.setTitle(title);
        stage.setScene(scene(root, width, height));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
