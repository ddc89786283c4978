package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Status;
import java.util.Map;

/** The {@code stats --json} object, keys in the order of the contract. */
final class FiguresJson {
    private FiguresJson() {
    }

    static ObjectNode of(LedgerFigures f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("inspections", f.inspections());
        o.put("problems", f.problems());
        o.put("measures", f.measures());
        ObjectNode status = o.putObject("status");
        for (Status s : Status.values()) {
            status.put(s.code(), f.count(s));
        }
        o.put("completion_rate", f.rate().formatted());
        o.put("problems_unfinished", f.problemsUnfinished());
        o.put("measures_unfinished", f.measuresUnfinished());
        o.put("overdue", f.overdue());
        ObjectNode acc = o.putObject("accountability");
        acc.put("persons", f.accountabilityPersons());
        ObjectNode byKind = acc.putObject("by_kind");
        for (Map.Entry<String, Integer> e : f.accountabilityByKind().entrySet()) {
            byKind.put(e.getKey(), e.getValue());
        }
        ObjectNode inst = o.putObject("institutions");
        inst.put("total", f.institutions());
        inst.put("new", f.institutionsNew());
        inst.put("revised", f.institutionsRevised());
        return o;
    }
}
