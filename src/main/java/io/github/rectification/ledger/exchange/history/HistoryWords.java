package io.github.rectification.ledger.exchange.history;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.store.ChangeAction;

/**
 * The words a change history is told in: fixed Chinese in an exported workbook ({@link
 * HistoryLabels#CHINESE}), the window's language in the window. {@link HistoryLabels} puts them
 * together.
 */
public interface HistoryWords {
    /** A stored column (measure.text, problem.title …) by its name in the ledger; the name itself when unknown. */
    String field(String column);

    /** Between the fields of an import's update that changed several at once. */
    String fieldSeparator();

    String action(ChangeAction action);

    String deadlineKind(DeadlineKind kind);

    String institutionKind(InstitutionKind kind);

    /** The source of a plain edit in a form. */
    String edit();

    String undo();

    String redo();

    /** The source of a change made by importing {@code file}. */
    String imported(String file);
}
