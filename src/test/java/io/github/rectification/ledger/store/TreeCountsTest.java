package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree's figures are counted in SQL for speed; they must say what the domain says of each
 * measure ({@link Measure#unfinished()}, {@link Measure#overdue(LocalDate)}), over every status,
 * every kind of deadline (a day past, today, ahead), and under every counting rule, which the tree
 * does not follow. A change of the rule on either side fails here.
 */
class TreeCountsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;

    @Test
    void theTreeCountsWhatTheDomainSaysOfEachMeasure() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            fill(store);
            for (CountingRule rule : everyRule()) {
                store.settings().setCountingRule(rule);
                Ledger ledger = store.inspections().snapshot();
                assertThat(store.inspections().inspectionCounts(TODAY)).as(rule.toString())
                        .isEqualTo(byInspection(ledger));
                for (Inspection i : ledger.inspections()) {
                    Map<Long, NodeCounts> counted = store.inspections().problemCounts(i.id(), TODAY);
                    for (Problem p : ledger.problems()) {
                        if (p.inspectionId() == i.id()) {
                            NodeCounts n = counted.getOrDefault(p.id(), NodeCounts.ZERO);
                            assertThat(List.of(n.measures(), n.finished(), n.overdue())).as(rule + " " + p.title())
                                    .isEqualTo(ofProblem(ledger, p));
                        }
                    }
                }
            }
        }
    }

    /** Every status with every kind of deadline, spread over problems, a sub-problem and two inspections. */
    private static void fill(LedgerStore store) {
        List<Deadline> deadlines = List.of(Deadline.on(TODAY.minusDays(1)), Deadline.on(TODAY),
                Deadline.on(TODAY.plusDays(1)), Deadline.longTerm(), Deadline.immediate(), Deadline.NONE);
        assertThat(deadlines).extracting(Deadline::kind).contains(DeadlineKind.values());
        for (String name : List.of("第一轮巡察", "第二轮巡察")) {
            Inspection i = store.inspections().add(Inspection.draft(name));
            Problem parent = store.inspections().add(Problem.draft(i.id(), name + "问题一"));
            Problem sub = store.inspections().add(new Problem(0, i.id(), parent.id(), "1.", "", name + "子问题", "", 0));
            Problem other = store.inspections().add(Problem.draft(i.id(), name + "问题二"));
            store.inspections().add(Problem.draft(i.id(), name + "无措施的问题"));
            int k = 0;
            for (Status status : Status.values()) {
                for (Deadline deadline : deadlines) {
                    Problem p = List.of(parent, sub, other).get(k++ % 3);
                    store.inspections().add(new Measure(0, p.id(), "", status + " " + deadline, "", "办公室", List.of(), "",
                            deadline, status, status == Status.DONE ? TODAY.minusDays(2) : null, "", "", 0));
                }
            }
        }
    }

    private static List<CountingRule> everyRule() {
        List<CountingRule> out = new ArrayList<>();
        for (CountingRule.Basis basis : CountingRule.Basis.values()) {
            for (boolean longTerm : new boolean[] {true, false}) {
                for (CountingRule.DoneWhen when : CountingRule.DoneWhen.values()) {
                    out.add(new CountingRule(basis, longTerm, when));
                }
            }
        }
        return out;
    }

    /** An inspection's figures as the domain counts them: problems with measures, measures, finished, overdue. */
    private static Map<Long, NodeCounts> byInspection(Ledger ledger) {
        Map<Long, Long> inspectionOf = new HashMap<>();
        ledger.problems().forEach(p -> inspectionOf.put(p.id(), p.inspectionId()));
        Map<Long, List<Measure>> measures = new HashMap<>();
        for (Measure m : ledger.measures()) {
            measures.computeIfAbsent(inspectionOf.get(m.problemId()), k -> new ArrayList<>()).add(m);
        }
        Map<Long, NodeCounts> out = new HashMap<>();
        measures.forEach((inspection, ms) -> out.put(inspection, new NodeCounts(
                (int) ms.stream().map(Measure::problemId).distinct().count(), ms.size(),
                (int) ms.stream().filter(m -> !m.unfinished()).count(),
                (int) ms.stream().filter(m -> m.overdue(TODAY)).count())));
        return out;
    }

    /** A problem's measures, finished and overdue ones, its sub-problems' included, as the domain counts them. */
    private static List<Integer> ofProblem(Ledger ledger, Problem p) {
        List<Measure> ms = ledger.measures().stream().filter(m -> m.problemId() == p.id() || ledger.problems().stream()
                .anyMatch(s -> s.id() == m.problemId() && s.parentId() != null && s.parentId() == p.id())).toList();
        return List.of(ms.size(), (int) ms.stream().filter(m -> !m.unfinished()).count(),
                (int) ms.stream().filter(m -> m.overdue(TODAY)).count());
    }
}
