package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.ProblemCategories;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;

/** The form of a problem. */
public final class ProblemForm extends FormPane {

    public ProblemForm(ProblemFormViewModel vm) {
        super(lang("form.problem.title"), vm);
        TextField seq = field(lang("field.seq"), textField("problemSeq"));
        seq.setMaxWidth(120);
        seq.textProperty().bindBidirectional(vm.seqProperty());
        ComboBox<String> category = new ComboBox<>();
        category.setId("problemCategory");
        category.setEditable(true);
        category.setMaxWidth(Double.MAX_VALUE);
        // the ledger's own categories, most used first; the usual ones for a ledger that has none yet
        vm.loadsProperty().addListener(o -> {
            java.util.List<String> own = vm.suggestions().all(SuggestedField.CATEGORY);
            String typed = category.getEditor().getText();
            category.getItems().setAll(own.isEmpty() ? ProblemCategories.STANDARD : own);
            category.getEditor().setText(typed);
        });
        suggest(category.getEditor(), vm, SuggestedField.CATEGORY);
        category.getEditor().textProperty().bindBidirectional(vm.categoryProperty());
        field(lang("field.category"), category);
        TextArea title = field(lang("field.problem.title"), nameField(textArea("problemTitle", 2),
                lang("new.problem.title")));
        title.textProperty().bindBidirectional(vm.titleProperty());
        field(lang("field.problem.description"), textArea("problemDescription", 6)).textProperty()
                .bindBidirectional(vm.descriptionProperty());
        validation.registerValidator(title, false, (c, v) -> {
            String p = vm.titleProblem((String) v);
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
    }
}
