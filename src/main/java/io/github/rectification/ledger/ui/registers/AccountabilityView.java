package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Validator;

/** The accountability register tab (问责情况). */
public final class AccountabilityView extends RegisterView<AccountabilityRecord> {

    public AccountabilityView(AccountabilityViewModel vm) {
        super("accountability", lang("tab.accountability"), vm);
        column(lang("register.accountability.person"), 90, AccountabilityRecord::person);
        column(lang("register.accountability.position"), 140, AccountabilityRecord::position);
        column(lang("register.accountability.kind"), 100, AccountabilityRecord::kind);
        column(lang("register.date"), 100, r -> date(r.date()));
        column(lang("register.problem"), 220, r -> vm.problemLabel(r.problemId()));

        TextField person = field(lang("register.accountability.person"), textField("Person"));
        person.textProperty().bindBidirectional(vm.personProperty());
        person.setPromptText(lang("register.accountability.new"));
        nameField(person);
        field(lang("register.accountability.position"), textField("Position")).textProperty()
                .bindBidirectional(vm.positionProperty());
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("accountabilityKind");
        kind.setEditable(true);
        kind.getItems().setAll(AccountabilityRecord.KINDS);
        kind.getEditor().textProperty().bindBidirectional(vm.kindProperty());
        field(lang("register.accountability.kind"), kind);
        field(lang("register.date"), datePicker("Date", lang("register.date"))).valueProperty().bindBidirectional(vm.dateProperty());
        field(lang("register.problem"), problemBox("Problem", vm)).valueProperty()
                .bindBidirectional(vm.problemProperty());
        validation.registerValidator(person, false,
                Validator.createEmptyValidator(lang("validation.accountability.person")));
    }
}
