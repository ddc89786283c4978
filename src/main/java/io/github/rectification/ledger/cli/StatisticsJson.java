package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.GroupFigures;
import io.github.rectification.ledger.report.stats.StatisticsListing;
import java.util.List;

/**
 * The {@code stats --json} object: the keys of {@link FiguresJson} first, then the counting rule,
 * the figures by category, department and leader, the deadline warnings (counted by band and by lead
 * department, the first of them listed) and the consistency checks.
 */
final class StatisticsJson {
    private StatisticsJson() {
    }

    static ObjectNode of(StatisticsListing listing) {
        List<Finding> findings = listing.findings();
        LedgerFigures f = listing.figures();
        ObjectNode o = FiguresJson.of(f);
        ObjectNode rule = o.putObject("counting_rule");
        rule.put("basis", f.rule().basis().code());
        rule.put("long_term_counts_as_done", f.rule().longTermCountsAsDone());
        rule.put("done_when", f.rule().doneWhen().code());
        rule.put("counted_done", f.measuresCountedDone());
        rule.put("long_term", f.count(Status.LONG_TERM));
        rule.put("rounding", "half_up_2");
        rule.put("text", f.ruleText());
        groups(o.putArray("by_category"), listing.byCategory());
        groups(o.putArray("by_department"), listing.byDepartment());
        groups(o.putArray("by_leader"), listing.byLeader());
        ObjectNode bands = o.putObject("warning_bands");
        bands.put("due_soon_days", listing.bands().dueSoonDays());
        bands.put("upcoming_days", listing.bands().upcomingDays());
        o.put("warnings_total", listing.warningsTotal());
        o.put("warnings_listed", listing.listed().size());
        ObjectNode byBand = o.putObject("warnings_by_band");
        for (WarningBand b : WarningBand.values()) {
            byBand.put(b.code(), listing.warningsByBand().getOrDefault(b, 0));
        }
        ArrayNode byDepartment = o.putArray("warnings_by_department");
        listing.warningsByDepartment().forEach((name, counts) -> {
            ObjectNode n = byDepartment.addObject();
            n.put("name", name);
            for (WarningBand b : WarningBand.values()) {
                n.put(b.code(), counts.getOrDefault(b, 0));
            }
        });
        ArrayNode warnings = o.putArray("warnings");
        for (DeadlineWarning w : listing.listed()) {
            Measure m = w.measure();
            ObjectNode n = warnings.addObject();
            n.put("measure_id", m.id());
            n.put("band", w.band().code());
            n.put("days_left", w.daysLeft());
            n.put("deadline", m.deadline().date().toString());
            n.put("leader", m.leader());
            n.put("department", m.department());
            n.put("problem", listing.problemTitle(m));
            n.put("measure", m.text());
        }
        ArrayNode checks = o.putArray("checks");
        for (Finding x : findings) {
            ObjectNode n = checks.addObject();
            n.put("kind", x.kind().code());
            if (x.problemId() == null) {
                n.putNull("problem_id");
            } else {
                n.put("problem_id", x.problemId());
            }
            if (x.measureId() == null) {
                n.putNull("measure_id");
            } else {
                n.put("measure_id", x.measureId());
            }
            n.put("message", x.message());
        }
        return o;
    }

    private static void groups(ArrayNode out, List<GroupFigures> groups) {
        for (GroupFigures g : groups) {
            LedgerFigures f = g.figures();
            ObjectNode n = out.addObject();
            n.put("name", g.name());
            n.put("problems", f.problems());
            n.put("measures", f.measures());
            n.put("done", f.count(Status.DONE));
            n.put("long_term", f.count(Status.LONG_TERM));
            n.put("unfinished", f.measuresUnfinished());
            n.put("overdue", f.overdue());
            n.put("completion_rate", f.rate().formatted());
        }
    }
}
