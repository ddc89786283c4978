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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
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
 * Nothing is read on the window's thread: the tree is read in the background (its top level, the
 * nodes that were open and the way to the record to select) and takes the place of the tree shown
 * when it arrives; a node's children are read in the background when it is first opened; the
 * figures beside inspections and problems, which count every measure below them, fill in when they
 * arrive. A filter (text and status) is answered by the store in the background; the tree then
 * shows only the hits and the nodes above them.
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
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);

    /** Figures read from the store, kept while only the filter or the grouping changes. */
    private final Map<Long, Map<Long, NodeCounts>> problemCounts = new ConcurrentHashMap<>();
    private volatile Map<Long, NodeCounts> inspectionCounts;
    /** Counts the times the figures read so far went stale; a read begun before is read again. */
    private long figuresEpoch;
    /** Counts the trees built; the figures read for an older tree are dropped. */
    private long treeGeneration;
    /** Counts the changes seen; a node's children read before a change are read again. */
    private long structureEpoch;
    /** A record on its way to being selected (its nodes being opened), or null. */
    private NodeKey pendingSelect;
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

    /** True while the tree is being read again in the background (the tree shown stays meanwhile). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
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
        structureEpoch++;
        if (change.edited() != null && hits.get() == null && !reading.get() && updateInPlace(change.edited())) {
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
            pendingSelect = null;
            selected.set(null);
            if (session.isOpen()) {
                // being read: neither the welcome pane nor the old ledger's tree
                empty.set(false);
                root.set(null);
            }
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

    /**
     * Reads the tree again in the background, reopening what was open and revealing {@code focus};
     * the tree shown stays until the new one is read, which then takes its place and selects
     * {@code focus} (or what the user selected meanwhile).
     */
    void rebuild(NodeKey focus, boolean expandAll) {
        Set<Object> open = new HashSet<>();
        if (root.get() != null) {
            collectExpanded(root.get(), open);
        }
        long generation = ++treeGeneration;
        if (!session.isOpen()) {
            reading.set(false);
            root.set(null);
            empty.set(true);
            return;
        }
        LedgerStore store = session.store();
        Build build = new Build(generation, mode.get(), hits.get());
        TreeNodeViewModel selectedAtStart = selected.get();
        reading.set(true);
        executor.execute(BackgroundTask.wrap(() -> build.read(open, expandAll, focus))
                .onSuccess(tree -> {
                    if (generation != treeGeneration || store != session.storeProperty().get()) {
                        return;
                    }
                    build.live = true;
                    Set<Object> openedMeanwhile = new HashSet<>();
                    if (root.get() != null) {
                        collectExpanded(root.get(), openedMeanwhile);
                        openedMeanwhile.removeAll(open);
                    }
                    empty.set(tree.empty());
                    root.set(tree.root());
                    announce(tree.root());
                    if (!openedMeanwhile.isEmpty()) {
                        openAgain(tree.root(), openedMeanwhile);
                    }
                    if (pendingSelect != null) {
                        return; // a selection on its way finds its node in this tree
                    }
                    if (selected.get() == selectedAtStart) {
                        selected.set(tree.focus());
                    } else {
                        // the user chose another node meanwhile: it is found again in this tree
                        selectedKey().ifPresent(key -> reveal(key, () -> pendingSelect == null, selected::set));
                    }
                })
                .onFinished(() -> {
                    if (generation == treeGeneration) {
                        reading.set(false);
                    }
                }));
    }

    /** What a tree is read with: its grouping and filter as they were when it was asked for. */
    private final class Build {
        final long generation;
        final TreeMode mode;
        final FilterHits hits;
        /** Shown in the window: from then on, nodes read their children in the background. */
        volatile boolean live;
        final TreeNodeViewModel.Opening opening = node -> {
            if (live) {
                loadInBackground(this, node);
            } else {
                node.loadNow();
            }
        };

        Build(long generation, TreeMode mode, FilterHits hits) {
            this.generation = generation;
            this.mode = mode;
            this.hits = hits;
        }

        TreeNodeViewModel node(TreeNode value, TreeNodeViewModel.Children children) {
            return new TreeNodeViewModel(value, children, opening);
        }

        /** Reads the top level, what was open, and the way to {@code focus}, on the calling thread. */
        BuiltTree read(Set<Object> open, boolean expandAll, NodeKey focus) throws Exception {
            LedgerStore s = session.reader();
            boolean none = s.inspections().isEmpty();
            TreeNodeViewModel top = node(new TreeNode.Root(),
                    mode == TreeMode.BY_INSPECTION ? inspectionItems(this) : departmentItems(this));
            top.setExpanded(true);
            reopen(top, open, expandAll);
            TreeNodeViewModel target = null;
            if (focus != null) {
                List<Object> path = pathOf(s, mode, focus);
                target = path == null ? null : walkNow(top, path);
            }
            return new BuiltTree(top, target, none);
        }
    }

    private record BuiltTree(TreeNodeViewModel root, TreeNodeViewModel focus, boolean empty) {
    }

    /** Reads a node's children in the background; they appear when they arrive. */
    private void loadInBackground(Build build, TreeNodeViewModel node) {
        if (node.isLoaded() || node.isLoading() || !session.isOpen()) {
            return;
        }
        node.setLoading(true);
        LedgerStore store = session.store();
        long epoch = structureEpoch;
        boolean[] again = {false};
        executor.execute(BackgroundTask.wrap(node.prepareRead())
                .onSuccess(read -> {
                    if (node.isLoaded() || store != session.storeProperty().get()) {
                        return;
                    }
                    if (epoch != structureEpoch) {
                        again[0] = true; // an edit overtook the read
                        return;
                    }
                    node.install(read);
                    Runnable shown = node.takeWhenShown();
                    if (shown != null) {
                        shown.run();
                    }
                })
                .onFinished(() -> {
                    if (!node.isLoaded()) {
                        node.setLoading(false);
                        if (again[0]) {
                            loadInBackground(build, node);
                        }
                    }
                }));
    }

    /** Opens, in a tree just shown, the nodes opened in the tree before while it was being read. */
    private static void openAgain(TreeNodeViewModel item, Set<Object> keys) {
        for (TreeNodeViewModel child : item.getChildren()) {
            if (keys.contains(expansionKey(child.getValue())) && !child.isExpanded()) {
                child.setExpanded(true);
                child.whenLoaded(() -> openAgain(child, keys));
            } else if (child.isExpanded() && child.isLoaded()) {
                openAgain(child, keys);
            }
        }
    }

    /** Starts what the nodes of a tree just shown wait for (their figures). */
    private static void announce(TreeNodeViewModel node) {
        Runnable shown = node.takeWhenShown();
        if (shown != null) {
            shown.run();
        }
        if (node.isLoaded()) {
            for (TreeNodeViewModel child : node.getChildren()) {
                announce(child);
            }
        }
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

    /** The expansion keys from the top down to {@code key}'s node; null when the tree cannot show it. */
    private static List<Object> pathOf(LedgerStore store, TreeMode mode, NodeKey key) {
        Deque<Object> path = new ArrayDeque<>();
        if (mode == TreeMode.BY_DEPARTMENT) {
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
        return new ArrayList<>(path);
    }

    private static NodeKey parentOf(LedgerStore store, NodeKey key) {
        return switch (key.kind()) {
            case INSPECTION -> null;
            case PROBLEM -> store.inspections().problem(key.id()).map(p -> p.parentId() != null
                    ? NodeKey.problem(p.parentId()) : NodeKey.inspection(p.inspectionId())).orElse(null);
            case MEASURE -> store.inspections().measure(key.id()).map(m -> NodeKey.problem(m.problemId())).orElse(null);
        };
    }

    /** The child of {@code item} at one step of a path, or null. */
    private static TreeNodeViewModel childAt(TreeNodeViewModel item, Object step) {
        for (TreeNodeViewModel child : item.getChildren()) {
            if (step.equals(expansionKey(child.getValue()))) {
                return child;
            }
        }
        return null;
    }

    /** Opens the nodes of a path in a tree not shown yet, reading on the calling thread. */
    private static TreeNodeViewModel walkNow(TreeNodeViewModel top, List<Object> path) {
        TreeNodeViewModel item = top;
        for (Object step : path) {
            item.loadNow();
            TreeNodeViewModel next = childAt(item, step);
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

    /**
     * Finds a record's node in the tree shown, opening the nodes above it (each read in the
     * background), and hands it to {@code then}; null when the tree does not show the record. Once
     * {@code wanted} says no (a later selection was asked for), no more of the way is opened and
     * {@code then} is not called.
     */
    private void reveal(NodeKey key, BooleanSupplier wanted, Consumer<TreeNodeViewModel> then) {
        if (root.get() == null && reading.get()) {
            // the ledger's first tree is being read: the way is taken in it when it arrives
            root.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends TreeNodeViewModel> obs,
                        TreeNodeViewModel old, TreeNodeViewModel now) {
                    root.removeListener(this);
                    reveal(key, wanted, then);
                }
            });
            return;
        }
        if (root.get() == null || !session.isOpen()) {
            then.accept(null);
            return;
        }
        LedgerStore store = session.store();
        TreeMode m = mode.get();
        executor.execute(BackgroundTask.wrap(() -> pathOf(session.reader(), m, key)).onSuccess(path -> {
            if (store != session.storeProperty().get() || !wanted.getAsBoolean()) {
                return;
            }
            if (path == null) {
                then.accept(null);
            } else {
                walk(path, wanted, then);
            }
        }));
    }

    private void walk(List<Object> path, BooleanSupplier wanted, Consumer<TreeNodeViewModel> then) {
        TreeNodeViewModel top = root.get();
        if (top == null) {
            then.accept(null);
            return;
        }
        step(top, top, path, 0, wanted, then);
    }

    private void step(TreeNodeViewModel top, TreeNodeViewModel item, List<Object> path, int at,
            BooleanSupplier wanted, Consumer<TreeNodeViewModel> then) {
        if (at == path.size()) {
            then.accept(item);
            return;
        }
        item.whenLoaded(() -> {
            if (!wanted.getAsBoolean()) {
                return; // given up for a later selection: no more of its way is opened
            }
            if (top != root.get()) {
                walk(path, wanted, then); // the tree was read again meanwhile: the way is taken in the new one
                return;
            }
            TreeNodeViewModel next = childAt(item, path.get(at));
            if (next == null) {
                then.accept(null);
                return;
            }
            if (item != top) {
                item.setExpanded(true);
            }
            step(top, next, path, at + 1, wanted, then);
        });
    }

    // ---------------------------------------------------------------- loaders

    private TreeNodeViewModel.Children inspectionItems(Build b) {
        return () -> {
            Map<Long, NodeCounts> counts = inspectionCounts;
            LocalDate day = today.get();
            return () -> {
                List<TreeNodeViewModel> out = new ArrayList<>();
                for (Inspection i : session.reader().inspections().all()) {
                    if (b.hits != null && !b.hits.inspectionIds().contains(i.id())) {
                        continue;
                    }
                    out.add(b.node(new TreeNode.InspectionNode(i, figureOf(counts, i.id())),
                            problemItems(b, i.id(), null)));
                }
                return new TreeNodeViewModel.Read(out, counts != null ? null : () -> readFigures(b, out,
                        () -> session.reader().inspections().inspectionCounts(day), read -> inspectionCounts = read));
            };
        };
    }

    private TreeNodeViewModel.Children problemItems(Build b, long inspectionId, Long parentId) {
        return () -> {
            Map<Long, NodeCounts> counts = problemCounts.get(inspectionId);
            LocalDate day = today.get();
            return () -> problemsRead(b, inspectionId, parentId, counts, day);
        };
    }

    private TreeNodeViewModel.Read problemsRead(Build b, long inspectionId, Long parentId,
            Map<Long, NodeCounts> counts, LocalDate day) throws Exception {
        List<TreeNodeViewModel> out = new ArrayList<>();
        for (Problem p : session.reader().inspections().problems(inspectionId, parentId)) {
            if (b.hits != null && !b.hits.problemIds().contains(p.id())) {
                continue;
            }
            out.add(b.node(new TreeNode.ProblemNode(p, figureOf(counts, p.id())), problemChildren(b, p)));
        }
        return new TreeNodeViewModel.Read(out, counts != null ? null : () -> readFigures(b, out,
                () -> session.reader().inspections().problemCounts(inspectionId, day),
                read -> problemCounts.put(inspectionId, read)));
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
    private void readFigures(Build b, List<TreeNodeViewModel> nodes, Callable<Map<Long, NodeCounts>> read,
            Consumer<Map<Long, NodeCounts>> keep) {
        if (nodes.isEmpty()) {
            return;
        }
        LedgerStore store = session.store();
        long epoch = figuresEpoch;
        executor.execute(BackgroundTask.wrap(read).onSuccess(found -> {
            if (b.generation != treeGeneration || store != session.storeProperty().get()) {
                return;
            }
            if (epoch != figuresEpoch) {
                readFigures(b, nodes, read, keep);
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

    private TreeNodeViewModel.Children problemChildren(Build b, Problem p) {
        return () -> {
            Map<Long, NodeCounts> counts = problemCounts.get(p.inspectionId());
            LocalDate day = today.get();
            return () -> {
                TreeNodeViewModel.Read sub = problemsRead(b, p.inspectionId(), p.id(), counts, day);
                List<TreeNodeViewModel> out = new ArrayList<>(sub.nodes());
                out.addAll(measureItems(b, session.reader().inspections().measures(p.id()), day));
                return new TreeNodeViewModel.Read(out, sub.whenShown());
            };
        };
    }

    private List<TreeNodeViewModel> measureItems(Build b, List<Measure> measures, LocalDate day) throws Exception {
        WarningBands wb = ReportSettings.warningBands(session.reader());
        bands = wb;
        List<TreeNodeViewModel> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            if (b.hits == null || b.hits.measureIds().contains(m.id())) {
                out.add(b.node(new TreeNode.MeasureNode(m, m.overdue(day), wb.bandOf(m, day).orElse(null)), null));
            }
        }
        return out;
    }

    /** The lead departments with their measures; under a filter only those with hits, counting the hits. */
    private TreeNodeViewModel.Children departmentItems(Build b) {
        return () -> () -> {
            List<TreeNodeViewModel> out = new ArrayList<>();
            for (Map.Entry<String, Integer> e : session.reader().inspections().departments().entrySet()) {
                String department = e.getKey();
                int measures = b.hits == null ? e.getValue() : b.hits.departments().getOrDefault(department, 0);
                if (measures > 0) {
                    out.add(b.node(new TreeNode.DepartmentNode(department, measures), () -> {
                        LocalDate day = today.get();
                        return () -> new TreeNodeViewModel.Read(measureItems(b,
                                session.reader().inspections().measuresOfDepartment(department), day), null);
                    }));
                }
            }
            return new TreeNodeViewModel.Read(out, null);
        };
    }

    /**
     * Reveals and selects a record: the nodes above it open (read in the background when needed),
     * and the selection moves there unless the form keeps it or a later selection was asked for.
     */
    public void select(NodeKey key) {
        Objects.requireNonNull(key);
        pendingSelect = key;
        reveal(key, () -> pendingSelect == key, node -> {
            pendingSelect = null;
            if (node != null && mayLeaveFor(node)) {
                selected.set(node);
            }
        });
    }
}
