package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DocumentNumbers;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The form and columns of the institutions register (建章立制): rules made or revised during rectification. */
public final class InstitutionFields implements RegisterFields<InstitutionRecord> {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final ObjectProperty<InstitutionKind> kind = new SimpleObjectProperty<>(InstitutionKind.NEW);
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemChoice> problem = new SimpleObjectProperty<>();

    @Override
    public InstitutionRecord blank() {
        return new InstitutionRecord(0, "", "", InstitutionKind.NEW, null, null, null);
    }

    @Override
    public List<Observable> fields() {
        return List.of(title, docNo, kind, issuedOn, problem);
    }

    @Override
    public void fill(InstitutionRecord r, Function<Long, ProblemChoice> choices) {
        title.set(r == null ? "" : nz(r.title()));
        docNo.set(r == null ? "" : nz(r.docNo()));
        kind.set(r == null ? InstitutionKind.NEW : r.kind());
        issuedOn.set(r == null ? null : r.issuedOn());
        problem.set(r == null ? null : choices.apply(r.problemId()));
    }

    @Override
    public InstitutionRecord build(InstitutionRecord s) {
        ProblemChoice p = problem.get();
        return new InstitutionRecord(s.id(), nz(title.get()).strip(), DocumentNumbers.normalize(docNo.get()),
                kind.get() == null ? InstitutionKind.NEW : kind.get(), issuedOn.get(),
                p == null ? s.problemId() : p.id(), s.measureId());
    }

    @Override
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        if (nz(title.get()).isBlank()) {
            out.add(lang("validation.institution.title"));
        }
        return out;
    }

    @Override
    public String describe(InstitutionRecord r) {
        return nz(r.title());
    }

    @Override
    public List<RegisterColumn<InstitutionRecord>> columns() {
        return List.of(
                RegisterColumn.of(lang("register.institution.title"), 260, InstitutionRecord::title),
                RegisterColumn.of(lang("register.institution.doc.no"), 170, InstitutionRecord::docNo),
                RegisterColumn.of(lang("register.institution.kind"), 80, r -> kindText(r.kind())),
                RegisterColumn.of(lang("register.institution.issued"), 100, r -> RegisterColumn.date(r.issuedOn())),
                RegisterColumn.problem(lang("register.problem"), 200));
    }

    /** A kind of rule in the window's words: 新制定 or 修订. */
    static String kindText(InstitutionKind k) {
        return switch (k) {
            case NEW -> lang("register.institution.kind.new");
            case REVISED -> lang("register.institution.kind.revised");
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty docNoProperty() {
        return docNo;
    }

    public ObjectProperty<InstitutionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public ObjectProperty<ProblemChoice> problemProperty() {
        return problem;
    }
}
