package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of one inspection. */
public final class InspectionFormViewModel extends RecordFormViewModel<Inspection> {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty inspectedUnit = new SimpleStringProperty("");
    private final StringProperty inspectionGroup = new SimpleStringProperty("");
    private final StringProperty roundKind = new SimpleStringProperty("");
    private final StringProperty issuingBody = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> feedbackDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>();

    public InspectionFormViewModel(LedgerSession session) {
        super(session);
        watch(name, inspectedUnit, inspectionGroup, roundKind, issuingBody, startDate, endDate, feedbackDate, reportDate);
    }

    @Override
    protected String followUpOf(Inspection record) {
        return FollowUpLinks.of(session().store(), record);
    }

    @Override
    protected void fill(Inspection i) {
        name.set(text(i.name()));
        inspectedUnit.set(text(i.inspectedUnit()));
        inspectionGroup.set(text(i.inspectionGroup()));
        roundKind.set(text(i.roundKind()));
        issuingBody.set(text(i.issuingBody()));
        startDate.set(i.startDate());
        endDate.set(i.endDate());
        feedbackDate.set(i.feedbackDate());
        reportDate.set(i.reportDate());
    }

    @Override
    protected Inspection build() {
        Inspection o = original();
        return new Inspection(o.id(), text(name.get()).strip(), text(inspectedUnit.get()).strip(),
                text(inspectionGroup.get()).strip(), startDate.get(), endDate.get(), feedbackDate.get(),
                reportDate.get(), o.order(), text(roundKind.get()).strip(), text(issuingBody.get()).strip());
    }

    @Override
    protected List<String> errors() {
        List<String> out = new ArrayList<>();
        String n = nameProblem(name.get());
        if (n != null) {
            out.add(n);
        }
        String d = periodProblem(startDate.get(), endDate.get());
        if (d != null) {
            out.add(d);
        }
        return out;
    }

    public String nameProblem(String value) {
        return value == null || value.isBlank() ? lang("validation.inspection.name") : null;
    }

    public String periodProblem(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start) ? lang("validation.inspection.period") : null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty inspectedUnitProperty() {
        return inspectedUnit;
    }

    public StringProperty roundKindProperty() {
        return roundKind;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty inspectionGroupProperty() {
        return inspectionGroup;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public ObjectProperty<LocalDate> feedbackDateProperty() {
        return feedbackDate;
    }

    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }
}
