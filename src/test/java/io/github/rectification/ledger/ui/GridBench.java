package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.grid.GridColumn;
import io.github.rectification.ledger.ui.grid.GridRow;
import io.github.rectification.ledger.ui.grid.GridView;
import io.github.rectification.ledger.ui.grid.GridViewModel;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.controlsfx.control.table.ColumnFilter;
import org.controlsfx.control.table.TableFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The measure grid's candidates at 100,000 rows of 15 columns, shown headless on a 1280 × 800 scene,
 * to choose between them: JavaFX's {@link TableView} (the window's own {@link GridView} on its
 * {@link GridViewModel}, and a plain table of text columns), ControlsFX's {@link SpreadsheetView} on
 * a {@link GridBase} of {@code SpreadsheetCellType.STRING} cells, and ControlsFX's {@link TableFilter}.
 *
 * <p>Prints, in wall-clock ms: the time from setting the items (or the grid) to the first rendered
 * frame (CSS, layout and a snapshot of the scene); 200 page-downs from the top, each followed by a
 * layout, then each by a frame (mean and max per step); a sort by the lead department; a filter on
 * one department (the view model's predicate, hidden rows in the spreadsheet, one value checked in
 * the table filter's list); the time to build the spreadsheet's model and to attach a table filter;
 * the collector's pauses within the timed steps; and the heap used after a full GC, in MiB. Quick
 * steps print the median of {@value #RUNS} runs after {@value #WARMUPS} warm-ups; both controls are
 * first shown once on 1,000 rows, untimed, so that the first one measured does not pay for loading
 * JavaFX.
 *
 * <p>A table filter lists each column's cell values, and the cells of the window's grid hold the
 * whole row, so the filter is measured on the plain table of text columns: lazily at 100,000 rows,
 * and eagerly (every column's values listed at once) on the first {@link #EAGER_FILTER_ROWS} rows
 * only, as 100,000 rows exhaust the tests' 1 GiB heap.
 *
 * <p>Not part of {@code mvn verify}; run it with
 * {@code mvn -o test -Dtest=GridBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GridBench {
    static final int PROBLEMS = 10_000;
    static final int MEASURES_PER_PROBLEM = 10;
    static final int ROWS = PROBLEMS * MEASURES_PER_PROBLEM;
    static final int PAGES = 200;
    static final int WARMUPS = 2;
    static final int RUNS = 3;
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** The rows of the eager table filters. */
    static final int[] EAGER_FILTER_ROWS = {10_000, 25_000};
    static final String DEPARTMENT = TreeBench.DEPARTMENTS[1];
    private static final long FX_TIMEOUT_SECONDS = 120;
    private static final String STYLESHEET = "/io/github/rectification/ledger/ui/ledger.css";
    /** The ms the collector paused the JVM within the timed steps so far. */
    private static long gcInSteps;

    private Path dir;
    private LedgerSession session;
    private Scene scene;
    private WritableImage image;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void hundredThousandRows() throws Exception {
        long start = System.nanoTime();
        dir = Files.createTempDirectory("grid-bench");
        Path file = dir.resolve("bench.zgtz");
        long t = System.nanoTime();
        try (LedgerStore store = LedgerStore.open(file)) {
            fill(store);
        }
        report("build the ledger: 100,000 measures (bulk)", millisSince(t));

        Stage stage = FxToolkit.registerPrimaryStage();
        fx(() -> {
            scene = new Scene(new Group(), WIDTH, HEIGHT);
            scene.getStylesheets().add(GridBench.class.getResource(STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            image = new WritableImage((int) WIDTH, (int) HEIGHT);
            return null;
        });

        GridViewModel vm = fx(() -> {
            session = new LedgerSession();
            session.open(file);
            return new GridViewModel(session, new CurrentThreadTaskExecutor(), () -> TreeBench.TODAY);
        });
        report("read the rows (GridViewModel, FX thread)", fxMillis(() -> vm.setActive(true)));
        List<GridRow> rows = fx(() -> List.copyOf(vm.rows()));
        assertThat(rows).hasSize(ROWS);
        long wanted = rows.stream().filter(r -> DEPARTMENT.equals(r.measure().department())).count();
        count("rows of the lead department the filters keep (" + DEPARTMENT + ")", wanted);

        warmUp(rows.subList(0, 1_000));
        double base = usedHeapMiB();
        heap("heap used: 100,000 rows read, no grid shown", base);

        tableView(vm, wanted, base);
        plainTableView(vm.rows());
        try {
            spreadsheetView(rows, wanted);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof OutOfMemoryError)) {
                throw e;
            }
            // its own copy of every cell may not fit beside what ran before in this JVM
            System.out.printf("SpreadsheetView: out of memory at a heap of %,d MiB%n",
                    Runtime.getRuntime().maxMemory() >> 20);
            FxToolkit.cleanupStages();
            System.gc();
        }
        System.out.println("-- ControlsFX TableFilter on a plain table of 15 text columns");
        tableFilter(vm.rows(), ROWS, true);
        for (int n : EAGER_FILTER_ROWS) {
            tableFilter(vm.rows(), n, false);
        }
        report("the whole bench", millisSince(start));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (session != null) {
            fx(() -> {
                session.close();
                return null;
            });
        }
        if (dir != null) {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the candidates

    private void tableView(GridViewModel vm, long wanted, double base) throws Exception {
        System.out.println("-- TableView: the window's GridView on the GridViewModel");
        long gc = gcInSteps;
        GridView[] holder = new GridView[1];
        report("TableView: items set to first frame, cold (new GridView)", fxMillis(() -> {
            holder[0] = new GridView(vm);
            scene.setRoot(holder[0]);
            frame();
        }));
        TableView<GridRow> table = holder[0].table();
        ObservableList<GridRow> items = table.getItems();
        report("TableView: items set to first frame (median)", median(() -> {
            table.setItems(FXCollections.observableArrayList());
            frame();
        }, () -> {
            table.setItems(items);
            frame();
        }));
        scroll("TableView", table);

        TableColumn<GridRow, ?> department = column(table, GridColumn.DEPARTMENT);
        report("TableView: sort by lead department + frame (median)", median(() -> {
            table.getSortOrder().clear();
            frame();
        }, () -> {
            table.getSortOrder().setAll(department);
            frame();
        }));
        assertThat(fx(() -> runs(table.getItems().stream().map(r -> r.measure().department()).toList())))
                .isEqualTo(TreeBench.DEPARTMENTS.length);
        fx(() -> {
            table.getSortOrder().clear();
            return null;
        });
        report("TableView: filter lead department + frame (median)", median(() -> {
            vm.departmentProperty().set(null);
            frame();
        }, () -> {
            vm.departmentProperty().set(DEPARTMENT);
            frame();
        }));
        assertThat(fx(() -> table.getItems().size())).isEqualTo((int) wanted).isLessThan(ROWS);
        report("TableView: clear the filter + frame", fxMillis(() -> {
            vm.departmentProperty().set(null);
            frame();
        }));
        assertThat(fx(() -> table.getItems().size())).isEqualTo(ROWS);
        report("TableView: GC pauses within the timed steps above", gcInSteps - gc);
        heap("TableView: heap added by the shown GridView", usedHeapMiB() - base);
        clear();
    }

    private void plainTableView(ObservableList<GridRow> rows) throws Exception {
        System.out.println("-- TableView: a plain table of 15 text columns (GridRow.text), no GridView cells");
        long gc = gcInSteps;
        SortedList<GridRow> items = new SortedList<>(new FilteredList<>(rows));
        @SuppressWarnings("unchecked")
        TableView<GridRow>[] holder = new TableView[1];
        report("plain TableView: items set to first frame, cold (new TableView)", fxMillis(() -> {
            holder[0] = plainTable();
            items.comparatorProperty().bind(holder[0].comparatorProperty());
            holder[0].setItems(items);
            scene.setRoot(holder[0]);
            frame();
        }));
        TableView<GridRow> table = holder[0];
        report("plain TableView: items set to first frame (median)", median(() -> {
            table.setItems(FXCollections.observableArrayList());
            frame();
        }, () -> {
            table.setItems(items);
            frame();
        }));
        scroll("plain TableView", table);
        TableColumn<GridRow, ?> department = column(table, GridColumn.DEPARTMENT);
        report("plain TableView: sort by lead department + frame (median)", median(() -> {
            table.getSortOrder().clear();
            frame();
        }, () -> {
            table.getSortOrder().setAll(department);
            frame();
        }));
        assertThat(fx(() -> runs(table.getItems().stream().map(r -> r.measure().department()).toList())))
                .isEqualTo(TreeBench.DEPARTMENTS.length);
        report("plain TableView: GC pauses within the timed steps above", gcInSteps - gc);
        clear();
    }

    private void spreadsheetView(List<GridRow> rows, long wanted) throws Exception {
        System.out.println("-- ControlsFX SpreadsheetView on a GridBase of STRING cells");
        long gc = gcInSteps;
        double before = usedHeapMiB();
        GridBase[] built = new GridBase[1];
        report("SpreadsheetView: build the GridBase (100,000 x 15 cells)", fxMillis(() -> {
            built[0] = grid(rows);
        }));
        GridBase grid = built[0];
        heap("SpreadsheetView: heap added by the GridBase", usedHeapMiB() - before);

        SpreadsheetView[] holder = new SpreadsheetView[1];
        report("SpreadsheetView: grid set to first frame, cold (new SpreadsheetView)", fxMillis(() -> {
            holder[0] = spreadsheet(grid);
            scene.setRoot(holder[0]);
            frame();
        }));
        SpreadsheetView view = holder[0];
        report("SpreadsheetView: grid set again (setGrid) to first frame (median)", median(() -> {
            scene.setRoot(new Group());
            frame();
        }, () -> {
            view.setGrid(grid);
            scene.setRoot(view);
            frame();
        }));
        scroll("SpreadsheetView", view);

        int column = GridColumn.DEPARTMENT.ordinal();
        Comparator<ObservableList<SpreadsheetCell>> byDepartment = Comparator.comparing(r -> r.get(column).getText());
        report("SpreadsheetView: sort by lead department (setComparator) + frame (median)", median(() -> {
            view.setComparator(null);
            frame();
        }, () -> {
            view.setComparator(byDepartment);
            frame();
        }));
        assertThat(fx(() -> runs(view.getItems().stream().map(r -> r.get(column).getText()).toList())))
                .isEqualTo(TreeBench.DEPARTMENTS.length);
        fx(() -> {
            view.setComparator(null);
            return null;
        });

        BitSet others = new BitSet(ROWS);
        for (int i = 0; i < ROWS; i++) {
            others.set(i, !DEPARTMENT.equals(rows.get(i).measure().department()));
        }
        report("SpreadsheetView: filter lead department (setHiddenRows) + frame (median)", median(() -> {
            view.setHiddenRows(new BitSet());
            frame();
        }, () -> {
            view.setHiddenRows(others);
            frame();
        }));
        assertThat(fx(() -> view.getItems().size())).isEqualTo((int) wanted);
        report("SpreadsheetView: show every row again + frame", fxMillis(() -> {
            view.setHiddenRows(new BitSet());
            frame();
        }));
        assertThat(fx(() -> view.getItems().size())).isEqualTo(ROWS);
        report("SpreadsheetView: GC pauses within the timed steps above", gcInSteps - gc);
        heap("SpreadsheetView: heap added by the shown view (GridBase included)", usedHeapMiB() - before);
        clear();
    }

    /**
     * A table filter attached to a plain table of the first {@code n} rows, then the lead department
     * filtered to one value; a lazy filter lists a column's values when it is first used.
     */
    private void tableFilter(ObservableList<GridRow> all, int n, boolean lazy) throws Exception {
        ObservableList<GridRow> rows = n == all.size() ? all : FXCollections.observableArrayList(all.subList(0, n));
        long wanted = rows.stream().filter(r -> DEPARTMENT.equals(r.measure().department())).count();
        String name = String.format("TableFilter %s, %,d rows", lazy ? "lazy" : "eager", n);
        long gc = gcInSteps;
        TableView<GridRow> table = fx(() -> {
            TableView<GridRow> t = plainTable();
            t.setItems(rows);
            scene.setRoot(t);
            frame();
            return t;
        });
        double before = usedHeapMiB();
        @SuppressWarnings("unchecked")
        TableFilter<GridRow>[] holder = new TableFilter[1];
        report(name + ": attach + frame", fxMillis(() -> {
            holder[0] = TableFilter.forTableView(table).lazy(lazy).apply();
            frame();
        }));
        heap(name + ": heap added by attaching", usedHeapMiB() - before);
        TableFilter<GridRow> filter = holder[0];
        ColumnFilter<GridRow, ?> departments = fx(() -> filter.getColumnFilters().stream()
                .filter(c -> c.getTableColumn().getUserData() == GridColumn.DEPARTMENT).findFirst().orElseThrow());
        FxStep select = () -> {
            departments.unSelectAllValues();
            departments.selectValue(DEPARTMENT);
            filter.executeFilter();
            frame();
        };
        FxStep reset = () -> {
            departments.selectAllValues();
            filter.executeFilter();
            frame();
        };
        if (lazy) {
            report(name + ": first filter, listing its values + frame", fxMillis(select));
            fxMillis(reset);
        }
        report(name + ": filter lead department + frame (median)", median(reset, select));
        assertThat(fx(() -> table.getItems().size())).isEqualTo((int) wanted).isLessThan(n);
        int values = fx(() -> filter.getColumnFilters().stream().filter(ColumnFilter::isInitialized)
                .mapToInt(c -> c.getFilterValues().size()).sum());
        count(name + ": values listed (a check box each)", values);
        report(name + ": GC pauses within the timed steps above", gcInSteps - gc);
        heap(name + ": heap added, attached and filtered", usedHeapMiB() - before);
        fx(() -> {
            table.setItems(FXCollections.observableArrayList());
            return null;
        });
        clear();
    }

    // ---------------------------------------------------------------- the controls

    /** A table of the grid's 15 columns, each cell the text {@link GridRow#text} gives, at the grid's widths. */
    private static TableView<GridRow> plainTable() {
        TableView<GridRow> table = new TableView<>();
        for (GridColumn c : GridColumn.values()) {
            TableColumn<GridRow, String> col = new TableColumn<>(GridViewModel.columnName(c));
            col.setUserData(c);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().text(c)));
            col.setPrefWidth(width(c));
            table.getColumns().add(col);
        }
        return table;
    }

    /** The rows as a spreadsheet model: one STRING cell per column, holding the row's text. */
    private static GridBase grid(List<GridRow> rows) {
        GridColumn[] columns = GridColumn.values();
        GridBase grid = new GridBase(rows.size(), columns.length);
        List<ObservableList<SpreadsheetCell>> lines = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            GridRow row = rows.get(r);
            ObservableList<SpreadsheetCell> line = FXCollections.observableArrayList();
            for (GridColumn c : columns) {
                line.add(SpreadsheetCellType.STRING.createCell(r, c.ordinal(), 1, 1, row.text(c)));
            }
            lines.add(line);
        }
        grid.setRows(lines);
        grid.getColumnHeaders().setAll(Arrays.stream(columns).map(GridViewModel::columnName).toList());
        return grid;
    }

    private static SpreadsheetView spreadsheet(GridBase grid) {
        SpreadsheetView view = new SpreadsheetView(grid);
        view.setEditable(true);
        for (GridColumn c : GridColumn.values()) {
            view.getColumns().get(c.ordinal()).setPrefWidth(width(c));
        }
        return view;
    }

    /** The widths the window's grid gives its columns. */
    private static double width(GridColumn c) {
        return switch (c) {
            case SEQ, EVIDENCE -> 48;
            case TEXT, PROGRESS -> 260;
            case PROBLEM -> 200;
            case CATEGORY, REMARKS, SUPPORTING -> 120;
            default -> 90;
        };
    }

    private static TableColumn<GridRow, ?> column(TableView<GridRow> table, GridColumn c) {
        return table.getColumns().stream().filter(col -> col.getUserData() == c).findFirst().orElseThrow();
    }

    /** Shows a table and a spreadsheet once on a few rows, untimed. */
    private void warmUp(List<GridRow> few) throws Exception {
        GridBase grid = grid(few);
        fx(() -> {
            TableView<GridRow> table = plainTable();
            table.setItems(FXCollections.observableArrayList(few));
            scene.setRoot(table);
            frame();
            pageDowns(table, 20, true);
            SpreadsheetView view = spreadsheet(grid);
            scene.setRoot(view);
            frame();
            pageDowns(view, 20, true);
            return null;
        });
        clear();
    }

    // ---------------------------------------------------------------- measuring

    /**
     * 200 page-downs from the top: a first pass (cold) and a second with a layout after each step,
     * then a third with a rendered frame after each step.
     */
    private void scroll(String name, Parent control) throws Exception {
        double[] cold = fxTimed(() -> pageDowns(control, PAGES, false));
        double[] layout = fxTimed(() -> pageDowns(control, PAGES, false));
        double[] frames = fxTimed(() -> pageDowns(control, PAGES, true));
        report(name + ": " + PAGES + " page-downs + layout, first pass: mean per step", mean(cold));
        report(name + ": " + PAGES + " page-downs + layout: mean per step", mean(layout));
        report(name + ": " + PAGES + " page-downs + layout: max per step", max(layout));
        report(name + ": " + PAGES + " page-downs + frame: mean per step", mean(frames));
        report(name + ": " + PAGES + " page-downs + frame: max per step", max(frames));
        int reached = (int) frames[frames.length - 1];
        count(name + ": first row shown after " + PAGES + " page-downs", reached);
        assertThat(reached).isGreaterThan(PAGES * 10);
    }

    /**
     * Scrolls the control's flow a page down {@code pages} times from the top, as the Page Down key
     * does (the last row shown becomes the first), each step followed by a layout or by a frame.
     * Returns the ms of each step, then the index of the first row shown at the end.
     */
    private double[] pageDowns(Parent control, int pages, boolean render) {
        VirtualFlow<?> flow = (VirtualFlow<?>) control.lookup(".virtual-flow");
        flow.scrollTo(0);
        layout();
        double[] out = new double[pages + 1];
        for (int i = 0; i < pages; i++) {
            long t = System.nanoTime();
            IndexedCell<?> last = flow.getLastVisibleCell();
            flow.scrollToTop(last.getIndex());
            if (render) {
                frame();
            } else {
                layout();
            }
            out[i] = millisSince(t);
        }
        out[pages] = flow.getFirstVisibleCell().getIndex();
        return out;
    }

    private void layout() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** CSS, layout and a rendering of the whole scene. */
    private void frame() {
        scene.snapshot(image);
    }

    private void clear() throws Exception {
        fx(() -> {
            scene.setRoot(new Group());
            frame();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The median ms of {@value #RUNS} runs of {@code step} after {@value #WARMUPS}, each after an untimed {@code reset}. */
    private static double median(FxStep reset, FxStep step) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = -WARMUPS; i < RUNS; i++) {
            fxMillis(reset);
            double m = fxMillis(step);
            if (i >= 0) {
                ms[i] = m;
            }
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static double fxMillis(Callable<?> step) throws Exception {
        return fxTimed(() -> {
            long t = System.nanoTime();
            step.call();
            return millisSince(t);
        });
    }

    /** Runs timed work on the FX thread, adding the collector's pauses meanwhile to {@link #gcInSteps}. */
    private static <T> T fxTimed(Callable<T> work) throws Exception {
        long gc = gcMillis();
        try {
            return fx(work);
        } finally {
            gcInSteps += gcMillis() - gc;
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static double fxMillis(FxStep step) throws Exception {
        return fxMillis(() -> {
            step.run();
            return null;
        });
    }

    /** A step run on the FX thread. */
    @FunctionalInterface
    private interface FxStep {
        void run() throws Exception;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The heap used after a full collection, in MiB, with the FX thread idle. */
    private static double usedHeapMiB() {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** The number of runs of equal values: as many as the distinct values when the list is sorted. */
    private static int runs(List<String> values) {
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i == 0 || !values.get(i).equals(values.get(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static double mean(double[] stepsAndEnd) {
        return Arrays.stream(stepsAndEnd, 0, stepsAndEnd.length - 1).average().orElse(0);
    }

    private static double max(double[] stepsAndEnd) {
        return Arrays.stream(stepsAndEnd, 0, stepsAndEnd.length - 1).max().orElse(0);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, double ms) {
        System.out.printf("%-76s %9.1f ms%n", what, ms);
    }

    private static void count(String what, long n) {
        System.out.printf("%-76s %9d%n", what, n);
    }

    private static void heap(String what, double mib) {
        System.out.printf("%-76s %9.1f MiB%n", what, mib);
    }

    // ---------------------------------------------------------------- the ledger

    /** One inspection of 10,000 problems of 10 measures each, the words and departments of {@link TreeBench}. */
    private static void fill(LedgerStore store) {
        Random random = new Random(42);
        store.unitOfWork().bulk(w -> {
            int n = 0;
            Inspection inspection = w.add(Inspection.draft("第一轮巡察"));
            for (int p = 1; p <= PROBLEMS; p++) {
                Problem problem = w.add(new Problem(0, inspection.id(), null, SequenceLabels.problem(p % 999 + 1),
                        "全面从严治党方面", phrase(random, 6), "", p));
                for (int k = 1; k <= MEASURES_PER_PROBLEM; k++) {
                    n++;
                    Status status = Status.values()[random.nextInt(Status.values().length)];
                    Deadline deadline = Deadline.on(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730)));
                    w.add(new Measure(0, problem.id(), SequenceLabels.measure(k), phrase(random, 12) + "，编号" + n + "号",
                            "分管副局长", TreeBench.DEPARTMENTS[random.nextInt(TreeBench.DEPARTMENTS.length)], List.of(),
                            "张三", deadline, status, status == Status.DONE ? LocalDate.of(2022, 6, 1) : null,
                            phrase(random, 8), "", k));
                }
            }
            return null;
        });
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(TreeBench.WORDS[random.nextInt(TreeBench.WORDS.length)]);
        }
        return sb.toString();
    }
}
