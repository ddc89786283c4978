package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.report.docx.NoticeDocx;
import io.github.rectification.ledger.report.notice.CarriedOver;
import io.github.rectification.ledger.report.notice.NoticeDraft;
import io.github.rectification.ledger.report.notice.NoticeContact;
import io.github.rectification.ledger.report.notice.NoticeDrafter;
import io.github.rectification.ledger.report.notice.NoticeOptions;
import io.github.rectification.ledger.report.notice.NoticeTemplate;
import io.github.rectification.ledger.report.pdf.CjkFont;
import io.github.rectification.ledger.report.pdf.CjkFontLocator;
import io.github.rectification.ledger.report.pdf.FontNotFoundException;
import io.github.rectification.ledger.report.pdf.PdfPageImages;
import io.github.rectification.ledger.report.pdf.PrintedTablePdf;
import io.github.rectification.ledger.report.pdf.SummaryPdf;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.report.table.PrintedTable;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.xlsx.SummaryWorkbook;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogButtons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.DialogService.FileDialogConfig;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.common.UserFolders;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** What the Report menu does: print preview, PDF and Excel summaries, the notice, and the report settings. */
public final class ReportActions {
    /** Resolution of the preview and printed pages. */
    static final float PRINT_DPI = 150f;
    /** The most pages the print preview shows; a larger table is saved as PDF. */
    static final int PREVIEW_PAGES = 60;

    private final Stage owner;
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final ScopeChoice scope;
    private PrintPreview preview;
    private NoticeEditor notice;

    public ReportActions(Stage owner, LedgerSession session, TaskExecutor executor, DialogService dialogs,
            Supplier<LocalDate> today, ScopeChoice scope) {
        this.owner = owner;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        this.scope = scope;
        // the report windows show one ledger: when another is opened (or it closes), the notice keeps
        // its edits in its own ledger, and both windows close
        session.storeProperty().addListener((obs, old, now) -> {
            keepNotice();
            if (notice != null) {
                notice.stage().hide();
            }
            if (preview != null) {
                preview.stage().hide();
            }
        });
    }

    /** The inspections the reports count, chosen in the dashboard or the Report menu. */
    public ScopeChoice scope() {
        return scope;
    }

    private boolean ready() {
        return session.isOpen();
    }

    private SummaryDocument summary(LedgerStore store, LocalDate day, ReportScope counted) {
        return SummaryBuilder.of(StatisticsService.of(store, day, counted));
    }

    private CjkFont font(LedgerStore store) throws FontNotFoundException {
        return CjkFontLocator.open(ReportSettings.fontFile(store));
    }

    /** Report > Print preview: the summary's pages, to print. */
    public void printPreview() {
        if (!ready()) {
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        ReportScope counted = scope.get();
        executor.execute(BackgroundTask.wrap(() -> {
            LedgerStatistics stats = StatisticsService.of(store, day, counted);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CjkFont cjk = font(store)) {
                SummaryPdf.write(SummaryBuilder.of(stats), cjk, bytes);
            }
            List<Finding> findings = ReportSettings.shown(store, ConsistencyCheck.of(stats));
            return new Preview(PdfPageImages.render(bytes.toByteArray(), PRINT_DPI), findings);
        }).onSuccess(this::showPreview).onFailure(this::failed));
    }

    /** The pages to preview, and what the consistency checks found in the ledger. */
    private record Preview(List<BufferedImage> pages, List<Finding> findings) {
    }

    private void showPreview(Preview p) {
        if (preview != null) {
            preview.stage().close();
        }
        LedgerStore store = session.store();
        preview = new PrintPreview(owner, p.pages(), p.findings(), dialogs, this::exportPdf, kind -> mute(store, kind));
        preview.show();
    }

    /**
     * The grid's 打印表格: the table's pages in the print preview, from which they print or are saved
     * as PDF. A table of more pages than the preview holds is saved as PDF, to print from the viewer.
     */
    public void printTable(PrintedTable table) {
        if (!ready()) {
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        executor.execute(BackgroundTask.wrap(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CjkFont cjk = font(store)) {
                PrintedTablePdf.write(table, cjk, bytes);
            }
            byte[] pdf = bytes.toByteArray();
            int count = PdfPageImages.count(pdf);
            return new TablePages(pdf, count, count > PREVIEW_PAGES ? List.of() : PdfPageImages.render(pdf, PRINT_DPI));
        }).onSuccess(p -> showTable(p, day)).onFailure(this::failed));
    }

    /** A printed table: its PDF, its page count and, when the preview holds them, its pages. */
    private record TablePages(byte[] pdf, int count, List<BufferedImage> pages) {
    }

    private void showTable(TablePages p, LocalDate day) {
        Runnable savePdf = () -> save(lang("print.save.pdf"), lang("report.filter.pdf"), "pdf",
                lang("report.file.table"), day).ifPresent(file -> executor.execute(BackgroundTask.wrap(() -> {
                    AtomicFiles.write(file, out -> out.write(p.pdf()));
                    return file;
                }).onSuccess(this::written).onFailure(this::failed)));
        if (p.pages().isEmpty()) {
            dialogs.showInformation(lang("print.table.title"), lang("print.table.large", p.count(), PREVIEW_PAGES));
            savePdf.run();
            return;
        }
        if (preview != null) {
            preview.stage().close();
        }
        preview = new PrintPreview(owner, p.pages(), null, dialogs, savePdf, kind -> { });
        preview.stage().setTitle(lang("print.table.title"));
        preview.show();
    }

    /** Report > Export summary as PDF. */
    public void exportPdf() {
        if (!ready()) {
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        ReportScope counted = scope.get();
        save(lang("report.export.pdf"), lang("report.filter.pdf"), "pdf", lang("report.file.summary"), day)
                .ifPresent(file -> executor.execute(BackgroundTask.wrap(() -> {
                    try (CjkFont cjk = font(store)) {
                        SummaryPdf.write(summary(store, day, counted), cjk, file);
                    }
                    return file;
                }).onSuccess(this::written).onFailure(this::failed)));
    }

    /** Report > Export summary as Excel. */
    public void exportExcel() {
        if (!ready()) {
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        ReportScope counted = scope.get();
        save(lang("report.export.excel"), lang("report.filter.excel"), "xlsx", lang("report.file.summary"), day)
                .ifPresent(file -> executor.execute(BackgroundTask.wrap(() -> {
                    SummaryWorkbook.write(summary(store, day, counted), file);
                    return file;
                }).onSuccess(this::written).onFailure(this::failed)));
    }

    /** Report > Draft the notice: the editable draft with its checks. */
    public void draftNotice() {
        if (!ready()) {
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        ReportScope counted = scope.get();
        executor.execute(BackgroundTask.wrap(() -> NoticeInput.read(store, day, counted)).onSuccess(this::showNotice)
                .onFailure(this::failed));
    }

    private void showNotice(NoticeInput in) {
        if (in.draft() == null) {
            dialogs.showInformation(lang("notice.title"), lang("notice.no.inspection"));
            return;
        }
        if (notice != null) {
            notice.stage().close();
        }
        String fresh = in.draft().text();
        // the ledger the draft is of, also when another ledger is opened while the editor is shown
        LedgerStore of = session.store();
        notice = new NoticeEditor(owner, in.kept().orElse(fresh), fresh, in.figures(), in.findings(),
                new NoticeEditor.Exports() {
            @Override
            public void docx(String text) {
                exportNotice(text, true);
            }

            @Override
            public void text(String text) {
                exportNotice(text, false);
            }

            @Override
            public void editClosing(Consumer<String> redraft) {
                ReportActions.this.editClosing(redraft);
            }

            @Override
            public boolean keep(String text) {
                return keepDraft(of, text);
            }

            @Override
            public void redraft(Consumer<String> replace) {
                if (dialogs.showConfirmation(lang("notice.title"), lang("notice.redraft.confirm"), lang("notice.redraft"))) {
                    LocalDate day = today.get();
                    ReportScope counted = scope.get();
                    executor.execute(BackgroundTask.wrap(() -> NoticeInput.read(of, day, counted))
                            .onSuccess(again -> {
                                if (again.draft() != null) {
                                    replace.accept(again.draft().text());
                                }
                            }).onFailure(ReportActions.this::failed));
                }
            }

            @Override
            public boolean closeWithoutKeeping() {
                return dialogs.showConfirmation(lang("notice.title"), lang("notice.kept.lost"), lang("notice.close.anyway"));
            }
        });
        notice.show();
    }

    /** Shows a kind of finding no more in this ledger (the office knows of it and has decided). */
    private void mute(LedgerStore store, Finding.Kind kind) {
        if (store.isClosed() || store.readOnly()) {
            return;
        }
        java.util.Set<Finding.Kind> muted = ReportSettings.mutedChecks(store);
        muted.add(kind);
        ReportSettings.setMutedChecks(store, muted);
        session.changed(null);
    }

    /** Keeps an edited draft in the ledger (empty: forgets it); false when the ledger cannot be written. */
    private static boolean keepDraft(LedgerStore store, String text) {
        if (store.isClosed() || store.readOnly()) {
            return false;
        }
        try {
            ReportSettings.setNoticeDraft(store, text);
            return true;
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(ReportActions.class.getName()).log(java.util.logging.Level.WARNING,
                    "notice draft not kept", e);
            return false;
        }
    }

    /** Keeps the notice editor's edits in its ledger now, before the ledger is closed. */
    public void keepNotice() {
        if (notice != null && notice.stage().isShowing()) {
            notice.keepNow();
        }
    }

    public NoticeEditor noticeEditor() {
        return notice;
    }

    public PrintPreview printPreviewWindow() {
        return preview;
    }

    private void exportNotice(String text, boolean docx) {
        if (notice != null && notice.mismatches() > 0 && !dialogs.showConfirmation(lang("notice.title"),
                lang("notice.mismatch.confirm", notice.mismatches()), lang("notice.export.anyway"))) {
            return;
        }
        Optional<Path> target = docx
                ? save(lang("notice.export.docx"), lang("report.filter.docx"), "docx", lang("notice.file"), today.get())
                : save(lang("notice.export.text"), lang("report.filter.text"), "txt", lang("notice.file"), today.get());
        target.ifPresent(file -> executor.execute(BackgroundTask.wrap(() -> {
            if (docx) {
                NoticeDocx.write(NoticeDraft.parse(text), file);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            return file;
        }).onSuccess(this::written).onFailure(this::failed)));
    }

    /** The closing part of the notice, kept in the ledger; the draft is made again with it. */
    private void editClosing(Consumer<String> redraft) {
        LedgerStore store = session.store();
        TextArea area = new TextArea(ReportSettings.noticeClosing(store).orElse(NoticeTemplate.DEFAULT_CLOSING));
        area.setId("closingTemplate");
        area.setWrapText(true);
        area.setPrefSize(720, 360);
        Dialog<ButtonType> d = dialog(lang("notice.closing.edit"), area);
        d.setHeaderText(lang("notice.closing.hint"));
        if (d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            ReportSettings.setNoticeClosing(store, area.getText());
            LocalDate day = today.get();
            ReportScope counted = scope.get();
            executor.execute(BackgroundTask.wrap(() -> NoticeInput.read(store, day, counted))
                    .onSuccess(in -> redraft.accept(in.draft().text())).onFailure(this::failed));
        }
    }

    /** Report > Counting rule: stored in the ledger; every view counts again. */
    public void setCountingRule(CountingRule rule) {
        if (ready() && !rule.equals(session.store().settings().countingRule())) {
            session.store().settings().setCountingRule(rule);
            session.changed(null);
        }
    }

    public CountingRule countingRule() {
        return ready() ? session.store().settings().countingRule() : CountingRule.DEFAULT;
    }

    /** Report > Warning bands: the days before a deadline when a measure turns yellow and blue. */
    public void editWarningBands() {
        if (!ready()) {
            return;
        }
        WarningBands now = ReportSettings.warningBands(session.store());
        Spinner<Integer> soon = new Spinner<>(0, 365, now.dueSoonDays());
        soon.setId("bandDueSoon");
        soon.setEditable(true);
        Spinner<Integer> upcoming = new Spinner<>(0, 365, now.upcomingDays());
        upcoming.setId("bandUpcoming");
        upcoming.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(lang("settings.warning.due.soon")), soon);
        grid.addRow(1, new Label(lang("settings.warning.upcoming")), upcoming);
        Dialog<ButtonType> d = dialog(lang("bands.title"), grid);
        if (d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            try {
                ReportSettings.setWarningBands(session.store(), new WarningBands(soon.getValue(), upcoming.getValue()));
                session.changed(null);
            } catch (IllegalArgumentException e) {
                dialogs.showError(e.getMessage(), e);
            }
        }
    }

    /** Report > PDF font: a TrueType font file that wins over the system's. */
    public void chooseFont() {
        if (!ready()) {
            return;
        }
        Optional<Path> chosen = dialogs.showOpenDialog(new FileDialogConfig(lang("font.choose"), null,
                lang("font.filter"), List.of("ttf", "ttc"), null));
        if (chosen.isEmpty()) {
            return;
        }
        try (CjkFont font = CjkFontLocator.open(chosen)) {
            ReportSettings.setFontFile(session.store(), chosen.get());
            dialogs.showInformation(lang("font.choose"), lang("font.chosen", font.name(), chosen.get()));
        } catch (FontNotFoundException | java.io.IOException e) {
            dialogs.showError(e.getMessage(), e);
        }
    }

    /** Asks where to write a file of {@code extension}, suggesting the ledger's name, what it is and the day. */
    private Optional<Path> save(String title, String filter, String extension, String what, LocalDate day) {
        String name = UserFolders.reportName(session.store().file(), what, day, extension);
        return dialogs.showSaveDialog(new FileDialogConfig(title, null, filter, List.of(extension), name))
                .map(file -> UserFolders.withExtension(file, extension));
    }

    private void written(Path file) {
        dialogs.showInformation(lang("report.written.title"), lang("report.written", file));
    }

    private void failed(Exception e) {
        dialogs.showError(e instanceof FontNotFoundException ? e.getMessage() : lang("report.failed"), e);
    }

    private Dialog<ButtonType> dialog(String title, javafx.scene.Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        return d;
    }

    /** What the notice editor needs, read in the background. */
    private record NoticeInput(NoticeDraft draft, LedgerFigures figures, List<Finding> findings, Optional<String> kept) {
        /** The notice of the inspections of {@code scope}, its figures, and what the checks found in them. */
        static NoticeInput read(LedgerStore store, LocalDate day, ReportScope scope) {
            Ledger ledger = store.inspections().snapshot();
            Ledger part = scope.apply(ledger);
            if (part.inspections().isEmpty()) {
                return new NoticeInput(null, null, List.of(), Optional.empty());
            }
            CountingRule rule = store.settings().countingRule();
            Inspection inspection = NoticeDrafter.defaultInspection(part);
            String closing = ReportSettings.noticeClosing(store).orElse(NoticeTemplate.DEFAULT_CLOSING);
            LedgerStatistics stats = StatisticsService.compute(part, rule, ReportSettings.warningBands(store), day,
                    store.directory().lookup());
            LocalDate noticeDate = inspection.reportDate() != null ? inspection.reportDate() : day;
            NoticeOptions options = new NoticeOptions(day, noticeDate, closing, NoticeContact.of(store))
                    .withCarried(CarriedOver.of(store, inspection).orElse(null));
            return new NoticeInput(NoticeDrafter.draft(ledger, scope, rule, options),
                    NoticeDrafter.figures(ledger, scope, rule, day), ReportSettings.shown(store, ConsistencyCheck.of(stats)),
                    ReportSettings.noticeDraft(store));
        }
    }
}
