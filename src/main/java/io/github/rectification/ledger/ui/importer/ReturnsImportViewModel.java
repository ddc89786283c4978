package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.ImportJob;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导入报送: the workbooks of a folder of returns (or returns chosen one by one, as when several are
 * dropped onto the window) read in one go, one line per workbook (its
 * department, what it would change, its conflicts and warnings, or why it is refused), then imported
 * one after the other, each in its own transaction; a refused workbook is left out and changes nothing.
 */
public final class ReturnsImportViewModel {
    /** One workbook of the folder: its preview, or after the import what it did; or why it is refused. */
    public record Item(Path file, ImportPlan plan, String refused, boolean applied) {
        public String department() {
            return plan == null || plan.department() == null ? "" : plan.department();
        }
    }

    private final LedgerSession session;
    private final TaskExecutor executor;
    /** The folder read, or null when the workbooks were given one by one. */
    private final Path folder;
    private final List<Path> files;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** The returns in {@code folder}: its workbooks, read when {@link #preview()} runs. */
    public ReturnsImportViewModel(LedgerSession session, TaskExecutor executor, Path folder) {
        this(session, executor, folder, List.of());
    }

    /** The returned workbooks {@code files}, in their order. */
    public static ReturnsImportViewModel ofFiles(LedgerSession session, TaskExecutor executor, List<Path> files) {
        return new ReturnsImportViewModel(session, executor, null, List.copyOf(files));
    }

    private ReturnsImportViewModel(LedgerSession session, TaskExecutor executor, Path folder, List<Path> files) {
        this.session = session;
        this.executor = executor;
        this.folder = folder;
        this.files = files;
    }

    /** The workbooks of the folder, by name: .xlsx and .xls, not Excel's lock files (~$…) nor hidden ones. */
    static List<Path> workbooks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                return !n.startsWith("~$") && !n.startsWith(".") && (lower.endsWith(".xlsx") || lower.endsWith(".xls"));
            }).sorted().toList();
        }
    }

    /** Reads every workbook of the folder in the background and lists what each would do. */
    public void preview() {
        LedgerStore store = session.store();
        running.set(true);
        message.set(folder == null ? lang("returns.reading.files", files.size()) : lang("returns.reading", folder));
        executor.execute(BackgroundTask.wrap(() -> {
            List<Item> out = new ArrayList<>();
            ImportJob job = new ImportJob(ImportOptions.defaults());
            for (Path f : folder == null ? files : workbooks(folder)) {
                out.add(item(job.outcome(f, store, false), false));
            }
            return out;
        }).onSuccess(list -> {
            items.setAll(list);
            message.set(list.isEmpty() ? lang("returns.none", folder) : summary(list, false));
        }).onFailure(e -> message.set(lang("returns.failed", e.getMessage()))).onFinished(() -> running.set(false)));
    }

    /** Imports the workbooks not refused, one after the other, each in one transaction. */
    public void apply() {
        LedgerStore store = session.store();
        List<Item> before = List.copyOf(items);
        running.set(true);
        executor.execute(BackgroundTask.wrap(() -> {
            List<Item> out = new ArrayList<>();
            // one job: one backup before the first return that writes covers the ones imported after it
            ImportJob job = new ImportJob(ImportOptions.defaults());
            for (Item i : before) {
                out.add(i.refused() != null ? i : item(job.outcome(i.file(), store, true), true));
            }
            return out;
        }).onSuccess(list -> {
            items.setAll(list);
            done.set(true);
            session.imported();
            message.set(summary(list, true));
        }).onFailure(e -> {
            // the returns imported before the one that failed are in the ledger
            session.imported();
            message.set(lang("returns.failed", e.getMessage()));
        }).onFinished(() -> running.set(false)));
    }

    private static Item item(ImportJob.Outcome o, boolean apply) {
        return o.refused() ? new Item(o.file(), null, o.refusal().getMessage(), false)
                : new Item(o.file(), o.plan(), null, apply);
    }

    private static String summary(List<Item> list, boolean applied) {
        long refused = list.stream().filter(i -> i.refused() != null).count();
        int conflicts = list.stream().filter(i -> i.plan() != null).mapToInt(i -> i.plan().conflicts().size()).sum();
        int changed = list.stream().filter(i -> i.plan() != null).mapToInt(i -> i.plan().added() + i.plan().updated())
                .sum();
        long importable = list.size() - refused;
        return applied ? lang("returns.applied", importable, changed, conflicts, refused)
                : lang("returns.previewed", importable, changed, conflicts, refused);
    }

    /** The open conflicts the imported returns left, for the review. */
    public int openConflicts() {
        return session.isOpen() ? session.store().distributions().openConflicts().size() : 0;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the returns are imported. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
