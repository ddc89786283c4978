package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.FxDialogService;
import io.github.rectification.ledger.ui.common.FxTaskExecutor;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.common.UserFolders;
import io.github.rectification.ledger.ui.conflicts.ConflictsActions;
import io.github.rectification.ledger.ui.returns.ReturnsRegisterActions;
import io.github.rectification.ledger.ui.directory.DirectoryActions;
import io.github.rectification.ledger.ui.distribution.DistributionActions;
import io.github.rectification.ledger.ui.exporter.ExportActions;
import io.github.rectification.ledger.ui.exporter.ExportProgressWindow;
import io.github.rectification.ledger.ui.form.FormView;
import io.github.rectification.ledger.ui.form.FormViewModel;
import io.github.rectification.ledger.ui.grid.GridView;
import io.github.rectification.ledger.ui.help.ShortcutsDialog;
import io.github.rectification.ledger.ui.grid.GridViewModel;
import io.github.rectification.ledger.ui.importer.ImportActions;
import io.github.rectification.ledger.ui.registers.AccountabilityFields;
import io.github.rectification.ledger.ui.registers.AccountabilityView;
import io.github.rectification.ledger.ui.registers.InstitutionFields;
import io.github.rectification.ledger.ui.registers.InstitutionView;
import io.github.rectification.ledger.ui.registers.RegisterViewModel;
import io.github.rectification.ledger.ui.report.DashboardView;
import io.github.rectification.ledger.ui.report.DashboardViewModel;
import io.github.rectification.ledger.ui.report.ReferenceDay;
import io.github.rectification.ledger.ui.report.ScopeChoice;
import io.github.rectification.ledger.ui.report.ReportActions;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.status.ReadOnlyBanner;
import io.github.rectification.ledger.ui.status.ReadOnlyBannerViewModel;
import io.github.rectification.ledger.ui.status.QualityWatchViewModel;
import io.github.rectification.ledger.ui.status.StatusBarView;
import io.github.rectification.ledger.ui.status.StatusBarViewModel;
import io.github.rectification.ledger.ui.tree.LedgerTreeView;
import io.github.rectification.ledger.ui.tree.LedgerTreeViewModel;
import io.github.rectification.ledger.ui.tree.TreeActions;
import io.github.rectification.ledger.ui.tree.TreeMode;
import io.github.rectification.ledger.ui.welcome.WelcomePane;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window, assembled from small views: menu bar ({@link MenuBarFactory}), the tabs
 * ({@link #createTabs()}: the ledger tree with its form, the registers; a dashboard tab goes there
 * too) and the status bar. Services (session, executor, dialogs, preferences) are made once here
 * and handed to the views.
 */
public final class MainWindow {
    /** The dashboard tab's id. */
    public static final String DASHBOARD_TAB = "tabDashboard";
    public static final String GRID_TAB = "tabGrid";
    private static final String STYLESHEET = "/io/github/rectification/ledger/ui/ledger.css";

    private final Stage stage;
    private final LedgerSession session = new LedgerSession();
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final Supplier<LocalDate> today;

    private final LedgerTreeViewModel treeViewModel;
    private final TreeActions treeActions;
    private final LedgerTreeView treeView;
    private final FormView formView;
    private final StatusBarViewModel statusViewModel;
    private final QualityWatchViewModel qualityWatch;
    private final WelcomePane welcome = new WelcomePane();
    private final FileActions fileActions;
    private final ExportActions exportActions;
    private final DistributionActions distributionActions;
    private final ConflictsActions conflictsActions;
    private final ReturnsRegisterActions returnsRegisterActions;
    private final DirectoryActions directoryActions;
    private final DashboardViewModel dashboardViewModel;
    private final GridViewModel gridViewModel;
    private DashboardView dashboardView;
    private final ReportActions reportActions;
    private final ImportActions importActions;
    private final ProductActions productActions;
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    private final BorderPane root = new BorderPane();

    public MainWindow(Stage stage, UiPreferences prefs, Supplier<LocalDate> today) {
        this.stage = stage;
        this.prefs = prefs;
        this.today = today;
        this.dialogs = new FxDialogService(stage, prefs::lastDirectory, prefs::storeLastDirectory);
        this.executor = new FxTaskExecutor(e -> dialogs.showError(lang("error.background"), e));
        session.useExecutor(executor);
        this.fileActions = new FileActions(session, dialogs, executor, prefs);
        this.importActions = new ImportActions(session, dialogs, executor, prefs::lastDirectory,
                prefs::storeLastDirectory, stage);
        this.exportActions = new ExportActions(session, dialogs, executor, prefs::lastDirectory,
                prefs::storeLastDirectory, task -> ExportProgressWindow.show(stage, task));
        this.distributionActions = new DistributionActions(stage, session, executor, dialogs, today,
                prefs::lastDirectory);
        this.conflictsActions = new ConflictsActions(stage, session, dialogs);
        importActions.setReviewConflicts(conflictsActions::open);
        this.returnsRegisterActions = new ReturnsRegisterActions(stage, session, dialogs, executor, today,
                () -> UserFolders.start(prefs.lastDirectory()));
        this.directoryActions = new DirectoryActions(stage, session, dialogs);
        this.productActions = new ProductActions(this);

        treeViewModel = new LedgerTreeViewModel(session, executor, today);
        treeActions = new TreeActions(session, treeViewModel, dialogs, stage);
        treeView = new LedgerTreeView(treeViewModel, treeActions);
        formView = new FormView(new FormViewModel(session, today, executor), dialogs);
        treeViewModel.setLeaveCheck(next -> formView.confirmLeave());
        fileActions.setBeforeLeave(formView::confirmLeave);
        // after 应用 or a delete the focus rests on the tree, never on a button that deletes or applies
        formView.setAfterApply(() -> treeView.treeView().requestFocus());
        treeActions.setAfterDelete(() -> treeView.treeView().requestFocus());
        treeViewModel.selectedProperty().addListener((obs, old, now) ->
                formView.show(now == null ? null : now.getValue().key()));
        statusViewModel = new StatusBarViewModel(session, executor, today);
        qualityWatch = new QualityWatchViewModel(session, executor, today);
        ReferenceDay referenceDay = new ReferenceDay(session, today);
        ScopeChoice scope = new ScopeChoice(session);
        dashboardViewModel = new DashboardViewModel(session, executor, referenceDay, scope);
        gridViewModel = new GridViewModel(session, executor, today);
        // the grid's text filter is the tree's search text: typing in either filters both
        gridViewModel.textProperty().bindBidirectional(treeViewModel.filterTextProperty());
        treeViewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue().key() != null
                    && now.getValue().key().kind() == io.github.rectification.ledger.ui.session.NodeKey.Kind.INSPECTION) {
                gridViewModel.follow(now.getValue().key().id());
            }
        });
        // the summaries, the print preview and the notice count the inspections and the day chosen in the dashboard
        reportActions = new ReportActions(stage, session, executor, dialogs, referenceDay::get, scope);
        gridViewModel.setPrinter(reportActions::printTable);

        welcome.actions().add(new WelcomePane.WelcomeAction("welcomeNewInspection", lang("action.add.inspection"),
                lang("welcome.new.inspection"), treeActions::addInspection, session.writableBinding()));
        welcome.actions().add(new WelcomePane.WelcomeAction("welcomeImport", lang("welcome.import"),
                lang("welcome.import.explanation"), importActions::chooseAndImport, session.writableBinding()));

        split = new SplitPane(treeView, formView);
        split.setDividerPositions(prefs.dividerPosition());
        SplitPane.setResizableWithParent(treeView, false);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(createTabs());
        root.setTop(new VBox(new MenuBarFactory(this).create(),
                new ReadOnlyBanner(new ReadOnlyBannerViewModel(session))));
        productActions.acceptDrops(root);
        productActions.deleteKeyOn(treeView.treeView());
        root.setCenter(tabs);
        BorderPane bottom = new BorderPane(new StatusBarView(statusViewModel, qualityWatch,
                () -> selectTab(DASHBOARD_TAB)));
        bottom.setRight(openingIndicator());
        root.setBottom(bottom);

        session.fileProperty().addListener((obs, old, file) -> stage.setTitle(file == null
                ? lang("app.title") : lang("app.title.file", file.getFileName(), file.getParent())));
        stage.setTitle(lang("app.title"));
    }

    /** The status bar's busy lines: a ledger being opened, a large change being written. */
    private javafx.scene.Node openingIndicator() {
        return new HBox(
                busyIndicator("openingIndicator", Bindings.createStringBinding(() -> lang("file.opening")),
                        fileActions.openingProperty()),
                // "正在写入：删除…" while a large change is written in the background (edits wait)
                busyIndicator("writingIndicator", Bindings.createStringBinding(() -> writingLine(
                        session.writingProperty().get(), session.writingProgressProperty().get()),
                        session.writingProperty(), session.writingProgressProperty()),
                        session.writingProperty().isNotEmpty(), session.writingProgressProperty()));
    }

    /** "正在写入：删除…", with how far it is once the store tells ("正在写入：删除… 40%"). */
    private static String writingLine(String what, double progress) {
        return progress < 0 ? lang("session.writing", what)
                : lang("session.writing.progress", what, String.valueOf((int) Math.floor(progress * 100)));
    }

    /** A spinner with a line, in the status bar while {@code shown}. */
    private static javafx.scene.Node busyIndicator(String id, javafx.beans.value.ObservableStringValue text,
            javafx.beans.value.ObservableBooleanValue shown) {
        return busyIndicator(id, text, shown, null);
    }

    /**
     * A spinner with a line, in the status bar while {@code shown}; with {@code progress} (0 to 1,
     * negative while unknown) the spinner fills as the work goes on.
     */
    private static javafx.scene.Node busyIndicator(String id, javafx.beans.value.ObservableStringValue text,
            javafx.beans.value.ObservableBooleanValue shown, javafx.beans.value.ObservableDoubleValue progress) {
        ProgressIndicator spinner = new ProgressIndicator();
        if (progress != null) {
            spinner.progressProperty().bind(progress);
        }
        spinner.setPrefSize(16, 16);
        Label label = new Label();
        label.textProperty().bind(text);
        HBox box = new HBox(6, spinner, label);
        box.setId(id);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The top-level tabs, in order. A new tab (dashboard) is added to this list. */
    private List<Tab> createTabs() {
        StackPane ledger = new StackPane(split, welcome);
        // a ledger being opened or read is never called empty: the welcome pane waits for the tree
        welcome.visibleProperty().bind(treeViewModel.emptyProperty().and(fileActions.openingProperty().not()));
        split.visibleProperty().bind(welcome.visibleProperty().not());
        AccountabilityFields accountabilityForm = new AccountabilityFields();
        InstitutionFields institutionForm = new InstitutionFields();
        RegisterViewModel<AccountabilityRecord> accountability =
                new RegisterViewModel<>(session, executor, dialogs, accountabilityForm);
        RegisterViewModel<InstitutionRecord> institutions =
                new RegisterViewModel<>(session, executor, dialogs, institutionForm);
        return List.of(
                tab("tabLedger", lang("tab.ledger"), ledger),
                builtWhenShown("tabAccountability", lang("tab.accountability"),
                        () -> new AccountabilityView(accountability, accountabilityForm)),
                builtWhenShown("tabInstitutions", lang("tab.institutions"),
                        () -> new InstitutionView(institutions, institutionForm)),
                dashboardTab(),
                gridTab());
    }

    /**
     * A tab whose view is built when the tab is first shown: the window's first show then lays out
     * and styles only what it shows.
     */
    private static Tab builtWhenShown(String id, String text, Supplier<javafx.scene.Node> view) {
        StackPane placeholder = new StackPane();
        Tab t = tab(id, text, placeholder);
        t.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && t.getContent() == placeholder) {
                t.setContent(view.get());
            }
        });
        return t;
    }

    /** The measure grid is built when first shown, and reads the ledger only while it is shown. */
    private Tab gridTab() {
        Tab t = tab(GRID_TAB, lang("tab.grid"), new StackPane());
        t.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && t.getContent() instanceof StackPane) {
                t.setContent(new GridView(gridViewModel));
            }
            gridViewModel.setActive(shown);
        });
        return t;
    }

    public GridViewModel gridViewModel() {
        return gridViewModel;
    }

    /** The dashboard is built when first shown, and counts only while it is shown. */
    private Tab dashboardTab() {
        Tab t = tab(DASHBOARD_TAB, lang("tab.dashboard"), new StackPane());
        t.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && dashboardView == null) {
                dashboardView = new DashboardView(dashboardViewModel, this::showMeasure);
                t.setContent(dashboardView);
            }
            dashboardViewModel.setActive(shown);
        });
        return t;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    /** Opens the window on a ledger file: the given one, else the last one opened, else the default ledger. */
    public static MainWindow show(Stage stage, Path file, UiPreferences prefs) {
        MainWindow w = new MainWindow(stage, prefs, LocalDate::now);
        Scene scene = new Scene(w.root, 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        w.restoreBounds();
        stage.setOnCloseRequest(e -> {
            if (w.formView.confirmLeave()) {
                w.shutdown();
            } else {
                e.consume();
            }
        });
        // the ledger is opened in the background while the window is laid out and first drawn
        w.fileActions.openAtStart(file);
        stage.show();
        return w;
    }

    private void restoreBounds() {
        double[] b = prefs.windowBounds();
        if (b != null && !Screen.getScreensForRectangle(new Rectangle2D(b[0], b[1], b[2], b[3])).isEmpty()) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        }
        stage.setMaximized(prefs.windowMaximized());
    }

    /** Remembers the window and closes the ledger and the background threads. */
    public void shutdown() {
        prefs.storeWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        if (split.getDividers().size() == 1) {
            prefs.storeDividerPosition(split.getDividers().get(0).getPosition());
        }
        reportActions.keepNotice();
        session.close();
        executor.close();
    }

    /** File > Quit; stays open when the user keeps changes not applied yet. */
    public void close() {
        if (!formView.confirmLeave()) {
            return;
        }
        shutdown();
        stage.close();
    }

    // ---------------------------------------------------------------- for menus and later features

    public Stage stage() {
        return stage;
    }

    public BorderPane root() {
        return root;
    }

    public LedgerSession session() {
        return session;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public UiPreferences preferences() {
        return prefs;
    }

    public Supplier<LocalDate> today() {
        return today;
    }

    /** File > Export. */
    public ExportActions exportActions() {
        return exportActions;
    }

    public DistributionActions distributionActions() {
        return distributionActions;
    }

    public ConflictsActions conflictsActions() {
        return conflictsActions;
    }

    public ReturnsRegisterActions returnsRegisterActions() {
        return returnsRegisterActions;
    }

    public DirectoryActions directoryActions() {
        return directoryActions;
    }

    public FileActions fileActions() {
        return fileActions;
    }

    public ImportActions importActions() {
        return importActions;
    }

    /** Restore backup, history, settings, About, an Excel file dropped onto the window. */
    public ProductActions productActions() {
        return productActions;
    }

    public TreeActions treeActions() {
        return treeActions;
    }

    public FormView formView() {
        return formView;
    }

    public LedgerTreeViewModel treeViewModel() {
        return treeViewModel;
    }

    /** The next steps shown on an empty ledger; features add theirs (import an Excel ledger). */
    public WelcomePane welcomePane() {
        return welcome;
    }

    /** The quality check the status bar shows (run on opening a ledger and after each import). */
    public QualityWatchViewModel qualityWatch() {
        return qualityWatch;
    }

    public TabPane tabs() {
        return tabs;
    }

    public void selectTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** Selects the tab with this id. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows a measure in the ledger tree (from the dashboard's warning lists). */
    public void showMeasure(long measureId) {
        selectTab(0);
        treeViewModel.modeProperty().set(TreeMode.BY_INSPECTION);
        treeViewModel.select(io.github.rectification.ledger.ui.session.NodeKey.measure(measureId));
    }

    public ReportActions reportActions() {
        return reportActions;
    }

    public DashboardViewModel dashboardViewModel() {
        return dashboardViewModel;
    }

    public void showTreeMode(TreeMode mode) {
        selectTab(0);
        treeViewModel.modeProperty().set(mode);
    }

    public void focusSearch() {
        selectTab(0);
        treeView.focusSearch();
    }

    /** Help > Keyboard shortcuts. */
    public void showShortcuts() {
        new ShortcutsDialog(stage).showAndWait();
    }
}
