package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Something in a measure that an office should look at before reporting it. */
public record DataQualityWarning(long measureId, Kind kind) {

    public enum Kind {
        /** Marked done but no completion date. */
        DONE_WITHOUT_COMPLETION_DATE("done_without_completion_date"),
        /** Still in progress past its deadline. */
        IN_PROGRESS_PAST_DEADLINE("in_progress_past_deadline"),
        /** No lead department. */
        BLANK_DEPARTMENT("blank_department");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Every warning for one measure, in the order of {@link Kind}. */
    public static List<DataQualityWarning> of(Measure m, LocalDate today) {
        List<DataQualityWarning> out = new ArrayList<>(3);
        if (m.status() == Status.DONE && m.completedOn() == null) {
            out.add(new DataQualityWarning(m.id(), Kind.DONE_WITHOUT_COMPLETION_DATE));
        }
        if (m.status() == Status.IN_PROGRESS && m.deadline().passed(today)) {
            out.add(new DataQualityWarning(m.id(), Kind.IN_PROGRESS_PAST_DEADLINE));
        }
        if (m.department() == null || m.department().isBlank()) {
            out.add(new DataQualityWarning(m.id(), Kind.BLANK_DEPARTMENT));
        }
        return out;
    }
}
