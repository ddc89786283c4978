package io.github.rectification.ledger.ui.returns;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Reminder;
import io.github.rectification.ledger.exchange.distribution.EmlDraft;
import io.github.rectification.ledger.exchange.distribution.Reminders;
import io.github.rectification.ledger.exchange.distribution.ReturnsRegister;
import io.github.rectification.ledger.report.docx.ReminderDocx;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.SentPart;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 报送情况: for a round of distribution, each department's part (sent, returned when and how often,
 * what its returns applied and left open, late or not), whom to chase, and the reminder (催报) of the
 * part selected from the office's template; the reminders of every late part written as e-mail
 * drafts or Word documents in the background.
 */
public final class ReturnsRegisterViewModel {
    /** A round to choose: its id and how the chooser names it. */
    public record RoundChoice(String round, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One department's part as the table shows it. */
    public record Row(ReturnsRegister.Line line, String department, String file, int measures, String returned,
            int returns, int applied, int conflicts, String state) {
        public boolean late() {
            return line.overdue();
        }

        public boolean outstanding() {
            return !line.part().returned();
        }
    }

    private final LedgerSession session;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final ObservableList<RoundChoice> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<RoundChoice> round = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminderText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);
    private ReturnsRegister.Round shown;

    public ReturnsRegisterViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today) {
        this.session = session;
        this.executor = executor;
        this.today = today;
        round.addListener((obs, old, now) -> showRound());
        selected.addListener((obs, old, now) -> showReminder());
        load();
    }

    /** Reads the rounds again, keeping the one chosen (the latest when none was). */
    public void load() {
        LedgerStore store = session.store();
        List<RoundChoice> choices = new ArrayList<>();
        for (String r : ReturnsRegister.rounds(store)) {
            ReturnsRegister.of(store, r, today.get()).ifPresent(found -> choices.add(new RoundChoice(r,
                    lang("returnsRegister.round",
                            DayTexts.chinese(java.time.LocalDate.parse(found.sent().substring(0, 10))), found.lines().size(),
                            found.due() == null ? lang("returnsRegister.no.due") : DayTexts.chinese(found.due())))));
        }
        String before = round.get() == null ? null : round.get().round();
        // the latest round first: the one an office looks at
        java.util.Collections.reverse(choices);
        rounds.setAll(choices);
        RoundChoice keep = choices.stream().filter(c -> c.round().equals(before)).findFirst()
                .orElse(rounds.isEmpty() ? null : rounds.get(0));
        if (keep != null && keep.equals(round.get())) {
            showRound();
        } else {
            round.set(keep);
        }
        if (rounds.isEmpty()) {
            summary.set(lang("returnsRegister.none"));
        }
    }

    private void showRound() {
        RoundChoice choice = round.get();
        shown = choice == null ? null : ReturnsRegister.of(session.store(), choice.round(), today.get()).orElse(null);
        List<Row> out = new ArrayList<>();
        if (shown != null) {
            for (ReturnsRegister.Line l : shown.lines()) {
                out.add(row(l));
            }
        }
        rows.setAll(out);
        if (shown != null) {
            int late = shown.late().size();
            int outstanding = shown.outstanding().size();
            summary.set(lang("returnsRegister.summary", shown.lines().size(), shown.lines().size() - outstanding,
                    outstanding, late, DayTexts.chinese(today.get())));
        }
        selected.set(out.stream().filter(Row::outstanding).findFirst().orElse(out.isEmpty() ? null : out.get(0)));
        showReminder();
    }

    private static Row row(ReturnsRegister.Line l) {
        SentPart p = l.part();
        SentPart.Returned last = p.returned() ? p.returns().get(p.returns().size() - 1) : null;
        String state = p.returned() ? lang("returnsRegister.state.returned")
                : l.overdue() ? lang("returnsRegister.state.late") : lang("returnsRegister.state.waiting");
        return new Row(l, p.recipient(), p.batch().fileName(), p.measures(),
                last == null ? "" : last.at().substring(0, 10), p.returns().size(),
                p.returns().stream().mapToInt(SentPart.Returned::applied).sum(), p.openConflicts(), state);
    }

    private void showReminder() {
        Row r = selected.get();
        if (r == null || shown == null) {
            reminderText.set("");
        } else if (!r.outstanding()) {
            reminderText.set(lang("returnsRegister.reminder.returned", r.department()));
        } else {
            LedgerStore store = session.store();
            reminderText.set(Reminders.of(store, shown, r.line(), today.get()).text(Reminders.template(store)));
        }
    }

    /** The office's template of a reminder, as the settings keep it (the default one when unset). */
    public String template() {
        return Reminders.template(session.store());
    }

    /** Keeps {@code text} as the ledger's reminder template (blank: the default again) and shows the reminder with it. */
    public void saveTemplate(String text) {
        LedgerStore store = session.store();
        store.settings().put(LedgerSettings.REMINDER_TEMPLATE, text == null || text.isBlank()
                || text.strip().equals(Reminder.DEFAULT_TEMPLATE.strip()) ? "" : text.strip());
        showReminder();
        message.set(lang("returnsRegister.template.saved"));
    }

    /** The parts of the round shown that are late and get a reminder. */
    public List<Row> lateRows() {
        return rows.stream().filter(Row::late).toList();
    }

    /**
     * Writes the reminder of every late part into {@code folder} in the background: an e-mail draft
     * each when {@code eml}, else a Word document each. The message says how many, and which drafts
     * have no address.
     */
    public void writeReminders(Path folder, boolean eml) {
        ReturnsRegister.Round r = shown;
        List<Row> late = lateRows();
        if (r == null || late.isEmpty()) {
            message.set(lang("returnsRegister.reminders.none"));
            return;
        }
        LedgerStore store = session.store();
        LocalDate day = today.get();
        String template = Reminders.template(store);
        List<Reminder> reminders = late.stream().map(row -> Reminders.of(store, r, row.line(), day)).toList();
        writing.set(true);
        message.set(lang("returnsRegister.reminders.writing", late.size()));
        executor.execute(BackgroundTask.wrap(() -> {
            Files.createDirectories(folder);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < late.size(); i++) {
                ReturnsRegister.Line line = late.get(i).line();
                if (eml) {
                    EmlDraft.Written w = EmlDraft.reminder(folder, line, reminders.get(i), template);
                    if (w.problem() != null) {
                        problems.add(line.recipient());
                    }
                } else {
                    ReminderDocx.write(reminders.get(i).text(template), folder.resolve(Reminders.fileName(line, ".docx")));
                }
            }
            return problems;
        }).onSuccess(problems -> message.set(written(eml, late.size(), folder) + (problems.isEmpty() ? ""
                : lang("returnsRegister.reminders.no.address",
                        String.join(lang("returnsRegister.separator"), problems)))))
                .onFailure(e -> message.set(lang("returnsRegister.reminders.failed", e.getMessage())))
                .onFinished(() -> writing.set(false)));
    }

    private static String written(boolean eml, int count, Path folder) {
        return eml ? lang("returnsRegister.reminders.eml", count, folder)
                : lang("returnsRegister.reminders.docx", count, folder);
    }

    public ObservableList<RoundChoice> rounds() {
        return rounds;
    }

    public ObjectProperty<RoundChoice> roundProperty() {
        return round;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The part selected in the table; its reminder shows beside it. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The selected part's reminder as the template makes it, or why it needs none. */
    public ReadOnlyStringProperty reminderTextProperty() {
        return reminderText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }
}
