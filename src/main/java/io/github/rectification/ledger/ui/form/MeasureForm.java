package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Status;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

/** The form of a measure. */
public final class MeasureForm extends FormPane {

    public MeasureForm(MeasureFormViewModel vm) {
        super(lang("form.measure.title"), vm);
        TextField seq = field(lang("field.seq"), textField("measureSeq"));
        seq.setMaxWidth(120);
        seq.textProperty().bindBidirectional(vm.seqProperty());
        TextArea text = field(lang("field.measure.text"), nameField(textArea("measureText", 4),
                lang("new.measure.text")));
        text.textProperty().bindBidirectional(vm.textProperty());
        TextField leader = field(lang("field.leader"), textField("measureLeader"));
        leader.textProperty().bindBidirectional(vm.leaderProperty());
        suggest(leader, vm, SuggestedField.LEADER);
        TextField department = field(lang("field.department"), textField("measureDepartment"));
        suggest(department, vm, SuggestedField.DEPARTMENT);
        department.textProperty().bindBidirectional(vm.departmentProperty());
        TextField supporting = field(lang("field.supporting"), textField("measureSupporting"));
        supporting.setPromptText(lang("field.supporting.prompt"));
        supporting.textProperty().bindBidirectional(vm.supportingProperty());
        TextField person = field(lang("field.person"), textField("measurePerson"));
        person.textProperty().bindBidirectional(vm.personProperty());
        suggest(person, vm, SuggestedField.PERSON);

        ChoiceBox<DeadlineKind> kind = new ChoiceBox<>();
        kind.setId("deadlineKind");
        kind.getItems().setAll(DeadlineKind.values());
        kind.setConverter(converter(MeasureForm::kindText));
        kind.valueProperty().bindBidirectional(vm.deadlineKindProperty());
        DatePicker deadlineDate = datePicker("deadlineDate");
        deadlineDate.valueProperty().bindBidirectional(vm.deadlineDateProperty());
        // a date may be picked straight away: the kind becomes 日期 by itself (see the view model)
        deadlineDate.disableProperty().bind(kind.valueProperty().isEqualTo(DeadlineKind.LONG_TERM)
                .or(kind.valueProperty().isEqualTo(DeadlineKind.IMMEDIATE)));
        TextField deadlineText = textField("deadlineText");
        deadlineText.setPromptText(lang("field.deadline.text.prompt"));
        deadlineText.textProperty().bindBidirectional(vm.deadlineTextProperty());
        HBox.setHgrow(deadlineText, Priority.ALWAYS);
        // the kind and the date keep their text; the free text gives way in a narrow form
        kind.setMinWidth(Region.USE_PREF_SIZE);
        deadlineDate.setMinWidth(130);
        deadlineText.setMinWidth(60);
        field(lang("field.deadline"), new HBox(6, kind, deadlineDate, deadlineText));

        ChoiceBox<Status> status = new ChoiceBox<>();
        status.setId("measureStatus");
        status.getItems().setAll(Status.values());
        status.setConverter(converter(MeasureForm::statusText));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        field(lang("field.status"), status);
        DatePicker completed = field(lang("field.completed"), datePicker("completedOn"));
        completed.valueProperty().bindBidirectional(vm.completedOnProperty());
        field(lang("field.progress"), textArea("measureProgress", 5)).textProperty()
                .bindBidirectional(vm.progressProperty());
        field(lang("field.remarks"), textArea("measureRemarks", 2)).textProperty()
                .bindBidirectional(vm.remarksProperty());

        followUpRow();

        validation.registerValidator(text, false, (c, v) ->
                ValidationResult.fromErrorIf(c, vm.textProblem((String) v), vm.textProblem((String) v) != null));
        validation.registerValidator(deadlineDate, false, (c, v) -> {
            String p = vm.deadlineDateProblem(vm.deadlineKindProperty().get(), vm.deadlineDateProperty().get());
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
        validation.registerValidator(completed, false, (c, v) -> {
            String p = vm.completionWarning(vm.statusProperty().get(), vm.completedOnProperty().get());
            return ValidationResult.fromMessageIf(c, p, Severity.WARNING, p != null);
        });
        validation.registerValidator(department, false, Validator.createPredicateValidator(
                v -> vm.departmentWarning((String) v) == null, lang("validation.measure.department"), Severity.WARNING));
        // the date's and completion's marks depend on other fields too
        kind.valueProperty().addListener(o -> validation.revalidate());
        status.valueProperty().addListener(o -> validation.revalidate());
    }

    static String kindText(DeadlineKind k) {
        return switch (k) {
            case DATE -> lang("deadline.kind.date");
            case LONG_TERM -> lang("deadline.kind.long_term");
            case IMMEDIATE -> lang("deadline.kind.immediate");
            case NONE -> lang("deadline.kind.none");
        };
    }

    static String statusText(Status s) {
        return switch (s) {
            case DONE -> lang("status.done");
            case IN_PROGRESS -> lang("status.in_progress");
            case LONG_TERM -> lang("status.long_term");
            case NOT_STARTED -> lang("status.not_started");
        };
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
