package io.github.rectification.ledger.cli.planted;

import javafx.scene.control.Label;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: JavaFX in the command line. */
public final class PlantedWindowCommand {
    public String text(Label label) {
        return label.getText();
    }
}
