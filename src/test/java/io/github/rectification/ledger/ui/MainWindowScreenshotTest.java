package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the main window on a filled ledger, written to target/screenshots. */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotTest {
    @TempDir
    static Path dir;
    private MainWindow window;
    private UiPreferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = dir.resolve("seed-" + UUID.randomUUID() + ".zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            fill(store);
        }
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        window = MainWindow.show(stage, file, prefs);
        // within the headless screen (1280 × 800)
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    static void fill(LedgerStore store) {
        Inspection i = store.add(new Inspection(0, "十二届市委第一轮巡察", "中共温州市民政局党组", "市委第一巡察组",
                LocalDate.of(2021, 9, 10), LocalDate.of(2021, 11, 10), LocalDate.of(2021, 12, 28), null, 0));
        Problem p1 = store.add(new Problem(0, i.id(), null, "(一)", "党的理论和路线方针政策贯彻落实方面",
                "党组领导核心作用发挥不充分", "", 0));
        store.add(new Measure(0, p1.id(), "1.", "严格落实党组理论学习中心组学习制度，全年集中学习不少于12次", "局党组书记",
                "办公室", List.of("机关党委"), "张三", Deadline.on(LocalDate.of(2022, 3, 31)), Status.DONE,
                LocalDate.of(2022, 3, 20), "已组织集中学习12次", "", 0));
        store.add(new Measure(0, p1.id(), "2.", "健全“三重一大”事项集体决策机制", "局长", "政策法规处", List.of(),
                "李四", Deadline.longTerm(), Status.LONG_TERM, null, "", "", 0));
        Problem p2 = store.add(new Problem(0, i.id(), null, "(二)", "全面从严治党方面",
                "养老服务机构安全监管存在薄弱环节", "", 0));
        store.add(new Measure(0, p2.id(), "1.", "开展全市养老机构安全隐患排查整治专项行动", "分管副局长", "养老服务处",
                List.of(), "王五", Deadline.on(LocalDate.of(2022, 6, 30)), Status.IN_PROGRESS, null,
                "已排查机构42家", "", 0));
        store.add(new Measure(0, p2.id(), "2.", "建立养老服务补贴资金监管长效机制", "分管副局长", "财务审计处",
                List.of(), "赵六", Deadline.on(LocalDate.of(2099, 12, 31)), Status.NOT_STARTED, null, "", "", 0));
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        prefs.node().removeNode();
    }

    @Test
    void mainWindowWithSeedLedger(FxRobot robot) throws Exception {
        long measureId = WaitForAsyncUtils.asyncFx(() -> {
            LedgerStore s = window.session().store();
            long inspection = s.inspections().get(0).id();
            long problem = s.problems(inspection, null).get(1).id();
            long id = s.measures(problem).get(0).id();
            window.treeViewModel().select(NodeKey.measure(id));
            window.treeViewModel().select(NodeKey.problem(s.problems(inspection, null).get(0).id()));
            window.treeViewModel().select(NodeKey.measure(id));
            return id;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#statusFigures").queryLabeled().getText().contains("%"));
        assertThat(window.treeViewModel().selectedKey()).contains(NodeKey.measure(measureId));
        Path png = Screenshots.write(stage.getScene(), "main-window");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
