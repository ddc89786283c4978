package io.github.rectification.ledger.ui.grid;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.values.DeadlineParser;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure field's value as a cell's text, and a typed or pasted text read back into a value by
 * the rules the form and the import use: dates as {@link DayTexts} reads them (the form's date
 * fields), status by its words ({@link Status#fromWord}), deadlines as an import reads them.
 */
public final class CellValues {
    private CellValues() {
    }

    /** A text read: its value, or the message that says why it is refused (value null then). */
    public record Parsed(Object value, String error) {
        public boolean ok() {
            return error == null;
        }

        static Parsed of(Object value) {
            return new Parsed(value, null);
        }

        static Parsed refused(String error) {
            return new Parsed(null, error);
        }
    }

    public static String format(MeasureField field, Measure m) {
        Object v = field.of(m);
        return switch (field) {
            case SUPPORTING_DEPARTMENTS -> NameLists.join(m.supportingDepartments());
            case DEADLINE -> ((Deadline) v).display();
            case STATUS -> ((Status) v).word();
            case COMPLETED_ON -> v == null ? "" : v.toString();
            default -> v == null ? "" : v.toString();
        };
    }

    /** Reads a cell's text for the field; the field's name in messages is {@code columnName}. */
    public static Parsed parse(MeasureField field, String raw, String columnName) {
        String v = raw == null ? "" : raw.strip();
        return switch (field) {
            case TEXT -> v.isEmpty() ? Parsed.refused(lang("validation.measure.text")) : Parsed.of(v);
            case SUPPORTING_DEPARTMENTS -> Parsed.of(List.copyOf(NameLists.split(v)));
            case DEADLINE -> {
                DeadlineParser.Result r = DeadlineParser.parse(v, null);
                yield r.understood() ? Parsed.of(r.deadline())
                        : Parsed.refused(lang("grid.invalid.deadline", v));
            }
            case STATUS -> Status.fromWord(v).map(Parsed::of)
                    .orElseGet(() -> Parsed.refused(lang("grid.invalid.status", v, statusWords())));
            case COMPLETED_ON -> {
                if (v.isEmpty()) {
                    yield Parsed.of(null);
                }
                LocalDate d = DayTexts.parse(v).orElse(null);
                yield d == null ? Parsed.refused(lang("validation.date.unreadable", columnName, v)) : Parsed.of(d);
            }
            default -> Parsed.of(v);
        };
    }

    /** The status words offered in the status cell, in the order of {@link Status}. */
    public static List<String> statusWords() {
        return java.util.Arrays.stream(Status.values()).map(Status::word).toList();
    }
}
