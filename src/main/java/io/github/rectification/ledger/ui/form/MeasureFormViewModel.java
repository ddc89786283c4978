package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of one measure. */
public final class MeasureFormViewModel extends RecordFormViewModel<Measure> {
    private final Supplier<LocalDate> today;
    private final StringProperty seq = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty leader = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty supporting = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<DeadlineKind> deadlineKind = new SimpleObjectProperty<>(DeadlineKind.NONE);
    private final ObjectProperty<LocalDate> deadlineDate = new SimpleObjectProperty<>();
    private final StringProperty deadlineText = new SimpleStringProperty("");
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.NOT_STARTED);
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty remarks = new SimpleStringProperty("");

    public MeasureFormViewModel(LedgerSession session, Supplier<LocalDate> today) {
        super(session);
        this.today = today;
        watch(seq, text, leader, department, supporting, person, deadlineKind, deadlineDate, deadlineText, status,
                completedOn, progress, remarks);
        // the ledger's original wording of the deadline no longer fits once the deadline is changed
        deadlineKind.addListener((obs, old, now) -> dropDeadlineText());
        deadlineDate.addListener((obs, old, now) -> dropDeadlineText());
        // a date picked makes the deadline a date, whatever kind was chosen before
        deadlineDate.addListener((obs, old, now) -> {
            if (!isLoading() && now != null) {
                deadlineKind.set(DeadlineKind.DATE);
            }
        });
        deadlineKind.addListener((obs, old, now) -> {
            if (!isLoading() && now != DeadlineKind.DATE) {
                deadlineDate.set(null);
            }
        });
    }

    private void dropDeadlineText() {
        if (!isLoading()) {
            deadlineText.set("");
        }
    }

    @Override
    protected String followUpOf(Measure record) {
        return FollowUpLinks.of(session().store(), record);
    }

    @Override
    protected void fill(Measure m) {
        seq.set(text(m.seq()));
        text.set(text(m.text()));
        leader.set(text(m.leader()));
        department.set(text(m.department()));
        supporting.set(NameLists.join(m.supportingDepartments()));
        person.set(text(m.person()));
        deadlineKind.set(m.deadline().kind());
        deadlineDate.set(m.deadline().date());
        deadlineText.set(text(m.deadline().text()));
        status.set(m.status());
        completedOn.set(m.completedOn());
        progress.set(text(m.progress()));
        remarks.set(text(m.remarks()));
    }

    @Override
    protected Measure build() {
        Measure o = original();
        DeadlineKind kind = deadlineKind.get() == null ? DeadlineKind.NONE : deadlineKind.get();
        Deadline deadline = kind == DeadlineKind.DATE && deadlineDate.get() == null
                ? new Deadline(DeadlineKind.NONE, null, null)
                : new Deadline(kind, deadlineDate.get(), deadlineText.get());
        return new Measure(o.id(), o.problemId(), seq.get().strip(), text.get().strip(), leader.get().strip(),
                department.get().strip(), NameLists.split(supporting.get()), person.get().strip(), deadline,
                status.get() == null ? Status.NOT_STARTED : status.get(), completedOn.get(), progress.get().strip(),
                remarks.get().strip(), o.order());
    }

    @Override
    protected List<String> errors() {
        List<String> out = new ArrayList<>();
        add(out, textProblem(text.get()));
        add(out, deadlineDateProblem(deadlineKind.get(), deadlineDate.get()));
        return out;
    }

    @Override
    protected List<String> warnings() {
        List<String> out = new ArrayList<>();
        add(out, completionWarning(status.get(), completedOn.get()));
        add(out, departmentWarning(department.get()));
        return out;
    }

    private static void add(List<String> out, String message) {
        if (message != null) {
            out.add(message);
        }
    }

    /** Rules, also used by the view's validation marks: a message, or null when the value is fine. */
    public String textProblem(String value) {
        return value == null || value.isBlank() ? lang("validation.measure.text") : null;
    }

    public String deadlineDateProblem(DeadlineKind kind, LocalDate date) {
        return kind == DeadlineKind.DATE && date == null ? lang("validation.measure.deadline") : null;
    }

    public String completionWarning(Status s, LocalDate date) {
        if (s == Status.DONE && date == null && !muted(Finding.Kind.DONE_WITHOUT_COMPLETION_DATE)) {
            return lang("validation.measure.completed.missing");
        }
        if (date != null && date.isAfter(today.get())) {
            return lang("validation.measure.completed.future");
        }
        return null;
    }

    /** Whether the office chose not to be told of this kind of finding in this ledger again. */
    private boolean muted(Finding.Kind kind) {
        return session().isOpen() && ReportSettings.mutedChecks(session().store()).contains(kind);
    }

    public String departmentWarning(String value) {
        return value == null || value.isBlank() ? lang("validation.measure.department") : null;
    }

    public StringProperty seqProperty() {
        return seq;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty supportingProperty() {
        return supporting;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<DeadlineKind> deadlineKindProperty() {
        return deadlineKind;
    }

    public ObjectProperty<LocalDate> deadlineDateProperty() {
        return deadlineDate;
    }

    public StringProperty deadlineTextProperty() {
        return deadlineText;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }
}
