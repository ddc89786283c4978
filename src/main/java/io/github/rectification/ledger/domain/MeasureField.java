package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fields of a measure that a returned workbook or an edit can change, with their codes. */
public enum MeasureField {
    SEQ("seq"),
    TEXT("text"),
    LEADER("leader"),
    DEPARTMENT("department"),
    SUPPORTING_DEPARTMENTS("supporting_departments"),
    PERSON("person"),
    DEADLINE("deadline"),
    STATUS("status"),
    PROGRESS("progress"),
    COMPLETED_ON("completed_on"),
    REMARKS("remarks");

    private final String code;

    MeasureField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MeasureField> fromCode(String code) {
        for (MeasureField f : values()) {
            if (f.code.equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The field's value in {@code m}. */
    public Object of(Measure m) {
        return switch (this) {
            case SEQ -> m.seq();
            case TEXT -> m.text();
            case LEADER -> m.leader();
            case DEPARTMENT -> m.department();
            case SUPPORTING_DEPARTMENTS -> m.supportingDepartments();
            case PERSON -> m.person();
            case DEADLINE -> m.deadline();
            case STATUS -> m.status();
            case PROGRESS -> m.progress();
            case COMPLETED_ON -> m.completedOn();
            case REMARKS -> m.remarks();
        };
    }

    /** A copy of {@code m} with this field set to {@code value} (of the type {@link #of} gives). */
    @SuppressWarnings("unchecked")
    public Measure with(Measure m, Object value) {
        return new Measure(m.id(), m.problemId(),
                this == SEQ ? (String) value : m.seq(),
                this == TEXT ? (String) value : m.text(),
                this == LEADER ? (String) value : m.leader(),
                this == DEPARTMENT ? (String) value : m.department(),
                this == SUPPORTING_DEPARTMENTS ? (List<String>) value : m.supportingDepartments(),
                this == PERSON ? (String) value : m.person(),
                this == DEADLINE ? (Deadline) value : m.deadline(),
                this == STATUS ? (Status) value : m.status(),
                this == COMPLETED_ON ? (LocalDate) value : m.completedOn(),
                this == PROGRESS ? (String) value : m.progress(),
                this == REMARKS ? (String) value : m.remarks(),
                m.order());
    }

    /** True when two values of this field say the same (texts compared without surrounding blanks). */
    public boolean same(Object a, Object b) {
        return switch (this) {
            case DEADLINE -> sameDeadline((Deadline) a, (Deadline) b);
            case SUPPORTING_DEPARTMENTS, STATUS, COMPLETED_ON -> Objects.equals(a, b);
            default -> strip((String) a).equals(strip((String) b));
        };
    }

    /** The value as a ledger shows it. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case DEADLINE -> ((Deadline) value).display();
            case STATUS -> ((Status) value).word();
            case SUPPORTING_DEPARTMENTS -> String.join("、", ((List<?>) value).stream().map(String::valueOf).toList());
            default -> value.toString();
        };
    }

    /** The three-way merge of this field of one measure. */
    public MergeOutcome merge(Measure base, Measure ledger, Measure workbook, boolean inPart) {
        if (base == null) {
            return ThreeWayMerge.withoutBase(of(ledger), of(workbook), this::same);
        }
        return ThreeWayMerge.decide(of(base), of(ledger), of(workbook), inPart, this::same);
    }

    private static boolean sameDeadline(Deadline a, Deadline b) {
        Deadline x = a == null ? Deadline.NONE : a;
        Deadline y = b == null ? Deadline.NONE : b;
        return x.kind() == y.kind() && Objects.equals(x.date(), y.date()) && x.display().equals(y.display());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
