package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dump --json} object: the whole ledger as a tree, keys in the order of the contract.
 * Streamed, so a ledger of 100,000 measures needs no second copy of itself in memory.
 */
final class LedgerJson {
    private static final JsonFactory JSON = JsonFactory.builder().build()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Map<Long, List<Problem>> children = new HashMap<>();
    private final Map<Long, List<Measure>> measures;
    private final JsonGenerator g;
    private final Map<RecordKind, Map<Long, String>> uids;

    private LedgerJson(Ledger ledger, Map<RecordKind, Map<Long, String>> uids, JsonGenerator g) {
        this.uids = uids;
        for (Problem p : ledger.problems()) {
            long key = p.parentId() == null ? -p.inspectionId() : p.parentId();
            children.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        measures = ledger.measuresByProblem();
        this.g = g;
    }

    /**
     * Writes the ledger as one JSON object (no line break after it); {@code uids} gives each kind's
     * stable ids by record id (inspection, problem, measure, accountability, institution).
     */
    static void write(Ledger ledger, Map<RecordKind, Map<Long, String>> uids, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            new LedgerJson(ledger, uids, g).root(ledger);
        }
    }

    private void ids(RecordKind kind, long id) throws IOException {
        g.writeNumberField("id", id);
        g.writeStringField("uid", uids.getOrDefault(kind, Map.of()).get(id));
    }

    private void root(Ledger ledger) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("inspections");
        for (Inspection i : ledger.inspections()) {
            g.writeStartObject();
            ids(RecordKind.INSPECTION, i.id());
            g.writeStringField("name", i.name());
            g.writeStringField("inspected_unit", i.inspectedUnit());
            g.writeStringField("inspection_group", i.inspectionGroup());
            date("feedback_date", i.feedbackDate());
            problems(-i.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("accountability");
        for (AccountabilityRecord a : ledger.accountability()) {
            g.writeStartObject();
            ids(RecordKind.ACCOUNTABILITY, a.id());
            g.writeStringField("person", a.person());
            g.writeStringField("position", a.position());
            g.writeStringField("kind", a.kind());
            id("problem_id", a.problemId());
            date("date", a.date());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("institutions");
        for (InstitutionRecord r : ledger.institutions()) {
            g.writeStartObject();
            ids(RecordKind.INSTITUTION, r.id());
            g.writeStringField("title", r.title());
            g.writeStringField("doc_no", r.docNo());
            g.writeStringField("kind", r.kind().code());
            date("issued_on", r.issuedOn());
            id("problem_id", r.problemId());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The problems under a parent: an inspection's top level (key −id) or a problem's sub-problems. */
    private void problems(long key) throws IOException {
        g.writeArrayFieldStart("problems");
        for (Problem p : children.getOrDefault(key, List.of())) {
            g.writeStartObject();
            ids(RecordKind.PROBLEM, p.id());
            g.writeStringField("seq", p.seq());
            g.writeStringField("category", p.category());
            g.writeStringField("title", p.title());
            g.writeStringField("description", p.description());
            problems(p.id());
            g.writeArrayFieldStart("measures");
            for (Measure m : measures.getOrDefault(p.id(), List.of())) {
                measure(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void measure(Measure m) throws IOException {
        g.writeStartObject();
        ids(RecordKind.MEASURE, m.id());
        g.writeStringField("seq", m.seq());
        g.writeStringField("text", m.text());
        g.writeStringField("leader", m.leader());
        g.writeStringField("department", m.department());
        g.writeArrayFieldStart("supporting_departments");
        for (String d : m.supportingDepartments()) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeStringField("person", m.person());
        date("deadline", m.deadline().date());
        g.writeStringField("deadline_text", m.deadline().text());
        g.writeStringField("deadline_kind", m.deadline().kind().code());
        g.writeStringField("status", m.status().code());
        date("completed_on", m.completedOn());
        g.writeStringField("progress", m.progress());
        g.writeStringField("remarks", m.remarks());
        g.writeEndObject();
    }

    private void id(String key, Long id) throws IOException {
        if (id == null) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, id);
        }
    }

    private void date(String key, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(key);
        } else {
            g.writeStringField(key, date.toString());
        }
    }
}
