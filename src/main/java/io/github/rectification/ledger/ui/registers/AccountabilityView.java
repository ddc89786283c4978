package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Validator;

/** The accountability register tab (问责情况). */
public final class AccountabilityView extends RegisterView<AccountabilityRecord> {

    public AccountabilityView(RegisterViewModel<AccountabilityRecord> vm, AccountabilityFields form) {
        super("accountability", lang("tab.accountability"), vm);

        TextField person = field(lang("register.accountability.person"), textField("Person"));
        person.textProperty().bindBidirectional(form.personProperty());
        person.setPromptText(lang("register.accountability.new"));
        nameField(person);
        field(lang("register.accountability.position"), textField("Position")).textProperty()
                .bindBidirectional(form.positionProperty());
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("accountabilityKind");
        kind.setEditable(true);
        kind.getItems().setAll(AccountabilityRecord.KINDS);
        kind.getEditor().textProperty().bindBidirectional(form.kindProperty());
        field(lang("register.accountability.kind"), kind);
        field(lang("register.date"), datePicker("Date", lang("register.date"))).valueProperty().bindBidirectional(form.dateProperty());
        field(lang("register.problem"), problemBox("Problem", vm)).valueProperty()
                .bindBidirectional(form.problemProperty());
        validation.registerValidator(person, false,
                Validator.createEmptyValidator(lang("validation.accountability.person")));
    }
}
