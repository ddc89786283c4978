package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code dump --json} object: the whole ledger as a tree, keys in the order of the contract. */
final class LedgerJson {
    private final Map<Long, List<Problem>> children = new HashMap<>();
    private final Map<Long, List<Measure>> measures;

    private LedgerJson(Ledger ledger) {
        for (Problem p : ledger.problems()) {
            long key = p.parentId() == null ? -p.inspectionId() : p.parentId();
            children.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        measures = ledger.measuresByProblem();
    }

    static ObjectNode of(Ledger ledger) {
        return new LedgerJson(ledger).root(ledger);
    }

    private ObjectNode root(Ledger ledger) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode inspections = o.putArray("inspections");
        for (Inspection i : ledger.inspections()) {
            ObjectNode n = inspections.addObject();
            n.put("id", i.id());
            n.put("name", i.name());
            n.put("inspected_unit", i.inspectedUnit());
            n.put("inspection_group", i.inspectionGroup());
            date(n, "feedback_date", i.feedbackDate());
            problems(n, -i.id());
        }
        ArrayNode acc = o.putArray("accountability");
        for (AccountabilityRecord a : ledger.accountability()) {
            ObjectNode n = acc.addObject();
            n.put("id", a.id());
            n.put("person", a.person());
            n.put("position", a.position());
            n.put("kind", a.kind());
            n.put("problem_id", a.problemId());
            date(n, "date", a.date());
        }
        ArrayNode inst = o.putArray("institutions");
        for (InstitutionRecord r : ledger.institutions()) {
            ObjectNode n = inst.addObject();
            n.put("id", r.id());
            n.put("title", r.title());
            n.put("doc_no", r.docNo());
            n.put("kind", r.kind().code());
            date(n, "issued_on", r.issuedOn());
            n.put("problem_id", r.problemId());
        }
        return o;
    }

    /** The problems under a parent: an inspection's top level (key −id) or a problem's sub-problems. */
    private void problems(ObjectNode parent, long key) {
        ArrayNode out = parent.putArray("problems");
        for (Problem p : children.getOrDefault(key, List.of())) {
            ObjectNode n = out.addObject();
            n.put("id", p.id());
            n.put("seq", p.seq());
            n.put("category", p.category());
            n.put("title", p.title());
            n.put("description", p.description());
            problems(n, p.id());
            ArrayNode ms = n.putArray("measures");
            for (Measure m : measures.getOrDefault(p.id(), List.of())) {
                measure(ms.addObject(), m);
            }
        }
    }

    private static void measure(ObjectNode n, Measure m) {
        n.put("id", m.id());
        n.put("seq", m.seq());
        n.put("text", m.text());
        n.put("leader", m.leader());
        n.put("department", m.department());
        ArrayNode sup = n.putArray("supporting_departments");
        m.supportingDepartments().forEach(sup::add);
        n.put("person", m.person());
        date(n, "deadline", m.deadline().date());
        n.put("deadline_text", m.deadline().text());
        n.put("deadline_kind", m.deadline().kind().code());
        n.put("status", m.status().code());
        date(n, "completed_on", m.completedOn());
        n.put("progress", m.progress());
        n.put("remarks", m.remarks());
    }

    private static void date(ObjectNode n, String key, LocalDate date) {
        if (date == null) {
            n.putNull(key);
        } else {
            n.put(key, date.toString());
        }
    }
}
