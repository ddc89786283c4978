package io.github.rectification.ledger.testsupport;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * Measures for tests, naming only the fields a test cares about: {@code MeasureBuilder.under(problem)
 * .text("开展排查").status(Status.DONE).build()}, or a changed copy: {@code MeasureBuilder.from(m)
 * .completedOn(null).build()}. Unnamed fields are empty, the deadline none, the status 正在推进.
 */
public final class MeasureBuilder {
    private long id;
    private long problemId;
    private String seq = "";
    private String text = "措施";
    private String leader = "";
    private String department = "";
    private List<String> supporting = List.of();
    private String person = "";
    private Deadline deadline = Deadline.NONE;
    private Status status = Status.IN_PROGRESS;
    private LocalDate completedOn;
    private String progress = "";
    private String remarks = "";
    private int order;

    private MeasureBuilder() {
    }

    /** A new measure (id 0, the store assigns one) under the problem. */
    public static MeasureBuilder under(long problemId) {
        MeasureBuilder b = new MeasureBuilder();
        b.problemId = problemId;
        return b;
    }

    /** A copy of the measure, every field as it is until changed. */
    public static MeasureBuilder from(Measure m) {
        MeasureBuilder b = new MeasureBuilder();
        b.id = m.id();
        b.problemId = m.problemId();
        b.seq = m.seq();
        b.text = m.text();
        b.leader = m.leader();
        b.department = m.department();
        b.supporting = m.supportingDepartments();
        b.person = m.person();
        b.deadline = m.deadline();
        b.status = m.status();
        b.completedOn = m.completedOn();
        b.progress = m.progress();
        b.remarks = m.remarks();
        b.order = m.order();
        return b;
    }

    public MeasureBuilder id(long value) {
        id = value;
        return this;
    }

    public MeasureBuilder problem(long value) {
        problemId = value;
        return this;
    }

    public MeasureBuilder seq(String value) {
        seq = value;
        return this;
    }

    public MeasureBuilder text(String value) {
        text = value;
        return this;
    }

    public MeasureBuilder leader(String value) {
        leader = value;
        return this;
    }

    public MeasureBuilder department(String value) {
        department = value;
        return this;
    }

    public MeasureBuilder supporting(List<String> value) {
        supporting = value;
        return this;
    }

    public MeasureBuilder person(String value) {
        person = value;
        return this;
    }

    public MeasureBuilder deadline(Deadline value) {
        deadline = value;
        return this;
    }

    public MeasureBuilder status(Status value) {
        status = value;
        return this;
    }

    public MeasureBuilder completedOn(LocalDate value) {
        completedOn = value;
        return this;
    }

    public MeasureBuilder progress(String value) {
        progress = value;
        return this;
    }

    public MeasureBuilder remarks(String value) {
        remarks = value;
        return this;
    }

    public MeasureBuilder order(int value) {
        order = value;
        return this;
    }

    public Measure build() {
        return new Measure(id, problemId, seq, text, leader, department, supporting, person, deadline, status,
                completedOn, progress, remarks, order);
    }
}
