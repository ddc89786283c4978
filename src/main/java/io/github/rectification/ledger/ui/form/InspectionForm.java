package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;

/** The form of an inspection. */
public final class InspectionForm extends FormPane {

    public InspectionForm(InspectionFormViewModel vm) {
        super(lang("form.inspection.title"), vm);
        TextField name = field(lang("field.inspection.name"), nameField(textField("inspectionName"),
                lang("new.inspection.name")));
        name.textProperty().bindBidirectional(vm.nameProperty());
        field(lang("field.inspected.unit"), textField("inspectedUnit")).textProperty()
                .bindBidirectional(vm.inspectedUnitProperty());
        field(lang("field.inspection.group"), textField("inspectionGroup")).textProperty()
                .bindBidirectional(vm.inspectionGroupProperty());
        field(lang("field.inspection.round"), textField("roundKind")).textProperty()
                .bindBidirectional(vm.roundKindProperty());
        field(lang("field.inspection.issuing"), textField("issuingBody")).textProperty()
                .bindBidirectional(vm.issuingBodyProperty());
        DatePicker start = field(lang("field.start"), datePicker("startDate"));
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        DatePicker end = field(lang("field.end"), datePicker("endDate"));
        end.valueProperty().bindBidirectional(vm.endDateProperty());
        field(lang("field.feedback"), datePicker("feedbackDate")).valueProperty()
                .bindBidirectional(vm.feedbackDateProperty());
        field(lang("field.report"), datePicker("reportDate")).valueProperty()
                .bindBidirectional(vm.reportDateProperty());
        followUpRow();

        validation.registerValidator(name, false, (c, v) -> {
            String p = vm.nameProblem((String) v);
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
        validation.registerValidator(end, false, (c, v) -> {
            String p = vm.periodProblem(vm.startDateProperty().get(), vm.endDateProperty().get());
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
        start.valueProperty().addListener(o -> validation.revalidate());
    }
}
