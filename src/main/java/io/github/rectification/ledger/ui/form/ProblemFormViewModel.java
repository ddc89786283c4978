package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of one problem. */
public final class ProblemFormViewModel extends RecordFormViewModel<Problem> {
    private final StringProperty seq = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");

    public ProblemFormViewModel(LedgerSession session) {
        super(session);
        watch(seq, category, title, description);
    }

    @Override
    protected void fill(Problem p) {
        seq.set(text(p.seq()));
        category.set(text(p.category()));
        title.set(text(p.title()));
        description.set(text(p.description()));
    }

    @Override
    protected Problem build() {
        Problem o = original();
        return new Problem(o.id(), o.inspectionId(), o.parentId(), text(seq.get()).strip(),
                text(category.get()).strip(), text(title.get()).strip(), text(description.get()).strip(), o.order());
    }

    @Override
    protected List<String> errors() {
        List<String> out = new ArrayList<>();
        String t = titleProblem(title.get());
        if (t != null) {
            out.add(t);
        }
        return out;
    }

    public String titleProblem(String value) {
        return value == null || value.isBlank() ? lang("validation.problem.title") : null;
    }

    public StringProperty seqProperty() {
        return seq;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
