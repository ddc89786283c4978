package io.github.rectification.ledger.ui.distribution;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.common.UserFolders;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 下发 wizard's state: which inspections go out, to whom (lead departments or leaders), due when,
 * returned to whom, whether e-mail drafts are written, and into which folder; what keeps it from
 * going out, and the round once written.
 */
public final class DistributionViewModel {
    /** Days from today to the default 报送截止日期. */
    static final int DEFAULT_DAYS = 14;

    /** An inspection offered, ticked to go out. */
    public static final class Choice {
        private final Inspection inspection;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Choice(Inspection inspection) {
            this.inspection = inspection;
        }

        public Inspection inspection() {
            return inspection;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return inspection.name();
        }
    }

    private final LedgerSession session;
    private final TaskExecutor executor;
    private final ObservableList<Choice> inspections = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.chosenProperty()});
    private final ObjectProperty<Distributor.By> by = new SimpleObjectProperty<>(Distributor.By.DEPARTMENT);
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty returnTo = new SimpleStringProperty("");
    private final BooleanProperty drafts = new SimpleBooleanProperty(false);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty unreadableDue = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final StringBinding problem;
    private final LocalDate today;

    /** @param lastDirectory the folder last used, under which the round's folder is suggested */
    public DistributionViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today,
            Supplier<Path> lastDirectory) {
        this.session = session;
        this.executor = executor;
        this.today = today.get();
        LedgerStore store = session.store();
        store.inspections().all().forEach(i -> inspections.add(new Choice(i)));
        due.set(this.today.plusDays(DEFAULT_DAYS));
        returnTo.set(store.settings().get(LedgerSettings.RETURN_TO));
        folder.set(UserFolders.start(lastDirectory.get())
                .resolve(UserFolders.folderName(store.file(), lang("distribution.folder.name"), this.today)).toString());
        problem = Bindings.createStringBinding(this::findProblem, inspections, due, unreadableDue, folder, running);
    }

    private String findProblem() {
        if (!session.isWritable()) {
            return lang("distribution.problem.readonly");
        }
        if (chosen().isEmpty()) {
            return lang("distribution.problem.inspection");
        }
        if (unreadableDue.get() != null) {
            return lang("distribution.problem.due.unreadable", unreadableDue.get());
        }
        if (due.get() == null) {
            return lang("distribution.problem.due");
        }
        if (due.get().isBefore(today)) {
            return lang("distribution.problem.due.past", due.get().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        String f = folder.get() == null ? "" : folder.get().strip();
        if (f.isEmpty()) {
            return lang("distribution.problem.folder");
        }
        Path p = Path.of(f);
        if (Files.exists(p) && !Files.isDirectory(p)) {
            return lang("distribution.problem.folder.file", p);
        }
        return "";
    }

    private List<Long> chosen() {
        return inspections.stream().filter(c -> c.chosenProperty().get()).map(c -> c.inspection().id()).toList();
    }

    /** Writes the round in the background, then tells {@code done} what it wrote or {@code failed} why not. */
    public BackgroundTask<DistributionJob.Result> distribute(Consumer<DistributionJob.Result> done,
            Consumer<Exception> failed) {
        if (!problem.get().isEmpty()) {
            throw new IllegalStateException(problem.get());
        }
        LedgerStore store = session.store();
        Path target = Path.of(folder.get().strip());
        Distributor.Request request = new Distributor.Request(chosen(), by.get(), due.get(), returnTo.get().strip(),
                today);
        boolean withDrafts = drafts.get();
        running.set(true);
        BackgroundTask<DistributionJob.Result> task = BackgroundTask.wrap(
                () -> DistributionJob.run(store, target, request, withDrafts));
        task.onSuccess(done).onFailure(failed).onFinished(() -> running.set(false));
        return executor.execute(task);
    }

    /** What the round wrote, in a sentence for the user. */
    public static String summary(DistributionJob.Result r) {
        Distributor.Round round = r.round();
        int measures = round.files().stream().mapToInt(Distributor.Sent::measures).sum();
        String text = lang("distribution.done", round.files().size(), measures, r.folder(), round.round());
        if (!r.drafts().isEmpty()) {
            text += "\n" + lang("distribution.done.drafts", r.drafts().size());
        }
        if (round.unassigned() > 0) {
            text += "\n" + lang("distribution.done.unassigned", round.unassigned());
        }
        return text;
    }

    /** The text of the due-date field while it names no day (null once it does). */
    public void setUnreadableDue(String text) {
        unreadableDue.set(text);
    }

    public ObservableList<Choice> inspections() {
        return inspections;
    }

    public ObjectProperty<Distributor.By> byProperty() {
        return by;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty returnToProperty() {
        return returnTo;
    }

    public BooleanProperty draftsProperty() {
        return drafts;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** Why the round cannot go out as chosen; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
