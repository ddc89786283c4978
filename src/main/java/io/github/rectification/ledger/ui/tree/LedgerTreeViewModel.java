package io.github.rectification.ledger.ui.tree;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.FilterHits;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureFilter;
import io.github.rectification.ledger.store.NodeCounts;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerChange;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The ledger tree: inspections → problems → sub-problems → measures, or departments → measures,
 * as node view models ({@link TreeNodeViewModel}); the view makes the tree items for them.
 * Only the top level is read when a ledger opens; children are read when a node is expanded. The
 * figures beside inspections and problems, which count every measure below them, are read off the
 * FX thread and fill in when they arrive, so the tree shows at once on a ledger of any size. A
 * filter (text and status) is answered by the store off the FX thread; the tree then shows only
 * the hits and the nodes above them.
 */
public final class LedgerTreeViewModel {
    /** A filter with at most this many hits opens every node on their way. */
    static final int AUTO_EXPAND_LIMIT = 200;

    private final LedgerSession session;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    /** The deadline warning bands of the ledger, as last read with the measures. */
    private volatile WarningBands bands = WarningBands.DEFAULT;

    private final ObjectProperty<TreeMode> mode = new SimpleObjectProperty<>(TreeMode.BY_INSPECTION);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<StatusChoice> statusChoice = new SimpleObjectProperty<>(StatusChoice.ALL);
    private final ReadOnlyObjectWrapper<FilterHits> hits = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TreeNodeViewModel> root = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TreeNodeViewModel> selected = new SimpleObjectProperty<>();
    private Predicate<NodeKey> leaveCheck = key -> true;
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper noHits = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);

    /** Figures read from the store, kept while only the filter or the grouping changes. */
    private final Map<Long, Map<Long, NodeCounts>> problemCounts = new HashMap<>();
    private Map<Long, NodeCounts> inspectionCounts;
    /** Counts the times the figures read so far went stale; a read begun before is read again. */
    private long figuresEpoch;
    /** Counts the trees built; the figures read for an older tree are dropped. */
    private long treeGeneration;
    private BackgroundTask<FilterHits> search;
    private long searchGeneration;

    public LedgerTreeViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today) {
        this.session = session;
        this.executor = executor;
        this.today = today;
        session.lastChangeProperty().addListener((obs, old, change) -> onChange(change));
        mode.addListener((obs, old, now) -> rebuild(selectedKey().orElse(null), false));
        statusChoice.addListener((obs, old, now) -> applyFilter());
        hits.addListener((obs, old, now) -> noHits.set(now != null && now.inspectionIds().isEmpty()
                && now.problemIds().isEmpty() && now.measureIds().isEmpty()));
    }

    // ---------------------------------------------------------------- properties

    public ObjectProperty<TreeMode> modeProperty() {
        return mode;
    }

    /** The search text; {@link #applyFilter()} runs the search (the view calls it after a pause). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusChoice> statusChoiceProperty() {
        return statusChoice;
    }

    /** What the filter keeps; null when no filter is set. */
    public ReadOnlyObjectProperty<FilterHits> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TreeNodeViewModel> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The selected node; the view keeps it in step with the tree's selection. */
    public ObjectProperty<TreeNodeViewModel> selectedProperty() {
        return selected;
    }

    /** True when the ledger holds no inspection at all (the welcome pane shows). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True when a filter is set and nothing matches it (the tree says so instead of looking empty). */
    public ReadOnlyBooleanProperty noHitsProperty() {
        return noHits.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /**
     * What decides whether the selection may move to another node (the form asks about changes
     * not applied yet); the argument is the node to be selected (null: none or a group).
     */
    public void setLeaveCheck(Predicate<NodeKey> check) {
        leaveCheck = check;
    }

    /** True when the selection may move to this node: the same record, or the check agrees. */
    public boolean mayLeaveFor(TreeNodeViewModel next) {
        NodeKey to = next == null || next.getValue() == null ? null : next.getValue().key();
        return java.util.Objects.equals(to, selectedKey().orElse(null)) || leaveCheck.test(to);
    }

    public Optional<NodeKey> selectedKey() {
        TreeNodeViewModel item = selected.get();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue().key());
    }

    // ---------------------------------------------------------------- filter

    /** Runs the current filter in the background; the tree shows the hits when they arrive. */
    public void applyFilter() {
        if (!session.isOpen()) {
            return;
        }
        MeasureFilter filter = new MeasureFilter(filterText.get(), statusChoice.get().statuses(),
                statusChoice.get().overdueOnly(), today.get());
        if (search != null) {
            search.cancel();
        }
        long generation = ++searchGeneration;
        if (filter.isEmpty()) {
            searching.set(false);
            hits.set(null);
            rebuild(selectedKey().orElse(null), false);
            return;
        }
        LedgerStore store = session.store();
        searching.set(true);
        search = executor.execute(BackgroundTask.wrap(() -> session.reader().inspections().find(filter))
                .onSuccess(found -> {
                    if (generation == searchGeneration && store == session.storeProperty().get()) {
                        searching.set(false);
                        hits.set(found);
                        rebuild(selectedKey().orElse(null), found.measureIds().size() <= AUTO_EXPAND_LIMIT);
                    }
                }));
    }

    // ---------------------------------------------------------------- building

    private void onChange(LedgerChange change) {
        if (change.edited() != null && hits.get() == null && updateInPlace(change.edited())) {
            return;
        }
        forgetFigures();
        if (change.reopened()) {
            if (search != null) {
                search.cancel();
            }
            searchGeneration++;
            searching.set(false);
            hits.set(null);
            filterText.set("");
            statusChoice.set(StatusChoice.ALL);
            selected.set(null);
            rebuild(null, false);
            return;
        }
        if (hits.get() != null) {
            // the hits may have changed with the edit: search again, keeping the focus
            NodeKey focus = change.focus();
            rebuild(focus != null ? focus : selectedKey().orElse(null), false);
            applyFilter();
        } else {
            rebuild(change.focus() != null ? change.focus() : selectedKey().orElse(null), false);
        }
    }

    /**
     * Shows a record whose fields alone changed without reading the tree again: its node takes the
     * new values, and the figures of the nodes above it change by the difference. False when the
     * record is not on screen or moved to another group (the tree is then read again).
     */
    private boolean updateInPlace(LedgerRecord record) {
        TreeNodeViewModel item = findLoaded(root.get(), NodeKey.of(record).orElse(null));
        if (item == null) {
            return false;
        }
        TreeNode old = item.getValue();
        if (record instanceof Inspection i && old instanceof TreeNode.InspectionNode n) {
            item.setValue(new TreeNode.InspectionNode(i, n.counts()));
            return true;
        }
        if (record instanceof Problem p && old instanceof TreeNode.ProblemNode n) {
            item.setValue(new TreeNode.ProblemNode(p, n.counts()));
            return true;
        }
        if (record instanceof Measure m && old instanceof TreeNode.MeasureNode n) {
            if (mode.get() == TreeMode.BY_DEPARTMENT && !m.department().equals(n.measure().department())) {
                return false;
            }
            LocalDate day = today.get();
            TreeNode.MeasureNode now = new TreeNode.MeasureNode(m, m.overdue(day), bands.bandOf(m, day).orElse(null));
            int finished = finished(now) - finished(n);
            int overdue = (now.overdue() ? 1 : 0) - (n.overdue() ? 1 : 0);
            item.setValue(now);
            for (TreeNodeViewModel up = item.getParent(); up != null; up = up.getParent()) {
                TreeNode v = up.getValue();
                if (v instanceof TreeNode.ProblemNode pn) {
                    up.setValue(new TreeNode.ProblemNode(pn.problem(), shifted(pn.counts(), finished, overdue)));
                } else if (v instanceof TreeNode.InspectionNode in) {
                    up.setValue(new TreeNode.InspectionNode(in.inspection(), shifted(in.counts(), finished, overdue)));
                }
            }
            forgetFigures();
            return true;
        }
        return false;
    }

    private static int finished(TreeNode.MeasureNode n) {
        return n.measure().unfinished() ? 0 : 1;
    }

    /** The figures after one measure changed; null (still being read, and read again) stays null. */
    private static NodeCounts shifted(NodeCounts c, int finished, int overdue) {
        return c == null ? null : new NodeCounts(c.problems(), c.measures(), c.finished() + finished, c.overdue() + overdue);
    }

    /** The node of a record among the nodes read so far (nothing is read). */
    private static TreeNodeViewModel findLoaded(TreeNodeViewModel item, NodeKey key) {
        if (item == null || key == null) {
            return null;
        }
        if (key.equals(item.getValue().key())) {
            return item;
        }
        if (!item.isLoaded()) {
            return null;
        }
        for (TreeNodeViewModel child : item.getChildren()) {
            TreeNodeViewModel found = findLoaded(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Reads the top level again, reopening what was open, then selects {@code focus}. */
    void rebuild(NodeKey focus, boolean expandAll) {
        Set<Object> open = new HashSet<>();
        if (root.get() != null) {
            collectExpanded(root.get(), open);
        }
        if (!session.isOpen()) {
            root.set(null);
            empty.set(true);
            return;
        }
        LedgerStore store = session.store();
        empty.set(store.inspections().isEmpty());
        treeGeneration++;
        TreeNodeViewModel newRoot = mode.get() == TreeMode.BY_INSPECTION
                ? new TreeNodeViewModel(new TreeNode.Root(), () -> inspectionItems(store))
                : new TreeNodeViewModel(new TreeNode.Root(), () -> departmentItems(store));
        newRoot.setExpanded(true);
        reopen(newRoot, open, expandAll);
        root.set(newRoot);
        TreeNodeViewModel target = focus == null ? null : reveal(newRoot, focus, store);
        selected.set(target);
    }

    private static Object expansionKey(TreeNode node) {
        if (node instanceof TreeNode.DepartmentNode d) {
            return "department:" + d.department();
        }
        return node.key();
    }

    private static void collectExpanded(TreeNodeViewModel item, Set<Object> out) {
        for (TreeNodeViewModel child : item.getChildren()) {
            if (child.isExpanded()) {
                out.add(expansionKey(child.getValue()));
                collectExpanded(child, out);
            }
        }
    }

    private static void reopen(TreeNodeViewModel item, Set<Object> open, boolean expandAll) {
        for (TreeNodeViewModel child : item.getChildren()) {
            if (child.isLeaf() && child.isLoaded()) {
                continue;
            }
            if (child.getValue() instanceof TreeNode.MeasureNode) {
                continue;
            }
            if (expandAll || open.contains(expansionKey(child.getValue()))) {
                child.setExpanded(true);
                reopen(child, open, expandAll);
            }
        }
    }

    /** Opens the nodes above {@code key} and returns its item, or null when the tree does not show it. */
    private TreeNodeViewModel reveal(TreeNodeViewModel top, NodeKey key, LedgerStore store) {
        Deque<Object> path = new ArrayDeque<>();
        if (mode.get() == TreeMode.BY_DEPARTMENT) {
            if (key.kind() != NodeKey.Kind.MEASURE) {
                return null;
            }
            Optional<Measure> m = store.inspections().measure(key.id());
            if (m.isEmpty()) {
                return null;
            }
            path.add("department:" + m.get().department());
            path.add(key);
        } else {
            NodeKey k = key;
            while (k != null) {
                path.addFirst(k);
                k = parentOf(store, k);
            }
        }
        TreeNodeViewModel item = top;
        for (Object step : path) {
            item.ensureLoaded();
            TreeNodeViewModel next = null;
            for (TreeNodeViewModel child : item.getChildren()) {
                if (step.equals(expansionKey(child.getValue()))) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            if (item != top) {
                item.setExpanded(true);
            }
            item = next;
        }
        return item;
    }

    private static NodeKey parentOf(LedgerStore store, NodeKey key) {
        return switch (key.kind()) {
            case INSPECTION -> null;
            case PROBLEM -> store.inspections().problem(key.id()).map(p -> p.parentId() != null
                    ? NodeKey.problem(p.parentId()) : NodeKey.inspection(p.inspectionId())).orElse(null);
            case MEASURE -> store.inspections().measure(key.id()).map(m -> NodeKey.problem(m.problemId())).orElse(null);
        };
    }

    // ---------------------------------------------------------------- loaders

    private List<TreeNodeViewModel> inspectionItems(LedgerStore store) {
        Map<Long, NodeCounts> counts = inspectionCounts;
        List<TreeNodeViewModel> out = new ArrayList<>();
        FilterHits h = hits.get();
        for (Inspection i : store.inspections().all()) {
            if (h != null && !h.inspectionIds().contains(i.id())) {
                continue;
            }
            out.add(new TreeNodeViewModel(new TreeNode.InspectionNode(i, figureOf(counts, i.id())),
                    () -> problemItems(store, i.id(), null)));
        }
        if (counts == null) {
            LocalDate day = today.get();
            readFigures(out, () -> session.reader().inspections().inspectionCounts(day),
                    read -> inspectionCounts = read);
        }
        return out;
    }

    private List<TreeNodeViewModel> problemItems(LedgerStore store, long inspectionId, Long parentId) {
        Map<Long, NodeCounts> counts = problemCounts.get(inspectionId);
        List<TreeNodeViewModel> out = new ArrayList<>();
        FilterHits h = hits.get();
        for (Problem p : store.inspections().problems(inspectionId, parentId)) {
            if (h != null && !h.problemIds().contains(p.id())) {
                continue;
            }
            out.add(new TreeNodeViewModel(new TreeNode.ProblemNode(p, figureOf(counts, p.id())),
                    () -> problemChildren(store, p)));
        }
        if (counts == null) {
            LocalDate day = today.get();
            readFigures(out, () -> session.reader().inspections().problemCounts(inspectionId, day),
                    read -> problemCounts.put(inspectionId, read));
        }
        return out;
    }

    /** A node's figures from those read; null (still being read) when none were read yet. */
    private static NodeCounts figureOf(Map<Long, NodeCounts> counts, long id) {
        return counts == null ? null : counts.getOrDefault(id, NodeCounts.ZERO);
    }

    /**
     * Reads the figures of {@code nodes} in the background and shows them when they arrive. A read
     * that an edit overtook is read again; one for a tree built again since is dropped (the new
     * tree reads its own).
     */
    private void readFigures(List<TreeNodeViewModel> nodes, Callable<Map<Long, NodeCounts>> read,
            Consumer<Map<Long, NodeCounts>> keep) {
        if (nodes.isEmpty()) {
            return;
        }
        LedgerStore store = session.store();
        long generation = treeGeneration;
        long epoch = figuresEpoch;
        executor.execute(BackgroundTask.wrap(read).onSuccess(found -> {
            if (generation != treeGeneration || store != session.storeProperty().get()) {
                return;
            }
            if (epoch != figuresEpoch) {
                readFigures(nodes, read, keep);
                return;
            }
            keep.accept(found);
            for (TreeNodeViewModel node : nodes) {
                node.setValue(withFigures(node.getValue(), found));
            }
        }));
    }

    private static TreeNode withFigures(TreeNode node, Map<Long, NodeCounts> found) {
        if (node instanceof TreeNode.InspectionNode n) {
            return new TreeNode.InspectionNode(n.inspection(), found.getOrDefault(n.inspection().id(), NodeCounts.ZERO));
        }
        if (node instanceof TreeNode.ProblemNode n) {
            return new TreeNode.ProblemNode(n.problem(), found.getOrDefault(n.problem().id(), NodeCounts.ZERO));
        }
        return node;
    }

    /** The figures read so far no longer hold (an edit): later nodes read them again. */
    private void forgetFigures() {
        problemCounts.clear();
        inspectionCounts = null;
        figuresEpoch++;
    }

    private List<TreeNodeViewModel> problemChildren(LedgerStore store, Problem p) {
        List<TreeNodeViewModel> out = new ArrayList<>(problemItems(store, p.inspectionId(), p.id()));
        out.addAll(measureItems(store.inspections().measures(p.id())));
        return out;
    }

    private List<TreeNodeViewModel> measureItems(List<Measure> measures) {
        LocalDate day = today.get();
        FilterHits h = hits.get();
        WarningBands b = session.isOpen() ? ReportSettings.warningBands(session.store()) : WarningBands.DEFAULT;
        bands = b;
        List<TreeNodeViewModel> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            if (h == null || h.measureIds().contains(m.id())) {
                out.add(new TreeNodeViewModel(new TreeNode.MeasureNode(m, m.overdue(day), b.bandOf(m, day).orElse(null)),
                        null));
            }
        }
        return out;
    }

    /** The lead departments with their measures; under a filter only those with hits, counting the hits. */
    private List<TreeNodeViewModel> departmentItems(LedgerStore store) {
        FilterHits h = hits.get();
        List<TreeNodeViewModel> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : store.inspections().departments().entrySet()) {
            String department = e.getKey();
            int measures = h == null ? e.getValue() : h.departments().getOrDefault(department, 0);
            if (measures > 0) {
                out.add(new TreeNodeViewModel(new TreeNode.DepartmentNode(department, measures),
                        () -> measureItems(store.inspections().measuresOfDepartment(department))));
            }
        }
        return out;
    }

    /** The measure's, problem's or inspection's current node, when shown. */
    public Optional<TreeNodeViewModel> find(NodeKey key) {
        TreeNodeViewModel r = root.get();
        if (r == null || !session.isOpen()) {
            return Optional.empty();
        }
        return Optional.ofNullable(reveal(r, Objects.requireNonNull(key), session.store()));
    }

    /** Reveals and selects a record. */
    public void select(NodeKey key) {
        find(key).filter(this::mayLeaveFor).ifPresent(selected::set);
    }
}
