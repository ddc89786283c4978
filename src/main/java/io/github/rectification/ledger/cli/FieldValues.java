package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.values.DeadlineParser;
import java.time.LocalDate;
import java.util.Optional;

/** Reads a measure field's value from the command line as an import reads its cell. */
final class FieldValues {
    private FieldValues() {
    }

    static Object read(MeasureField f, String raw) throws RejectedInputException {
        String v = raw == null ? "" : raw.strip();
        return switch (f) {
            case SUPPORTING_DEPARTMENTS -> NameLists.split(v);
            case DEADLINE -> {
                DeadlineParser.Result r = DeadlineParser.parse(v, null);
                if (!r.understood()) {
                    throw new RejectedInputException(Messages.TEXTS.text("value.deadline", v));
                }
                yield r.deadline();
            }
            case STATUS -> Status.fromWord(v).or(() -> code(v))
                    .orElseThrow(() -> new RejectedInputException(Messages.TEXTS.text("value.status", v)));
            case COMPLETED_ON -> {
                if (v.isEmpty()) {
                    yield null;
                }
                Optional<LocalDate> d = DeadlineParser.date(v, null);
                yield d.orElseThrow(() -> new RejectedInputException(Messages.TEXTS.text("value.date", v)));
            }
            default -> v;
        };
    }

    private static Optional<Status> code(String v) {
        for (Status s : Status.values()) {
            if (s.code().equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
