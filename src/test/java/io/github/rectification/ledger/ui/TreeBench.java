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
import java.util.concurrent.Callable;
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
            fill(store);
        }
        report("build 100,000 measures (bulk)", t);

        t = System.nanoTime();
        LedgerStore.open(file).close();
        report("open the store (integrity check)", t);

        try (LedgerSession session = new LedgerSession()) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            LedgerTreeViewModel tree = new LedgerTreeViewModel(session, executor, () -> TODAY);
            StatusBarViewModel status = new StatusBarViewModel(session, executor, () -> TODAY);
            t = System.nanoTime();
            session.open(file);
            report("open in the window: store + tree top level (FX thread)", t);
            t = System.nanoTime();
            executor.runAll();
            report("  then in the background: reader, status bar and tree figures", t);
            assertThat(status.figuresProperty().get().measures()).isEqualTo(100_000);

            TreeNodeViewModel inspection = tree.rootProperty().get().getChildren().get(0);
            t = System.nanoTime();
            inspection.setExpanded(true);
            report("expand an inspection (" + inspection.getChildren().size() + " problems)", t);
            t = System.nanoTime();
            executor.runAll();
            report("  then its problems' figures (background)", t);
            assertThat(inspection.getChildren()).hasSize(PROBLEMS_PER_INSPECTION);

            TreeNodeViewModel problem = inspection.getChildren().get(2_500);
            t = System.nanoTime();
            problem.setExpanded(true);
            report("expand a problem", t);

            for (String text : List.of("安全隐患", "养老", "养", "养老服", "编号4242号")) {
                filter(tree, executor, text);
            }
            executor.runAll();
            time("clear the filter (FX thread)", () -> {
                tree.filterTextProperty().set("");
                tree.applyFilter();
                return tree.rootProperty().get().getChildren().size();
            });

            LedgerStore store = session.store();
            Measure m = ((TreeNode.MeasureNode) problem.getChildren().get(0).getValue()).measure();
            time("reveal and select a measure (FX thread)", () -> {
                tree.select(io.github.rectification.ledger.ui.session.NodeKey.measure(m.id()));
                return 1;
            });
            time("edit a measure: write + tree update (FX thread)", () -> {
                session.run(new EditCommand(m, m.withStatus(m.status() == Status.DONE ? Status.IN_PROGRESS : Status.DONE)));
                return 1;
            });
            time("  then the status bar recount and the tree's figures (background)", () -> executor.runAll());
            assertThat(store.inspections().measure(m.id()).orElseThrow().status()).isNotEqualTo(m.status());

            Problem p0 = ((TreeNode.ProblemNode) problem.getValue()).problem();
            time("add a measure: write + tree reload (FX thread)", () -> {
                session.run(new io.github.rectification.ledger.ui.session.AddCommand(Measure.draft(p0.id(), "新措施")));
                return 1;
            });
            time("  then the tree's figures (background)", () -> executor.runAll());
            filter(tree, executor, "新措施");
            filter(tree, executor, "养");
            executor.runAll();
            tree.filterTextProperty().set("");
            tree.applyFilter();
            executor.runAll();
            time("switch to departments", () -> {
                tree.modeProperty().set(TreeMode.BY_DEPARTMENT);
                return tree.rootProperty().get().getChildren().size();
            });
            TreeNodeViewModel department = tree.rootProperty().get().getChildren().get(0);
            time("expand a department", () -> {
                department.setExpanded(true);
                return department.getChildren().size();
            });
        }
    }

    /** Filters by {@code text} as a keystroke does: the search in the background, then the hits shown. */
    private static void filter(LedgerTreeViewModel tree, QueuedTaskExecutor executor, String text) throws Exception {
        executor.runAll();
        tree.filterTextProperty().set(text);
        tree.applyFilter();
        time("filter " + text + ": search (background)", () -> {
            executor.runOne();
            return 1;
        });
        time("  and show the hits (FX thread)", () -> {
            executor.runCallbacks();
            return tree.hitsProperty().get().measureIds().size();
        });
    }

    private static void fill(LedgerStore store) {
        Random random = new Random(42);
        store.unitOfWork().bulk(w -> {
            int n = 0;
            for (int i = 1; i <= INSPECTIONS; i++) {
                Inspection inspection = w.add(Inspection.draft("第" + i + "轮巡察"));
                for (int p = 1; p <= PROBLEMS_PER_INSPECTION; p++) {
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

    private static void time(String what, Callable<Integer> step) throws Exception {
        long t = System.nanoTime();
        int n = step.call();
        System.out.printf("%-60s %8.1f ms  (%d)%n", what, (System.nanoTime() - t) / 1e6, n);
    }

    private static void report(String what, long start) {
        System.out.printf("%-60s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
