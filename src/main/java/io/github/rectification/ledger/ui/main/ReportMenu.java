package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;
import static io.github.rectification.ledger.ui.main.WindowActions.action;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.ui.report.ReportActions;
import io.github.rectification.ledger.ui.report.ScopeMenu;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The Report menu: dashboard, print preview, summary exports, the notice, and the counting settings. */
final class ReportMenu {
    private final MainWindow window;

    ReportMenu(MainWindow window) {
        this.window = window;
    }

    WindowActions.MenuSpec spec() {
        ReportActions r = window.reportActions();
        ObservableBooleanValue open = window.session().storeProperty().isNotNull();
        return new WindowActions.MenuSpec("menuReport", lang("menu.report"), List.of(
                action("menuReportDashboard", lang("tab.dashboard"), null, () -> window.selectTab(MainWindow.DASHBOARD_TAB)),
                new WindowActions.Custom(() -> scopeMenu(r)),
                WindowActions.SEPARATOR,
                action("menuReportPreview", lang("menu.report.preview"), "Shortcut+P", r::printPreview).when(open),
                action("menuReportPdf", lang("report.export.pdf"), null, r::exportPdf).when(open),
                action("menuReportExcel", lang("report.export.excel"), null, r::exportExcel).when(open),
                WindowActions.SEPARATOR,
                action("menuReportNotice", lang("menu.report.notice"), "Shortcut+Shift+D", r::draftNotice).when(open),
                WindowActions.SEPARATOR,
                new WindowActions.Custom(() -> countingRuleMenu(r)),
                action("menuReportBands", lang("bands.title") + "…", null, r::editWarningBands).when(open),
                action("menuReportFont", lang("font.choose") + "…", null, r::chooseFont).when(open)));
    }

    /** The inspections the summaries count, listed each time the menu opens. */
    private Menu scopeMenu(ReportActions r) {
        Menu scope = MenuBarFactory.menu("menuReportScope", lang("scope.menu"), new MenuItem(lang("scope.whole")));
        scope.setOnShowing(e -> scope.getItems().setAll(ScopeMenu.items(r.scope())));
        scope.disableProperty().bind(window.session().storeProperty().isNull());
        return scope;
    }

    /**
     * Basis (measures / problems), whether long-term measures count as done and whether done measures
     * count only once struck off (销号), shown as the ledger has them.
     */
    private Menu countingRuleMenu(ReportActions r) {
        ToggleGroup basis = new ToggleGroup();
        RadioMenuItem measures = new RadioMenuItem(lang("rule.basis.measures"));
        measures.setId("menuRuleMeasures");
        measures.setToggleGroup(basis);
        RadioMenuItem problems = new RadioMenuItem(lang("rule.basis.problems"));
        problems.setId("menuRuleProblems");
        problems.setToggleGroup(basis);
        CheckMenuItem longTerm = new CheckMenuItem(lang("rule.long.term"));
        longTerm.setId("menuRuleLongTerm");
        CheckMenuItem closedOnly = new CheckMenuItem(lang("rule.closed.only"));
        closedOnly.setId("menuRuleClosedOnly");
        Menu menu = MenuBarFactory.menu("menuReportRule", lang("menu.report.rule"), measures, problems,
                new SeparatorMenuItem(), longTerm, closedOnly);
        menu.setOnShowing(e -> {
            CountingRule now = r.countingRule();
            measures.setSelected(now.basis() == CountingRule.Basis.MEASURES);
            problems.setSelected(now.basis() == CountingRule.Basis.PROBLEMS);
            longTerm.setSelected(now.longTermCountsAsDone());
            closedOnly.setSelected(now.doneWhen() == CountingRule.DoneWhen.CLOSED);
        });
        measures.setOnAction(e -> r.setCountingRule(r.countingRule().withBasis(CountingRule.Basis.MEASURES)));
        problems.setOnAction(e -> r.setCountingRule(r.countingRule().withBasis(CountingRule.Basis.PROBLEMS)));
        longTerm.setOnAction(e -> r.setCountingRule(r.countingRule().withLongTermCountsAsDone(longTerm.isSelected())));
        closedOnly.setOnAction(e -> r.setCountingRule(r.countingRule().withDoneWhen(
                closedOnly.isSelected() ? CountingRule.DoneWhen.CLOSED : CountingRule.DoneWhen.STATUS)));
        menu.disableProperty().bind(window.session().storeProperty().isNull());
        return menu;
    }
}
