package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The accountability register (问责): persons held to account. */
public final class AccountabilityViewModel extends RegisterViewModel<AccountabilityRecord> {
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final ObjectProperty<ProblemChoice> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public AccountabilityViewModel(LedgerSession session, TaskExecutor executor, DialogService dialogs) {
        super(session, executor, dialogs);
        watch(person, position, kind, problem, date);
    }

    @Override
    protected List<AccountabilityRecord> read(LedgerStore store) {
        return store.registers().accountability();
    }

    @Override
    protected long idOf(AccountabilityRecord r) {
        return r.id();
    }

    @Override
    protected AccountabilityRecord blank() {
        return new AccountabilityRecord(0, "", "", AccountabilityRecord.KINDS.get(0),
                null, null);
    }

    @Override
    protected void fill(AccountabilityRecord r) {
        person.set(r == null ? "" : nz(r.person()));
        position.set(r == null ? "" : nz(r.position()));
        kind.set(r == null ? "" : nz(r.kind()));
        problem.set(r == null ? null : choiceOf(r.problemId()));
        date.set(r == null ? null : r.date());
    }

    @Override
    protected AccountabilityRecord build(AccountabilityRecord s) {
        ProblemChoice p = problem.get();
        return new AccountabilityRecord(s.id(), nz(person.get()).strip(), nz(position.get()).strip(),
                nz(kind.get()).strip(), p == null ? s.problemId() : p.id(), date.get());
    }

    @Override
    protected List<String> errors() {
        List<String> out = new ArrayList<>();
        if (nz(person.get()).isBlank()) {
            out.add(lang("validation.accountability.person"));
        }
        if (nz(kind.get()).isBlank()) {
            out.add(lang("validation.accountability.kind"));
        }
        return out;
    }

    @Override
    protected AccountabilityRecord insert(LedgerStore store, AccountabilityRecord r) {
        return store.registers().add(r);
    }

    @Override
    protected void update(LedgerStore store, AccountabilityRecord r) {
        store.registers().update(r);
    }

    @Override
    protected void delete(LedgerStore store, long id) {
        store.registers().delete(store.registers().accountability().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
    }

    @Override
    protected void restore(LedgerStore store, AccountabilityRecord r, String uid) {
        store.registers().restore(r, uid);
    }

    @Override
    protected RecordKind recordKind() {
        return RecordKind.ACCOUNTABILITY;
    }

    @Override
    protected String describe(AccountabilityRecord r) {
        return nz(r.person()) + " " + nz(r.kind());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<ProblemChoice> problemProperty() {
        return problem;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
