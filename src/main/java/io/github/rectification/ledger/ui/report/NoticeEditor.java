package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.report.notice.NoticeFigureCheck;
import io.github.rectification.ledger.report.quality.FindingLines;
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
 * checked against the ledger as the user types, next to the ledger's own consistency findings. An
 * edited draft is kept in the ledger a moment after each edit and when the window closes, and opens
 * again next time; 重新起草 replaces it with a draft made from the ledger as it is now.
 */
public final class NoticeEditor {
    /** What the editor exports with. */
    public interface Exports {
        void docx(String text);

        void text(String text);

        void editClosing(Consumer<String> redraft);

        /** Keeps the edited text in the ledger, or forgets it (empty); false when the ledger cannot be written. */
        boolean keep(String text);

        /** Drafts the notice again from the ledger and hands the text over. */
        void redraft(Consumer<String> replace);

        /** Asks whether to close although the edits cannot be kept; true to close. */
        boolean closeWithoutKeeping();
    }

    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final ListView<String> findings = new ListView<>();
    private final Label kept = new Label();
    private final LedgerFigures figures;
    private final List<Finding> ledgerFindings;
    private final Exports exports;
    private final PauseTransition keeping = new PauseTransition(Duration.millis(800));
    /** The text as drafted from the ledger: an edit is a text that differs from it. */
    private String drafted;
    private boolean keptNow = true;

    /**
     * @param draft the text to edit: the draft kept in the ledger, else {@code fresh}
     * @param fresh the draft made from the ledger as it is now
     */
    public NoticeEditor(Window owner, String draft, String fresh, LedgerFigures figures, List<Finding> ledgerFindings,
            Exports exports) {
        this.figures = figures;
        this.ledgerFindings = List.copyOf(ledgerFindings);
        this.exports = exports;
        this.drafted = fresh;
        text.setId("noticeText");
        text.setWrapText(true);
        text.setText(draft);
        kept.setId("noticeKept");
        kept.setText(draft.equals(fresh) ? "" : lang("notice.kept.opened"));
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
        keeping.setOnFinished(e -> keep());
        text.textProperty().addListener((obs, old, now) -> {
            keptNow = false;
            keeping.playFromStart();
        });
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
        closing.setOnAction(e -> exports.editClosing(this::drafted));
        Button redraft = new Button(lang("notice.redraft"));
        redraft.setId("noticeRedraft");
        redraft.setOnAction(e -> exports.redraft(this::drafted));
        BorderPane root = new BorderPane(split);
        root.setTop(new ToolBar(docx, txt, closing, redraft, kept));
        stage.initOwner(owner);
        stage.setTitle(lang("notice.title"));
        stage.setScene(ScreenFit.scene(root, 1100, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnCloseRequest(e -> {
            keeping.stop();
            if (!keptNow && !keep() && !exports.closeWithoutKeeping()) {
                e.consume();
            }
        });
    }

    /** Keeps edits not kept yet, at once (before the ledger closes). */
    public void keepNow() {
        keeping.stop();
        if (!keptNow) {
            keep();
        }
    }

    /** A draft made again from the ledger: it replaces the text, and nothing edited is kept any more. */
    private void drafted(String fresh) {
        drafted = fresh;
        text.setText(fresh);
    }

    /** Keeps the text in the ledger when it was edited, else forgets what was kept; true when done. */
    private boolean keep() {
        boolean edited = !text.getText().equals(drafted);
        keptNow = exports.keep(edited ? text.getText() : "");
        kept.setText(!keptNow ? lang("notice.kept.not") : edited ? lang("notice.kept") : "");
        return keptNow;
    }

    private void check() {
        List<String> items = new ArrayList<>();
        NoticeFigureCheck.check(text.getText(), figures).forEach(f -> items.add(f.message()));
        items.addAll(FindingLines.of(ledgerFindings));
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
