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

    public InstitutionView(InstitutionViewModel vm) {
        super("institution", lang("tab.institutions"), vm);
        column(lang("register.institution.title"), 260, InstitutionRecord::title);
        column(lang("register.institution.doc.no"), 170, InstitutionRecord::docNo);
        column(lang("register.institution.kind"), 80, r -> kindText(r.kind()));
        column(lang("register.institution.issued"), 100, r -> date(r.issuedOn()));
        column(lang("register.problem"), 200, r -> vm.problemLabel(r.problemId()));

        TextField title = field(lang("register.institution.title"), textField("Title"));
        title.setPromptText(lang("register.institution.new"));
        nameField(title);
        title.setPromptText(lang("register.institution.title.prompt"));
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextField docNo = field(lang("register.institution.doc.no"), textField("DocNo"));
        docNo.setPromptText(lang("register.institution.doc.no.prompt"));
        docNo.textProperty().bindBidirectional(vm.docNoProperty());
        ChoiceBox<InstitutionKind> kind = new ChoiceBox<>();
        kind.setId("institutionKind");
        kind.getItems().setAll(InstitutionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstitutionKind k) {
                return k == null ? "" : kindText(k);
            }

            @Override
            public InstitutionKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        field(lang("register.institution.kind"), kind);
        field(lang("register.institution.issued"), datePicker("Issued", lang("register.institution.issued"))).valueProperty()
                .bindBidirectional(vm.issuedOnProperty());
        field(lang("register.problem"), problemBox("Problem", vm)).valueProperty()
                .bindBidirectional(vm.problemProperty());
        validation.registerValidator(title, false,
                Validator.createEmptyValidator(lang("validation.institution.title")));
    }

    static String kindText(InstitutionKind k) {
        return switch (k) {
            case NEW -> lang("register.institution.kind.new");
            case REVISED -> lang("register.institution.kind.revised");
        };
    }
}
