package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.Buttons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.ScreenFit;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import io.github.rectification.ledger.report.quality.FindingLines;
import io.github.rectification.ledger.report.stats.Finding;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview of the leaders' summary: its A4 pages as they print, with page setup and
 * printing through the system's printers.
 */
public final class PrintPreview {
    /** Width of a page on screen, in pixels. */
    static final double PAGE_WIDTH = 680;

    private final Stage stage = new Stage();
    private final List<Image> pages = new ArrayList<>();
    private final DialogService dialogs;
    private PrinterJob job;

    private final Label checks = new Label();
    /**
     * @param findings what the consistency checks found in the ledger, shown above the pages so they
     *                 are put right before printing, a kind found many times in one line; null for
     *                 pages that are not checked (a printed table), shown without the checks
     * @param mute     keeps a kind of finding from being shown again in this ledger
     */
    public PrintPreview(Window owner, List<BufferedImage> images, List<Finding> findings, DialogService dialogs,
            Runnable exportPdf, Consumer<Finding.Kind> mute) {
        this.dialogs = dialogs;
        images.forEach(i -> pages.add(SwingFXUtils.toFXImage(i, null)));
        VBox sheets = new VBox(16);
        sheets.setId("previewPages");
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.getStyleClass().add("print-preview");
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(PAGE_WIDTH);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0.4)));
            sheets.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);

        Button setup = Buttons.of("previewPageSetup", lang("print.page.setup"), this::pageSetup);
        Button print = Buttons.of("previewPrint", lang("print.print"), this::print);
        Button pdf = Buttons.of("previewExportPdf", findings == null ? lang("print.save.pdf") : lang("report.export.pdf"), exportPdf);
        Label count = new Label(lang("print.pages", pages.size()));
        count.setId("previewPageCount");
        MenuButton muting = new MenuButton(lang("print.mute"));
        muting.setId("previewMute");
        ToolBar bar = new ToolBar(print, setup, pdf, count);

        BorderPane root = new BorderPane(scroll);
        checks.setId("previewChecks");
        checks.setWrapText(true);
        checks.setMaxWidth(Double.MAX_VALUE);
        checks.setPadding(new Insets(4, 8, 4, 8));
        if (findings == null) {
            root.setTop(bar);
        } else {
            bar.getItems().add(muting);
            checks(findings, muting, mute);
            root.setTop(new VBox(bar, checks));
        }
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(lang("print.preview.title"));
        stage.setScene(ScreenFit.scene(root, PAGE_WIDTH + 80, 820));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    private void checks(List<Finding> findings, MenuButton muting, Consumer<Finding.Kind> mute) {
        List<Finding> shown = new ArrayList<>(findings);
        showChecks(shown);
        for (Finding.Kind kind : EnumSet.copyOf(findings.stream().map(Finding::kind)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Finding.Kind.class))))) {
            MenuItem item = new MenuItem(lang("print.mute.kind", FindingLines.name(kind)));
            item.setOnAction(e -> {
                mute.accept(kind);
                shown.removeIf(f -> f.kind() == kind);
                muting.getItems().remove(item);
                muting.setDisable(muting.getItems().isEmpty());
                showChecks(shown);
            });
            muting.getItems().add(item);
        }
        muting.setDisable(muting.getItems().isEmpty());
    }

    private void showChecks(List<Finding> findings) {
        checks.setText(findings.isEmpty() ? lang("print.checks.none")
                : lang("print.checks", findings.size()) + "\n" + String.join("\n", FindingLines.of(findings)));
        checks.getStyleClass().removeAll("preview-checks-ok", "preview-checks");
        checks.getStyleClass().add(findings.isEmpty() ? "preview-checks-ok" : "preview-checks");
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public int pageCount() {
        return pages.size();
    }

    private boolean ensureJob() {
        if (job == null) {
            job = PrinterJob.createPrinterJob();
        }
        if (job == null) {
            dialogs.showInformation(lang("print.preview.title"), lang("print.no.printer"));
            return false;
        }
        return true;
    }

    private void pageSetup() {
        if (ensureJob()) {
            job.showPageSetupDialog(stage);
        }
    }

    private void print() {
        if (!ensureJob() || !job.showPrintDialog(stage)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (Image page : pages) {
            ImageView v = new ImageView(page);
            v.setPreserveRatio(true);
            v.setSmooth(true);
            v.setFitWidth(layout.getPrintableWidth());
            v.setFitHeight(layout.getPrintableHeight());
            ok = job.printPage(v);
            if (!ok) {
                break;
            }
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            dialogs.showInformation(lang("print.preview.title"), lang("print.failed"));
        }
        job = null;
    }
}
