package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The form and columns of the accountability register (问责): persons held to account. */
public final class AccountabilityFields implements RegisterFields<AccountabilityRecord> {
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final ObjectProperty<ProblemChoice> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    @Override
    public AccountabilityRecord blank() {
        return new AccountabilityRecord(0, "", "", AccountabilityRecord.KINDS.get(0), null, null);
    }

    @Override
    public List<Observable> fields() {
        return List.of(person, position, kind, problem, date);
    }

    @Override
    public void fill(AccountabilityRecord r, Function<Long, ProblemChoice> choices) {
        person.set(r == null ? "" : nz(r.person()));
        position.set(r == null ? "" : nz(r.position()));
        kind.set(r == null ? "" : nz(r.kind()));
        problem.set(r == null ? null : choices.apply(r.problemId()));
        date.set(r == null ? null : r.date());
    }

    @Override
    public AccountabilityRecord build(AccountabilityRecord s) {
        ProblemChoice p = problem.get();
        return new AccountabilityRecord(s.id(), nz(person.get()).strip(), nz(position.get()).strip(),
                nz(kind.get()).strip(), p == null ? s.problemId() : p.id(), date.get());
    }

    @Override
    public List<String> errors() {
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
    public String describe(AccountabilityRecord r) {
        return nz(r.person()) + " " + nz(r.kind());
    }

    @Override
    public List<RegisterColumn<AccountabilityRecord>> columns() {
        return List.of(
                RegisterColumn.of(lang("register.accountability.person"), 90, AccountabilityRecord::person),
                RegisterColumn.of(lang("register.accountability.position"), 140, AccountabilityRecord::position),
                RegisterColumn.of(lang("register.accountability.kind"), 100, AccountabilityRecord::kind),
                RegisterColumn.of(lang("register.date"), 100, r -> RegisterColumn.date(r.date())),
                RegisterColumn.problem(lang("register.problem"), 220));
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
