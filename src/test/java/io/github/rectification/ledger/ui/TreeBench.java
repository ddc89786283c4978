package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.QueuedTaskExecutor;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.status.StatusBarViewModel;
import io.github.rectification.ledger.ui.tree.LedgerTreeViewModel;
import io.github.rectification.ledger.ui.tree.TreeMode;
import io.github.rectification.ledger.ui.tree.TreeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import io.github.rectification.ledger.ui.tree.TreeNodeViewModel;
import org.junit.jupiter.api.Test;

/**
 * How the window's models cope with a ledger of 100,000 measures: prints the time of each step the
 * user waits for. Not part of {@code mvn verify}; run it with
 * {@code mvn -Dtest=TreeBench -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
class TreeBench {
    static final int INSPECTIONS = 2;
    static final int PROBLEMS_PER_INSPECTION = 5_000;
    static final int MEASURES_PER_PROBLEM = 10;
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    static final String[] WORDS = {"养老", "服务", "机构", "安全", "隐患", "排查", "整治", "资金", "监管", "长效",
        "机制", "社会", "救助", "殡葬", "儿童", "福利", "慈善", "组织", "党建", "学习", "制度", "落实", "督查", "考核"};
    static final String[] DEPARTMENTS = {"办公室", "养老服务处", "社会救助处", "财务处", "人事处", "机关党委", "社会事务处",
        "儿童福利处", "慈善社会工作处", "行政审批处"};

    @Test
    void hundredThousandMeasures() throws Exception {
        Path dir = Files.createTempDirectory("tree-bench");
        Path file = dir.resolve("bench.zgtz");
        long t = System.nanoTime();
        try (LedgerStore store = LedgerStore.open(file)) {
            fill(store, INSPECTIONS, PROBLEMS_PER_INSPECTION);
        }
        report("build 100,000 measures (bulk)", t);

        t = System.nanoTime();
        LedgerStore.open(file).close();
        report("open the store (integrity check)", t);

        try (LedgerSession session = new LedgerSession()) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            LedgerTreeViewModel tree = new LedgerTreeViewModel(session, executor, () -> TODAY);
            StatusBarViewModel status = new StatusBarViewModel(session, executor, () -> TODAY);
            session.useExecutor(executor);
            t = System.nanoTime();
            LedgerStore opened = LedgerStore.open(file);
            report("open the store (the window does it in the background)", t);
            step("show it: tree, status bar, figures", executor, () -> session.adopt(opened));
            assertThat(status.figuresProperty().get().measures()).isEqualTo(100_000);

            TreeNodeViewModel inspection = tree.rootProperty().get().getChildren().get(0);
            step("expand an inspection", executor, () -> inspection.setExpanded(true));
            assertThat(inspection.getChildren()).hasSize(PROBLEMS_PER_INSPECTION);

            TreeNodeViewModel problem = inspection.getChildren().get(2_500);
            step("expand a problem", executor, () -> problem.setExpanded(true));

            for (String text : List.of("安全隐患", "养老", "养", "养老服", "编号4242号")) {
                tree.filterTextProperty().set(text);
                step("filter " + text, executor, tree::applyFilter);
            }
            tree.filterTextProperty().set("");
            step("clear the filter", executor, tree::applyFilter);

            LedgerStore store = session.store();
            Problem p0 = ((TreeNode.ProblemNode) problem.getValue()).problem();
            Measure m = store.inspections().measures(p0.id()).get(0);
            step("reveal and select a measure", executor,
                    () -> tree.select(io.github.rectification.ledger.ui.session.NodeKey.measure(m.id())));
            step("edit a measure: write, tree and status bar", executor, () -> session.run(new EditCommand(m,
                    m.withStatus(m.status() == Status.DONE ? Status.IN_PROGRESS : Status.DONE))));
            assertThat(store.inspections().measure(m.id()).orElseThrow().status()).isNotEqualTo(m.status());

            step("add a measure: write and tree read again", executor, () -> session.run(
                    new io.github.rectification.ledger.ui.session.AddCommand(Measure.draft(p0.id(), "新措施"))));
            for (String text : List.of("新措施", "养", "")) {
                tree.filterTextProperty().set(text);
                step(text.isEmpty() ? "clear the filter" : "filter " + text + " after the add", executor,
                        tree::applyFilter);
            }
            step("switch to departments", executor, () -> tree.modeProperty().set(TreeMode.BY_DEPARTMENT));
            TreeNodeViewModel department = tree.rootProperty().get().getChildren().get(0);
            step("expand a department", executor, () -> department.setExpanded(true));
            assertThat(department.getChildren()).isNotEmpty();

            step("switch to inspections", executor, () -> tree.modeProperty().set(TreeMode.BY_INSPECTION));
            long second = store.inspections().all().get(1).id();
            int measures = store.inspections().inspectionCounts(TODAY).get(second).measures();
            step("delete an inspection of " + measures + " measures", executor, () -> session.run(
                    new io.github.rectification.ledger.ui.session.DeleteCommand(
                            io.github.rectification.ledger.ui.session.NodeKey.inspection(second))));
            assertThat(store.inspections().inspection(second)).isEmpty();
            step("undo the delete", executor, session::undo);
            assertThat(store.inspections().inspectionCounts(TODAY).get(second).measures()).isEqualTo(measures);
        }
    }

    /**
     * The delete of an inspection of 100,000 measures (10,000 problems) and its undo, as the window
     * runs them: the write in the background, then the tree and figures read again; wall-clock and
     * CPU time of each, three times over.
     */
    @Test
    void deleteAndUndoAnInspectionOfHundredThousandMeasures() throws Exception {
        Path dir = Files.createTempDirectory("tree-bench");
        Path file = dir.resolve("bench.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            fill(store, 1, 2 * PROBLEMS_PER_INSPECTION);
            store.inspections().add(Inspection.draft("第二轮巡察"));
        }
        try (LedgerSession session = new LedgerSession()) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            LedgerTreeViewModel tree = new LedgerTreeViewModel(session, executor, () -> TODAY);
            StatusBarViewModel status = new StatusBarViewModel(session, executor, () -> TODAY);
            session.useExecutor(executor);
            LedgerStore opened = LedgerStore.open(file);
            step("show it: tree, status bar, figures", executor, () -> session.adopt(opened));
            assertThat(status.figuresProperty().get().measures()).isEqualTo(100_000);
            LedgerStore store = session.store();
            long first = store.inspections().all().get(0).id();
            List<Double> progress = new java.util.ArrayList<>();
            session.writingProgressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
            for (int run = 1; run <= 3; run++) {
                progress.clear();
                step("delete an inspection of 100,000 measures (" + run + ")", executor, () -> session.run(
                        new io.github.rectification.ledger.ui.session.DeleteCommand(
                                io.github.rectification.ledger.ui.session.NodeKey.inspection(first))));
                assertThat(store.inspections().inspection(first)).isEmpty();
                System.out.printf("  progress told %d times%n", progress.size() - 1);
                step("undo the delete (" + run + ")", executor, session::undo);
                assertThat(store.inspections().inspectionCounts(TODAY).get(first).measures()).isEqualTo(100_000);
            }
            assertThat(tree.rootProperty().get().getChildren()).hasSize(2);
        }
    }

    /**
     * Times one step as the window lives it: what runs on the FX thread (the step itself and every
     * callback of the background work it starts) apart from the background reads.
     */
    private static void step(String what, QueuedTaskExecutor executor, Runnable onFxThread) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        onFxThread.run();
        long fx = System.nanoTime() - t;
        long fxCpu = threads.getCurrentThreadCpuTime() - cpu;
        long background = 0;
        long backgroundCpu = 0;
        long firstTask = -1;
        long firstTaskCpu = -1;
        while (executor.pending() > 0) {
            t = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            executor.runOne();
            long ran = System.nanoTime() - t;
            long ranCpu = threads.getCurrentThreadCpuTime() - cpu;
            if (firstTask < 0) {
                firstTask = ran;
                firstTaskCpu = ranCpu;
            }
            background += ran;
            backgroundCpu += ranCpu;
            t = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            executor.runCallbacks();
            fx += System.nanoTime() - t;
            fxCpu += threads.getCurrentThreadCpuTime() - cpu;
        }
        System.out.printf("%-56s FX thread %7.1f ms (CPU %7.1f)   background %7.1f ms (CPU %7.1f; first task %7.1f ms,"
                + " CPU %7.1f)%n", what, fx / 1e6, fxCpu / 1e6, background / 1e6, backgroundCpu / 1e6, firstTask / 1e6,
                firstTaskCpu / 1e6);
    }

    private static void fill(LedgerStore store, int inspections, int problemsPerInspection) {
        Random random = new Random(42);
        store.unitOfWork().bulk(w -> {
            int n = 0;
            for (int i = 1; i <= inspections; i++) {
                Inspection inspection = w.add(Inspection.draft("第" + i + "轮巡察"));
                for (int p = 1; p <= problemsPerInspection; p++) {
                    Problem problem = w.add(new Problem(0, inspection.id(), null, SequenceLabels.problem(p % 999 + 1),
                            "全面从严治党方面", phrase(random, 6), "", p));
                    for (int k = 1; k <= MEASURES_PER_PROBLEM; k++) {
                        n++;
                        Status status = Status.values()[random.nextInt(Status.values().length)];
                        Deadline deadline = Deadline.on(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730)));
                        w.add(new Measure(0, problem.id(), SequenceLabels.measure(k), phrase(random, 12) + "，编号" + n
                                + "号", "分管副局长", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], List.of(), "张三",
                                deadline, status, status == Status.DONE ? LocalDate.of(2022, 6, 1) : null,
                                phrase(random, 8), "", k));
                    }
                }
            }
            return null;
        });
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static void report(String what, long start) {
        System.out.printf("%-60s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
