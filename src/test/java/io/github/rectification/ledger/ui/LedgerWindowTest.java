package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.tree.TreeNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole editing round through the real controls: create, edit, undo, filter, reopen. */
@ExtendWith(ApplicationExtension.class)
class LedgerWindowTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private UiPreferences prefs;
    private Path file;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        file = dir.resolve("测试台账.zgtz");
        window = MainWindow.show(stage, file, prefs);
    }

    @BeforeEach
    void awaitOpen() throws Exception {
        OpenedWindows.awaitOpen(window);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        prefs.node().removeNode();
    }

    @Test
    void createEditUndoFilterAndReopen(FxRobot robot) throws Exception {
        // an empty ledger greets with the next steps
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isTrue();
        robot.clickOn("#welcomeNewInspection");
        replaceText(robot, "#inspectionName", "市委第一巡察组巡察市民政局");
        robot.clickOn("#applyButton");
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isFalse();

        robot.clickOn("#addProblem");
        replaceText(robot, "#problemTitle", "养老服务机构监管不到位");
        robot.clickOn("#applyButton");

        robot.clickOn("#addMeasure");
        replaceText(robot, "#measureText", "开展全市养老机构安全隐患排查整治");
        replaceText(robot, "#measureDepartment", "养老服务处");
        robot.clickOn("#applyButton");

        clickCell(robot, "养老服务机构监管不到位");
        robot.clickOn("#addMeasure");
        replaceText(robot, "#measureText", "建立民政资金监管长效机制");
        replaceText(robot, "#measureDepartment", "财务审计处");
        robot.clickOn("#applyButton");

        LedgerStore store = window.session().store();
        assertThat(store.inspections().all()).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo("市委第一巡察组巡察市民政局"));
        Problem problem = store.inspections().problems(store.inspections().all().get(0).id(), null).get(0);
        assertThat(problem.title()).isEqualTo("养老服务机构监管不到位");
        List<Measure> measures = store.inspections().measures(problem.id());
        assertThat(measures).extracting(Measure::text)
                .containsExactly("开展全市养老机构安全隐患排查整治", "建立民政资金监管长效机制");
        assertThat(measures).extracting(Measure::seq).containsExactly("1.", "2.");

        // edit the first measure: done, with progress
        clickCell(robot, "开展全市养老机构安全隐患排查整治");
        robot.clickOn("#measureStatus");
        robot.clickOn("已完成");
        replaceText(robot, "#measureProgress", "已排查机构42家，整改隐患17处");
        robot.clickOn("#applyButton");
        Measure edited = store.inspections().measure(measures.get(0).id()).orElseThrow();
        assertThat(edited.status()).isEqualTo(Status.DONE);
        assertThat(edited.progress()).isEqualTo("已排查机构42家，整改隐患17处");

        // undo with Ctrl+Z from the tree
        clickCell(robot, "开展全市养老机构安全隐患排查整治");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Measure undone = store.inspections().measure(measures.get(0).id()).orElseThrow();
        assertThat(undone.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(undone.progress()).isEmpty();

        // filter by a Chinese substring of three or more characters, then by a two-character word
        robot.clickOn("#searchField").write("资金监管");
        waitUntil(() -> measureTexts(robot).equals(List.of("建立民政资金监管长效机制")));
        robot.doubleClickOn("#searchField").eraseText(4).write("养老");
        waitUntil(() -> measureTexts(robot).equals(List.of("开展全市养老机构安全隐患排查整治", "建立民政资金监管长效机制")));
        robot.doubleClickOn("#searchField").eraseText(2).write("隐患");
        waitUntil(() -> measureTexts(robot).equals(List.of("开展全市养老机构安全隐患排查整治")));

        // quit through File > Quit, start the window again on the same file and find everything there
        robot.clickOn("#menuFile").clickOn("#menuFileQuit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(window.session().isOpen()).isFalse();
        window = WaitForAsyncUtils.asyncFx(() -> MainWindow.show(new Stage(), file, prefs)).get(10, TimeUnit.SECONDS);
        OpenedWindows.awaitOpen(window);
        assertThat(window.session().store()).isNotSameAs(store);
        expandAll(robot);
        waitUntil(() -> measureTexts(robot).equals(List.of("开展全市养老机构安全隐患排查整治", "建立民政资金监管长效机制")));
        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("市委第一巡察组巡察市民政局"))
                .anyMatch(t -> t.startsWith("(一) 养老服务机构监管不到位"));
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static void clickCell(FxRobot robot, String contains) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).query();
        robot.clickOn(cell);
    }

    @SuppressWarnings("unchecked")
    private static List<String> measureTexts(FxRobot robot) {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        List<String> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<TreeNode> item, List<String> out) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof TreeNode.MeasureNode m && isShown(item)) {
            out.add(m.measure().text());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }

    private static boolean isShown(TreeItem<?> item) {
        for (TreeItem<?> p = item.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            if (!p.isExpanded()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null).toList();
    }

    @SuppressWarnings("unchecked")
    private static void expandAll(FxRobot robot) throws Exception {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        io.github.rectification.ledger.ui.TreeRobot.expandAll(tree);
        WaitForAsyncUtils.waitForFxEvents();
    }


    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
