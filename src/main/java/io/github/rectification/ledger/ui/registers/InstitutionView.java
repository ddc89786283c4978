package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.Validator;

/** The institutions register tab (建章立制). */
public final class InstitutionView extends RegisterView<InstitutionRecord> {

    public InstitutionView(RegisterViewModel<InstitutionRecord> vm, InstitutionFields form) {
        super("institution", lang("tab.institutions"), vm);

        TextField title = field(lang("register.institution.title"), textField("Title"));
        title.setPromptText(lang("register.institution.new"));
        nameField(title);
        title.setPromptText(lang("register.institution.title.prompt"));
        title.textProperty().bindBidirectional(form.titleProperty());
        TextField docNo = field(lang("register.institution.doc.no"), textField("DocNo"));
        docNo.setPromptText(lang("register.institution.doc.no.prompt"));
        docNo.textProperty().bindBidirectional(form.docNoProperty());
        ChoiceBox<InstitutionKind> kind = new ChoiceBox<>();
        kind.setId("institutionKind");
        kind.getItems().setAll(InstitutionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstitutionKind k) {
                return k == null ? "" : InstitutionFields.kindText(k);
            }

            @Override
            public InstitutionKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        kind.valueProperty().bindBidirectional(form.kindProperty());
        field(lang("register.institution.kind"), kind);
        field(lang("register.institution.issued"), datePicker("Issued", lang("register.institution.issued"))).valueProperty()
                .bindBidirectional(form.issuedOnProperty());
        field(lang("register.problem"), problemBox("Problem", vm)).valueProperty()
                .bindBidirectional(form.problemProperty());
        validation.registerValidator(title, false,
                Validator.createEmptyValidator(lang("validation.institution.title")));
    }
}
