package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One concrete action (整改措施) that rectifies a problem. */
public record Measure(
        long id,
        long problemId,
        String seq,
        String text,
        String leader,
        String department,
        List<String> supportingDepartments,
        String person,
        Deadline deadline,
        Status status,
        LocalDate completedOn,
        String progress,
        String remarks,
        int order) implements LedgerRecord {

    @Override
    public RecordKind recordKind() {
        return RecordKind.MEASURE;
    }

    public Measure {
        supportingDepartments = List.copyOf(supportingDepartments == null ? List.of() : supportingDepartments);
        deadline = deadline == null ? Deadline.NONE : deadline;
        Objects.requireNonNull(status, "status");
    }

    public static Measure draft(long problemId, String text) {
        return new Measure(0, problemId, "", text, "", "", List.of(), "", Deadline.NONE, Status.NOT_STARTED,
                null, "", "", 0);
    }

    public Measure withId(long newId) {
        return new Measure(newId, problemId, seq, text, leader, department, supportingDepartments, person, deadline,
                status, completedOn, progress, remarks, order);
    }

    public Measure withStatus(Status newStatus) {
        return new Measure(id, problemId, seq, text, leader, department, supportingDepartments, person, deadline,
                newStatus, completedOn, progress, remarks, order);
    }

    public Measure withCompletedOn(java.time.LocalDate day) {
        return new Measure(id, problemId, seq, text, leader, department, supportingDepartments, person, deadline,
                status, day, progress, remarks, order);
    }

    public Measure withSeq(String newSeq) {
        return new Measure(id, problemId, newSeq, text, leader, department, supportingDepartments, person, deadline,
                status, completedOn, progress, remarks, order);
    }

    public Measure withDepartment(String newDepartment) {
        return new Measure(id, problemId, seq, text, leader, newDepartment, supportingDepartments, person, deadline,
                status, completedOn, progress, remarks, order);
    }

    public Measure withOrder(int newOrder) {
        return new Measure(id, problemId, seq, text, leader, department, supportingDepartments, person, deadline,
                status, completedOn, progress, remarks, newOrder);
    }

    /** Neither done nor long-term. */
    public boolean unfinished() {
        return status == Status.IN_PROGRESS || status == Status.NOT_STARTED;
    }

    /** Not done, not long-term, and its deadline date lies before {@code today}. */
    public boolean overdue(LocalDate today) {
        return unfinished() && deadline.passed(today);
    }
}
