package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.GroupFigures;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.ui.common.FigureWords;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import io.github.rectification.ledger.ui.common.DatePickers;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dashboard: the day it counts as of (截至, chosen here for the window's reports too), the key
 * figures in large type with the counting rule, a pie of the measures by
 * status, a stacked bar chart by lead department, and the deadline warnings grouped by department and
 * by leader. A click on a warning selects its measure in the ledger tree.
 */
public final class DashboardView extends ScrollPane {
    /** Height of one department's bar. */
    static final double ROW_HEIGHT = 22;
    private final Label problems = figure("figProblems");
    private final Label measures = figure("figMeasures");
    private final Label done = figure("figDone");
    private final Label rate = figure("figRate");
    private final Label unfinished = figure("figUnfinished");
    private final Label overdue = figure("figOverdue");
    private final Label rule = new Label();
    private final Label asOfText = new Label();
    private final MenuButton scopeMenu = new MenuButton();
    /** The caption of {@link #done}: the figure's name under the ledger's counting rule. */
    private final Label doneCaption = caption(lang("dashboard.done", lang("figure.counted.done")));
    private final PieChart statusChart = new PieChart();
    /** Departments down the side, so that each name shows in full. */
    private final StackedBarChart<Number, String> departmentChart =
            new StackedBarChart<>(new NumberAxis(), new CategoryAxis());
    private final HBox charts;
    private final Label noMeasures = new Label(lang("dashboard.no.measures"));
    private final WarningList byDepartment;
    private DirectoryLookup shownDepartments = DirectoryLookup.EMPTY;
    private final WarningList byLeader;
    private final QualityList checks;
    private final Label checksHeading = heading("");

    public DashboardView(DashboardViewModel viewModel, Consumer<Long> selectMeasure) {
        setId("dashboard");
        setFitToWidth(true);
        getStyleClass().add("dashboard");

        doneCaption.setId("figDoneCaption");
        rule.setId("figRule");
        rule.getStyleClass().add("dashboard-rule");
        rule.setWrapText(true);
        HBox tiles = new HBox(12,
                tile(problems, lang("dashboard.problems")),
                tile(measures, lang("dashboard.measures")),
                tile(done, doneCaption),
                tile(rate, lang("dashboard.rate")),
                tile(unfinished, lang("dashboard.unfinished")),
                tile(overdue, lang("dashboard.overdue")));

        statusChart.setId("statusChart");
        statusChart.setTitle(lang("dashboard.chart.status"));
        statusChart.setLegendSide(Side.RIGHT);
        statusChart.setLabelsVisible(false);
        statusChart.setAnimated(false);
        statusChart.setPrefSize(420, 300);
        departmentChart.setId("departmentChart");
        departmentChart.setTitle(lang("dashboard.chart.department"));
        departmentChart.setAnimated(false);
        departmentChart.setPrefSize(620, 300);
        departmentChart.getXAxis().setLabel(lang("dashboard.chart.measures"));
        departmentChart.setCategoryGap(4);
        HBox.setHgrow(departmentChart, Priority.ALWAYS);
        charts = new HBox(12, statusChart, departmentChart);
        // a ledger without measures has nothing to chart: it says so instead of showing empty axes
        noMeasures.setId("dashboardNoMeasures");
        noMeasures.getStyleClass().add("form-hint");
        noMeasures.setWrapText(true);
        noMeasures.managedProperty().bind(noMeasures.visibleProperty());
        noMeasures.setVisible(false);
        charts.managedProperty().bind(charts.visibleProperty());

        byDepartment = new WarningList("warningsByDepartment", lang("dashboard.group.department"),
                m -> blank(shownDepartments.canonical(m.department()), lang("dashboard.none.department")),
                selectMeasure);
        byLeader = new WarningList("warningsByLeader", lang("dashboard.group.leader"),
                m -> blank(m.leader(), lang("dashboard.none.leader")), selectMeasure);
        VBox left = new VBox(4, heading(lang("dashboard.warnings.department")), byDepartment);
        VBox right = new VBox(4, heading(lang("dashboard.warnings.leader")), byLeader);
        byDepartment.setPrefHeight(260);
        byLeader.setPrefHeight(260);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox lists = new HBox(12, left, right);
        checks = new QualityList(selectMeasure);
        checks.setPrefHeight(200);
        checks.managedProperty().bind(checks.visibleProperty());
        checksHeading.setId("qualityHeading");
        viewModel.checksProperty().addListener((obs, old, now) -> showChecks(now));

        Label title = new Label(lang("dashboard.title"));
        title.getStyleClass().add("dashboard-title");
        HBox heading = new HBox(12, title, asOf(viewModel.referenceDay()), scope(viewModel.scope()));
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, heading, tiles, rule, charts, noMeasures, lists,
                new VBox(4, checksHeading, checks));
        content.setPadding(new Insets(12));
        setContent(content);

        viewModel.statisticsProperty().addListener((obs, old, now) -> {
            asOfText.setText(viewModel.referenceDay().text());
            scopeMenu.setText(lang("scope.label", viewModel.scope().text()));
            show(now);
        });
        show(viewModel.statisticsProperty().get());
        showChecks(viewModel.checksProperty().get());
    }

    /**
     * 截至: the day counted as of, a date picker to choose another, and a menu of today and the
     * ledger's 填报日期.
     */
    private HBox asOf(ReferenceDay day) {
        asOfText.setId("asOfText");
        asOfText.getStyleClass().add("dashboard-asof");
        asOfText.setText(day.text());
        DatePicker picker = DatePickers.iso("asOfDate");
        picker.setPrefWidth(140);
        picker.setValue(day.get());
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(day.get())) {
                day.chosenProperty().set(now);
            }
        });
        MenuButton offers = new MenuButton(lang("asof.offers"));
        offers.setId("asOfOffers");
        offers.setOnShowing(e -> offers.getItems().setAll(day.offers().stream().map(o -> {
            MenuItem item = new MenuItem(o.label());
            item.setOnAction(a -> day.chosenProperty().set(o.day()));
            return item;
        }).toList()));
        // a placeholder, so that the menu opens; its items are made each time it is shown
        offers.getItems().add(new MenuItem(lang("asof.today")));
        day.chosenProperty().addListener((obs, old, now) -> {
            picker.setValue(day.get());
            asOfText.setText(day.text());
        });
        picker.setTooltip(new javafx.scene.control.Tooltip(lang("asof.label")));
        picker.setAccessibleText(lang("asof.label"));
        HBox box = new HBox(6, asOfText, picker, offers);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** 统计范围: the inspections counted, in a menu of the whole ledger and each inspection. */
    private MenuButton scope(ScopeChoice choice) {
        MenuButton menu = scopeMenu;
        menu.setText(lang("scope.label", choice.text()));
        menu.setId("scopeChoice");
        menu.setOnShowing(e -> menu.getItems().setAll(ScopeMenu.items(choice)));
        // a placeholder, so that the menu opens; its items are made each time it is shown
        menu.getItems().add(new MenuItem(lang("scope.whole")));
        choice.chosenProperty().addListener((obs, old, now) -> menu.setText(lang("scope.label", choice.text())));
        return menu;
    }

    private void show(LedgerStatistics s) {
        if (s == null) {
            for (Label l : new Label[] {problems, measures, done, rate, unfinished, overdue}) {
                l.setText("—");
            }
            rule.setText("");
            statusChart.getData().clear();
            departmentChart.getData().clear();
            byDepartment.show(java.util.List.of());
            byLeader.show(java.util.List.of());
            return;
        }
        // the warnings are grouped by department as the bars count them: an alias under its department
        shownDepartments = s.directory();
        LedgerFigures f = s.figures();
        charts.setVisible(f.measures() > 0);
        noMeasures.setVisible(f.measures() == 0);
        problems.setText(Integer.toString(f.problems()));
        measures.setText(Integer.toString(f.measures()));
        done.setText(Integer.toString(f.measuresCountedDone()));
        doneCaption.setText(lang("dashboard.done", FigureWords.countedDone(f.rule())));
        rate.setText(f.rate().formatted());
        unfinished.setText(Integer.toString(f.measuresUnfinished()));
        overdue.setText(Integer.toString(f.overdue()));
        rule.setText(lang("dashboard.rule", FigureWords.rule(f.rule(), f.count(Status.LONG_TERM))));

        // every status in a fixed order, so each keeps its colour (ledger.css)
        statusChart.setData(FXCollections.observableArrayList());
        for (Status st : Status.values()) {
            statusChart.getData().add(new PieChart.Data(st.word() + " " + f.count(st), f.count(st)));
        }
        departmentChart.getData().clear();
        XYChart.Series<Number, String> doneSeries = new XYChart.Series<>();
        doneSeries.setName(Status.DONE.word());
        XYChart.Series<Number, String> longTermSeries = new XYChart.Series<>();
        longTermSeries.setName(Status.LONG_TERM.word());
        XYChart.Series<Number, String> openSeries = new XYChart.Series<>();
        openSeries.setName(lang("dashboard.series.unfinished"));
        // the department with the most measures on top (the axis draws its first category at the bottom)
        java.util.List<GroupFigures> departments = DepartmentBars.bottomUp(s.byDepartment());
        for (GroupFigures g : departments) {
            LedgerFigures gf = g.figures();
            doneSeries.getData().add(new XYChart.Data<>(gf.count(Status.DONE), g.name()));
            longTermSeries.getData().add(new XYChart.Data<>(gf.count(Status.LONG_TERM), g.name()));
            openSeries.getData().add(new XYChart.Data<>(gf.measuresUnfinished(), g.name()));
        }
        departmentChart.setPrefHeight(Math.max(300, 90 + ROW_HEIGHT * departments.size()));
        // whole measures on the scale: 0 to the largest department, in steps of whole numbers
        int most = departments.stream().mapToInt(g -> g.figures().measures()).max().orElse(0);
        NumberAxis counts = (NumberAxis) departmentChart.getXAxis();
        counts.setAutoRanging(false);
        counts.setMinorTickVisible(false);
        counts.setLowerBound(0);
        counts.setUpperBound(Math.max(1, most));
        counts.setTickUnit(Math.max(1, Math.ceil(most / 10.0)));
        departmentChart.getData().setAll(java.util.List.of(doneSeries, longTermSeries, openSeries));
        // after the data: a stacked bar chart adds the categories of its data to the axis and never takes
        // out those of data it no longer has, so the axis is given the departments counted now
        java.util.List<String> names = departments.stream().map(GroupFigures::name).toList();
        CategoryAxis axis = (CategoryAxis) departmentChart.getYAxis();
        axis.setCategories(FXCollections.observableArrayList(names));
        axis.invalidateRange(names);
        byDepartment.show(s.warnings());
        byLeader.show(s.warnings());
    }

    private void showChecks(java.util.List<io.github.rectification.ledger.report.quality.QualityFinding> found) {
        int records = found.stream().mapToInt(f -> f.records().size()).sum();
        // a clean ledger says so in one line, without an empty list under it
        checksHeading.setText(found.isEmpty() ? lang("dashboard.checks.none") : lang("dashboard.checks.count",
                found.size(), records));
        checks.setVisible(!found.isEmpty());
        checks.show(found);
    }

    private static Label figure(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("dashboard-figure");
        return l;
    }

    private static VBox tile(Label value, String caption) {
        return tile(value, caption(caption));
    }

    private static Label caption(String text) {
        Label c = new Label(text);
        c.getStyleClass().add("dashboard-caption");
        return c;
    }

    private static VBox tile(Label value, Label c) {
        VBox box = new VBox(2, value, c);
        box.getStyleClass().add("dashboard-tile");
        box.setMinWidth(130);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dashboard-heading");
        return l;
    }

    private static String blank(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }

    /** The quality check's list, for the window's tests. */
    QualityList qualityChecks() {
        return checks;
    }

    /** The department warning list, for the window's tests. */
    WarningList departmentWarnings() {
        return byDepartment;
    }
}
