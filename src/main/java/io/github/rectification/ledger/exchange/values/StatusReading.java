package io.github.rectification.ledger.exchange.values;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.StatusWords;
import java.util.Optional;

/**
 * The status of an imported measure from its 完成情况 or 是否完成 cell, through the domain's one word
 * list ({@link StatusWords}), with the row's progress (整改进展) at hand: a "no" (否, ×, ☐, 未完成) is
 * in progress where the row's progress is written, else not started. A blank cell under a 长期坚持
 * deadline is long-term.
 */
public final class StatusReading {
    private StatusReading() {
    }

    /** What the cell says. */
    public enum Outcome {
        /** A known word. */
        KNOWN,
        /** Blank: long-term by its deadline, else not started. */
        BLANK,
        /** A word the list does not know, such as 基本完成: the caller decides. */
        UNKNOWN
    }

    public record Result(Outcome outcome, Status status, String word) {
    }

    /** Reads the status cell of a row whose deadline is {@code deadline} and progress cell {@code progress}. */
    public static Result read(Object cell, Deadline deadline, Object progress) {
        String word = CellText.trimmed(cell);
        if (word.isEmpty()) {
            Status s = deadline != null && deadline.kind() == DeadlineKind.LONG_TERM
                    ? Status.LONG_TERM : Status.NOT_STARTED;
            return new Result(Outcome.BLANK, s, "");
        }
        Optional<Status> known = StatusWords.classify(word, !CellText.isBlank(progress));
        return known.map(s -> new Result(Outcome.KNOWN, s, word))
                .orElseGet(() -> new Result(Outcome.UNKNOWN, null, word));
    }
}
