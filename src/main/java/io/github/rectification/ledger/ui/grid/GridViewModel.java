package io.github.rectification.ledger.ui.grid;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.report.table.PrintedTable;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.form.FieldSuggestions;
import io.github.rectification.ledger.ui.form.SuggestedField;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.EditMeasuresCommand;
import io.github.rectification.ledger.ui.session.LedgerChange;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The measure grid (台账表格): the measures of a scope as rows, filtered by department, leader,
 * status and a text; cell edits, pastes, fill-downs and fields set for a selection, each written
 * through the session as one undoable step, read with the rules the form and the import use.
 */
public final class GridViewModel {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final FieldSuggestions suggestions;
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GridRow> filtered = new FilteredList<>(rows, r -> true);
    private final ObservableList<GridScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<GridScope> scope = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<String> leaders = FXCollections.observableArrayList();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<String> leader = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<BandFilter> band = new SimpleObjectProperty<>(BandFilter.ALL);
    private final Supplier<LocalDate> today;
    private WarningBands bands = WarningBands.DEFAULT;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private BackgroundTask<List<GridRow>> load;
    private long generation;
    private boolean active;
    private boolean stale = true;
    private boolean choosingScopes;
    private Consumer<PrintedTable> printer = t -> { };

    /** @param today the day the deadline bands are counted from */
    public GridViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today) {
        this.session = session;
        this.executor = executor;
        this.today = today;
        this.suggestions = new FieldSuggestions(session);
        session.lastChangeProperty().addListener((obs, old, change) -> onChange(change));
        scope.addListener((obs, old, now) -> {
            if (!choosingScopes && !Objects.equals(old, now)) {
                reload();
            }
        });
        department.addListener(o -> refilter());
        leader.addListener(o -> refilter());
        status.addListener(o -> refilter());
        text.addListener(o -> refilter());
        band.addListener(o -> refilter());
    }

    /** The grid reads the ledger only while it is shown; shown again after a change, it reads it again. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            reload();
        }
    }

    private void onChange(LedgerChange change) {
        if (change != null && change.reopened()) {
            scope.set(null);
        }
        if (change != null && change.edited() instanceof Measure m && !change.reopened()) {
            replace(m);
            return;
        }
        stale = true;
        if (active) {
            reload();
        }
    }

    /** Shows an inspection's measures (from the tree's selection) when the grid shows one inspection. */
    public void follow(Long inspectionId) {
        if (inspectionId == null) {
            return;
        }
        scopes.stream().filter(s -> inspectionId.equals(s.inspectionId())).findFirst().ifPresent(scope::set);
    }

    /** Reads the rows of the scope again, in the background. */
    public void reload() {
        if (!session.isOpen()) {
            rows.clear();
            return;
        }
        stale = false;
        if (load != null) {
            load.cancel();
        }
        LedgerStore store = session.store();
        List<Inspection> inspections = store.inspections().all();
        choosingScopes = true;
        try {
            List<GridScope> list = new ArrayList<>();
            list.add(new GridScope(null, lang("grid.scope.all")));
            inspections.forEach(i -> list.add(new GridScope(i.id(), i.name())));
            GridScope was = scope.get();
            scopes.setAll(list);
            GridScope keep = list.stream().filter(s -> was != null && Objects.equals(s.inspectionId(), was.inspectionId()))
                    .findFirst().orElse(list.size() > 1 ? list.get(1) : list.get(0));
            scope.set(keep);
        } finally {
            choosingScopes = false;
        }
        Long inspection = scope.get().inspectionId();
        List<Long> ids = inspection == null ? inspections.stream().map(Inspection::id).toList() : List.of(inspection);
        long gen = ++generation;
        loading.set(true);
        load = executor.execute(BackgroundTask.wrap(() -> read(session.reader(), ids)).onSuccess(read -> {
            if (gen == generation) {
                rows.setAll(read);
                updateChoices();
                suggestions.refresh();
            }
        }).onFinished(() -> {
            if (gen == generation) {
                loading.set(false);
            }
        }));
    }

    /** The rows of these inspections in ledger order, problem after problem. */
    static List<GridRow> read(LedgerStore store, List<Long> inspectionIds) {
        Map<String, Integer> evidence = new HashMap<>();
        for (Evidence e : store.evidence().all()) {
            if (e.owner().kind() == EvidenceOwner.Kind.MEASURE) {
                evidence.merge(e.owner().uid(), 1, Integer::sum);
            }
        }
        Map<String, CloseOut> closeOuts = store.closeOut().all();
        List<GridRow> out = new ArrayList<>();
        for (long inspectionId : inspectionIds) {
            Map<Long, Problem> problems = new LinkedHashMap<>();
            store.inspections().problemsInOrder(inspectionId).forEach(p -> problems.put(p.id(), p));
            store.inspections().forEachMeasure(problems.keySet(), (m, uid) -> {
                CloseOut c = closeOuts.get(uid);
                out.add(new GridRow(m, problems.get(m.problemId()), evidence.getOrDefault(uid, 0),
                        c == null ? CloseOutState.NOT_REQUESTED : c.state()));
            });
        }
        return out;
    }

    private void replace(Measure m) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).measureId() == m.id()) {
                rows.set(i, rows.get(i).with(m));
                return;
            }
        }
    }

    private void updateChoices() {
        Set<String> deps = new TreeSet<>();
        Set<String> leads = new TreeSet<>();
        for (GridRow r : rows) {
            add(deps, r.measure().department());
            add(leads, r.measure().leader());
        }
        String d = department.get();
        String l = leader.get();
        departments.setAll(deps);
        leaders.setAll(leads);
        department.set(d != null && deps.contains(d) ? d : null);
        leader.set(l != null && leads.contains(l) ? l : null);
    }

    private static void add(Set<String> set, String v) {
        if (v != null && !v.isBlank()) {
            set.add(v);
        }
    }

    private void refilter() {
        BandFilter b = band.get() == null ? BandFilter.ALL : band.get();
        if (b != BandFilter.ALL && session.isOpen()) {
            bands = ReportSettings.warningBands(session.store());
        }
        WarningBands counted = bands;
        LocalDate day = today.get();
        Predicate<GridRow> fields = predicate(department.get(), leader.get(), status.get(), text.get());
        filtered.setPredicate(b == BandFilter.ALL ? fields
                : fields.and(r -> b.keeps(counted.bandOf(r.measure(), day))));
    }

    /** The rows a filter keeps: lead department, leader and status equal, the text within any cell. */
    static Predicate<GridRow> predicate(String department, String leader, Status status, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return r -> (department == null || department.equals(r.measure().department()))
                && (leader == null || leader.equals(r.measure().leader()))
                && (status == null || status == r.measure().status())
                && (t.isEmpty() || contains(r, t));
    }

    /** A band filter's words, with the ledger's days: "临期（10天内）". */
    public String bandText(BandFilter filter) {
        WarningBands b = session.isOpen() ? ReportSettings.warningBands(session.store()) : bands;
        return switch (filter) {
            case ALL -> lang("grid.filter.band.all");
            case OVERDUE -> lang("grid.filter.band.overdue");
            case DUE_SOON -> lang("grid.filter.band.dueSoon", b.dueSoonDays());
            case UPCOMING -> lang("grid.filter.band.upcoming", b.upcomingDays());
            case ANY_BAND -> lang("grid.filter.band.any");
        };
    }

    private static boolean contains(GridRow r, String t) {
        for (GridColumn c : GridColumn.values()) {
            if (r.text(c).toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- edits

    /** The column's name as the header shows it. */
    public static String columnName(GridColumn column) {
        return switch (column) {
            case SEQ -> lang("grid.column.seq");
            case CATEGORY -> lang("grid.column.category");
            case PROBLEM -> lang("grid.column.problem");
            case TEXT -> lang("grid.column.text");
            case LEADER -> lang("grid.column.leader");
            case DEPARTMENT -> lang("grid.column.department");
            case SUPPORTING -> lang("grid.column.supporting");
            case PERSON -> lang("grid.column.person");
            case DEADLINE -> lang("grid.column.deadline");
            case PROGRESS -> lang("grid.column.progress");
            case STATUS -> lang("grid.column.status");
            case COMPLETED_ON -> lang("grid.column.completed");
            case CLOSE_OUT -> lang("grid.column.closeout");
            case EVIDENCE -> lang("grid.column.evidence");
            case REMARKS -> lang("grid.column.remarks");
        };
    }

    /**
     * Writes a cell's new text: one undoable step, as the form's 应用. Null when written (or
     * unchanged); else the message saying why the text is refused, and nothing is written.
     */
    public String edit(GridRow row, GridColumn column, String newText) {
        CellChange c = change(row, column, newText);
        if (c == null) {
            return null;
        }
        if (c.refused()) {
            message.set(c.error());
            return c.error();
        }
        if (!session.isWritable()) {
            message.set(lang("grid.readonly"));
            return lang("grid.readonly");
        }
        Measure after = column.field().with(current(row).measure(), c.value());
        session.run(new EditCommand(current(row).measure(), after));
        message.set("");
        return null;
    }

    /** The row as the grid holds it now (an edit replaces a row by a new one). */
    private GridRow current(GridRow row) {
        for (GridRow r : rows) {
            if (r.measureId() == row.measureId()) {
                return r;
            }
        }
        return row;
    }

    /** The change a new text makes to a cell: null when it changes nothing. */
    CellChange change(GridRow row, GridColumn column, String newText) {
        String nt = newText == null ? "" : newText;
        String old = row.text(column);
        if (!column.editable()) {
            return nt.strip().equals(old.strip()) ? null
                    : new CellChange(row, column, old, nt, null, lang("grid.invalid.readonly", columnName(column)));
        }
        CellValues.Parsed p = CellValues.parse(column.field(), nt, columnName(column));
        if (!p.ok()) {
            return new CellChange(row, column, old, nt, null, p.error());
        }
        if (Objects.equals(column.field().of(row.measure()), p.value())) {
            return null;
        }
        return new CellChange(row, column, old, nt.strip(), p.value(), null);
    }

    /**
     * What a block pasted at ({@code anchorRow}, {@code anchorColumn}) of the shown rows and columns
     * would change: each cell of the block lands on the row and column it covers (cells beyond the
     * last row or column are left out); a single value fills every selected cell, as in Excel.
     *
     * @param shown    the rows in the order shown
     * @param columns  the columns in the order shown
     * @param selected the selected cells as (row index, column index) pairs, for a single value
     */
    public List<CellChange> pastePreview(List<GridRow> shown, List<GridColumn> columns, int anchorRow,
            int anchorColumn, List<int[]> selected, List<List<String>> block) {
        List<CellChange> out = new ArrayList<>();
        if (block.isEmpty()) {
            return out;
        }
        if (block.size() == 1 && block.get(0).size() == 1 && selected.size() > 1) {
            for (int[] cell : selected) {
                addChange(out, change(shown.get(cell[0]), columns.get(cell[1]), block.get(0).get(0)));
            }
            return out;
        }
        for (int r = 0; r < block.size() && anchorRow + r < shown.size(); r++) {
            List<String> line = block.get(r);
            for (int c = 0; c < line.size() && anchorColumn + c < columns.size(); c++) {
                addChange(out, change(shown.get(anchorRow + r), columns.get(anchorColumn + c), line.get(c)));
            }
        }
        return out;
    }

    private static void addChange(List<CellChange> out, CellChange c) {
        if (c != null) {
            out.add(c);
        }
    }

    /** The first row's values copied down to the other rows, in the given columns. */
    public List<CellChange> fillDownPreview(List<GridRow> selectedRows, List<GridColumn> columns) {
        List<CellChange> out = new ArrayList<>();
        if (selectedRows.size() < 2) {
            return out;
        }
        GridRow first = selectedRows.get(0);
        for (GridColumn column : columns) {
            for (GridRow r : selectedRows.subList(1, selectedRows.size())) {
                addChange(out, change(r, column, first.text(column)));
            }
        }
        return out;
    }

    /** One text set in one column for all the rows given. */
    public List<CellChange> setAllPreview(List<GridRow> selectedRows, GridColumn column, String value) {
        List<CellChange> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (GridRow r : selectedRows) {
            if (seen.add(r.measureId())) {
                addChange(out, change(r, column, value));
            }
        }
        return out;
    }

    /**
     * Writes the changes as one undoable step (one history row per field changed). Refused when any
     * change is refused or the ledger is read-only: nothing is written then. True when written.
     */
    public boolean apply(List<CellChange> changes) {
        if (changes.isEmpty()) {
            return false;
        }
        for (CellChange c : changes) {
            if (c.refused()) {
                message.set(c.error());
                return false;
            }
        }
        if (!session.isWritable()) {
            message.set(lang("grid.readonly"));
            return false;
        }
        Map<Long, Measure> before = new LinkedHashMap<>();
        Map<Long, Measure> after = new LinkedHashMap<>();
        for (CellChange c : changes) {
            Measure m = current(c.row()).measure();
            before.putIfAbsent(m.id(), m);
            MeasureField f = c.column().field();
            after.put(m.id(), f.with(after.getOrDefault(m.id(), m), c.value()));
        }
        session.run(new EditMeasuresCommand(new ArrayList<>(before.values()), new ArrayList<>(after.values())));
        message.set(lang("grid.applied", changes.size(), after.size()));
        return true;
    }

    /** The cells of a block as text, row by row, for the clipboard. */
    public static List<List<String>> copy(List<GridRow> selectedRows, List<GridColumn> columns) {
        List<List<String>> out = new ArrayList<>();
        for (GridRow r : selectedRows) {
            List<String> line = new ArrayList<>();
            for (GridColumn c : columns) {
                line.add(r.text(c));
            }
            out.add(line);
        }
        return out;
    }

    /** True when the row shows its problem's cells: the first row, or the problem differs from the row above. */
    public static boolean showsProblem(List<GridRow> shown, int index) {
        return index <= 0 || index >= shown.size() || shown.get(index - 1).problem().id() != shown.get(index).problem().id();
    }

    /** The values suggested while typing into a department, leader or person cell. */
    public List<String> suggestions(GridColumn column, String typed) {
        return switch (column) {
            case DEPARTMENT, SUPPORTING -> suggestions.matching(SuggestedField.DEPARTMENT, typed);
            case LEADER -> suggestions.matching(SuggestedField.LEADER, typed);
            case PERSON -> suggestions.matching(SuggestedField.PERSON, typed);
            default -> List.of();
        };
    }

    /** Where {@link #print} sends the table: the window's print preview. */
    public void setPrinter(Consumer<PrintedTable> printer) {
        this.printer = Objects.requireNonNull(printer);
    }

    /**
     * Prints the grid as it is shown: {@code shown} in the window's order, the columns shown with
     * their widths, and the filters named under the title. False (with a message) when no row is shown.
     */
    public boolean print(List<GridRow> shown, List<GridColumn> columns, List<Double> widths) {
        if (shown.isEmpty() || columns.isEmpty()) {
            message.set(lang("grid.print.empty"));
            return false;
        }
        GridScope s = scope.get();
        BandFilter b = band.get();
        GridPrint.Shown filters = new GridPrint.Shown(s == null ? lang("grid.scope.all") : s.label(), department.get(),
                leader.get(), status.get(), b == null || b == BandFilter.ALL ? null : bandText(b), text.get());
        printer.accept(GridPrint.of(shown, columns, widths, filters, today.get()));
        return true;
    }

    public void undo() {
        session.undo();
    }

    // ---------------------------------------------------------------- properties

    /** Every row of the scope. */
    public ObservableList<GridRow> rows() {
        return rows;
    }

    /** The rows the filters keep, in ledger order (the view sorts them). */
    public FilteredList<GridRow> filtered() {
        return filtered;
    }

    public ObservableList<GridScope> scopes() {
        return scopes;
    }

    public ObjectProperty<GridScope> scopeProperty() {
        return scope;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ObservableList<String> leaders() {
        return leaders;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<String> leaderProperty() {
        return leader;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    /** The text any cell of a row kept holds; the view binds it to the tree's search field. */
    /** The deadline band kept, counted from the window's day with the ledger's band days. */
    public ObjectProperty<BandFilter> bandProperty() {
        return band;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean writable() {
        return session.isWritable();
    }
}
