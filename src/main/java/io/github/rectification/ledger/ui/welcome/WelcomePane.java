package io.github.rectification.ledger.ui.welcome;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the tree while the ledger holds nothing: the next steps as buttons. The actions
 * come from outside ({@link #actions()}), so that later features (Excel import) add theirs.
 */
public final class WelcomePane extends VBox {

    /**
     * One next step: its button text, an explanation, what it does, when it can be done (a ledger
     * opened read-only cannot take an inspection), and an id for tests.
     */
    public record WelcomeAction(String id, String text, String explanation, Runnable action,
            ObservableBooleanValue enabled) {
    }

    private final ObservableList<WelcomeAction> actions = FXCollections.observableArrayList();
    private final VBox buttons = new VBox(10);

    public WelcomePane() {
        getStyleClass().add("welcome-pane");
        setId("welcomePane");
        setSpacing(14);
        setPadding(new Insets(40));
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(lang("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(lang("welcome.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        buttons.setAlignment(Pos.TOP_LEFT);
        buttons.setMaxWidth(560);
        getChildren().setAll(title, intro, buttons);
        actions.addListener((ListChangeListener<WelcomeAction>) c -> rebuild());
    }

    /** The next steps offered, in order. */
    public ObservableList<WelcomeAction> actions() {
        return actions;
    }

    private void rebuild() {
        buttons.getChildren().clear();
        for (WelcomeAction a : actions) {
            Button b = new Button(a.text());
            b.setId(a.id());
            b.getStyleClass().add("welcome-action");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> a.action().run());
            b.disableProperty().bind(Bindings.not(a.enabled()));
            Label explanation = new Label(a.explanation());
            explanation.setWrapText(true);
            explanation.getStyleClass().add("welcome-explanation");
            buttons.getChildren().addAll(b, explanation);
        }
    }
}
