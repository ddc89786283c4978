package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DocumentNumbers;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
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

/** The institutions register (建章立制): rules made or revised during rectification. */
public final class InstitutionViewModel extends RegisterViewModel<InstitutionRecord> {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final ObjectProperty<InstitutionKind> kind = new SimpleObjectProperty<>(InstitutionKind.NEW);
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemChoice> problem = new SimpleObjectProperty<>();

    public InstitutionViewModel(LedgerSession session, TaskExecutor executor, DialogService dialogs) {
        super(session, executor, dialogs);
        watch(title, docNo, kind, issuedOn, problem);
    }

    @Override
    protected List<InstitutionRecord> read(LedgerStore store) {
        return store.registers().institutions();
    }

    @Override
    protected long idOf(InstitutionRecord r) {
        return r.id();
    }

    @Override
    protected InstitutionRecord blank() {
        return new InstitutionRecord(0, "", "", InstitutionKind.NEW, null, null, null);
    }

    @Override
    protected void fill(InstitutionRecord r) {
        title.set(r == null ? "" : nz(r.title()));
        docNo.set(r == null ? "" : nz(r.docNo()));
        kind.set(r == null ? InstitutionKind.NEW : r.kind());
        issuedOn.set(r == null ? null : r.issuedOn());
        problem.set(r == null ? null : choiceOf(r.problemId()));
    }

    @Override
    protected InstitutionRecord build(InstitutionRecord s) {
        ProblemChoice p = problem.get();
        return new InstitutionRecord(s.id(), nz(title.get()).strip(), DocumentNumbers.normalize(docNo.get()),
                kind.get() == null ? InstitutionKind.NEW : kind.get(), issuedOn.get(),
                p == null ? s.problemId() : p.id(), s.measureId());
    }

    @Override
    protected List<String> errors() {
        List<String> out = new ArrayList<>();
        if (nz(title.get()).isBlank()) {
            out.add(lang("validation.institution.title"));
        }
        return out;
    }

    @Override
    protected InstitutionRecord insert(LedgerStore store, InstitutionRecord r) {
        return store.registers().add(r);
    }

    @Override
    protected void update(LedgerStore store, InstitutionRecord r) {
        store.registers().update(r);
    }

    @Override
    protected void delete(LedgerStore store, long id) {
        store.registers().delete(store.registers().institutions().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
    }

    @Override
    protected void restore(LedgerStore store, InstitutionRecord r, String uid) {
        store.registers().restore(r, uid);
    }

    @Override
    protected RecordKind recordKind() {
        return RecordKind.INSTITUTION;
    }

    @Override
    protected String describe(InstitutionRecord r) {
        return nz(r.title());
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
