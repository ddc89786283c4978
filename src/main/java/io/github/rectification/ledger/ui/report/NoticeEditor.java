package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.report.notice.NoticeFigureCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.ui.common.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The notice draft to edit before exporting: one paragraph a line. The figures typed into it are
 * checked against the ledger as the user types, next to the ledger's own consistency findings.
 */
public final class NoticeEditor {
    /** What the editor exports with. */
    public interface Exports {
        void docx(String text);

        void text(String text);

        void editClosing(Consumer<String> redraft);
    }

    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final ListView<String> findings = new ListView<>();
    private final LedgerFigures figures;
    private final List<Finding> ledgerFindings;

    public NoticeEditor(Window owner, String draft, LedgerFigures figures, List<Finding> ledgerFindings,
            Exports exports) {
        this.figures = figures;
        this.ledgerFindings = List.copyOf(ledgerFindings);
        text.setId("noticeText");
        text.setWrapText(true);
        text.setText(draft);
        text.getStyleClass().add("notice-text");
        findings.setId("noticeFindings");
        findings.setPlaceholder(new Label(lang("notice.findings.none")));
        findings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        PauseTransition pause = new PauseTransition(Duration.millis(300));
        pause.setOnFinished(e -> check());
        text.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        check();

        Label checks = new Label(lang("notice.findings"));
        checks.getStyleClass().add("dashboard-heading");
        VBox side = new VBox(6, checks, findings);
        side.setPadding(new Insets(6));
        VBox.setVgrow(findings, Priority.ALWAYS);
        SplitPane split = new SplitPane(text, side);
        split.setDividerPositions(0.7);

        Button docx = new Button(lang("notice.export.docx"));
        docx.setId("noticeExportDocx");
        docx.setOnAction(e -> exports.docx(text.getText()));
        Button txt = new Button(lang("notice.export.text"));
        txt.setId("noticeExportText");
        txt.setOnAction(e -> exports.text(text.getText()));
        Button closing = new Button(lang("notice.closing.edit"));
        closing.setId("noticeEditClosing");
        closing.setOnAction(e -> exports.editClosing(text::setText));
        BorderPane root = new BorderPane(split);
        root.setTop(new ToolBar(docx, txt, closing));
        stage.initOwner(owner);
        stage.setTitle(lang("notice.title"));
        stage.setScene(ScreenFit.scene(root, 1100, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    private void check() {
        List<String> items = new ArrayList<>();
        NoticeFigureCheck.check(text.getText(), figures).forEach(f -> items.add(f.message()));
        ledgerFindings.forEach(f -> items.add(f.message()));
        findings.getItems().setAll(items);
    }

    /** The figure mismatches of the text as it stands. */
    public int mismatches() {
        return NoticeFigureCheck.check(text.getText(), figures).size();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
