package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 28);
    private static final Deadline PAST = Deadline.on(LocalDate.of(2022, 6, 30));

    @TempDir
    Path dir;

    @Test
    void figuresOfTheSeedLedger() throws Exception {
        Ledger ledger;
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            ledger = store.inspections().snapshot();
        }
        LedgerFigures f = LedgerFigures.of(ledger, CountingRule.DEFAULT, TODAY);
        assertThat(f.inspections()).isEqualTo(1);
        assertThat(f.problems()).isEqualTo(14);
        assertThat(f.measures()).isEqualTo(38);
        assertThat(f.count(Status.DONE)).isEqualTo(37);
        assertThat(f.count(Status.IN_PROGRESS)).isEqualTo(1);
        assertThat(f.count(Status.LONG_TERM)).isZero();
        assertThat(f.count(Status.NOT_STARTED)).isZero();
        assertThat(f.rate().formatted()).isEqualTo("97.37%");
        assertThat(f.problemsUnfinished()).isEqualTo(1);
        assertThat(f.measuresUnfinished()).isEqualTo(1);
        assertThat(f.overdue()).isZero();
        assertThat(LedgerFigures.of(ledger, CountingRule.DEFAULT, LocalDate.of(2023, 1, 1)).overdue()).isEqualTo(1);
        assertThat(LedgerFigures.of(ledger, new CountingRule(CountingRule.Basis.PROBLEMS, true), TODAY)
                .rate().formatted()).isEqualTo("92.86%");
    }

    private static Ledger ledger(List<Problem> problems, List<Measure> measures) {
        return new Ledger(List.of(Inspection.draft("巡察").withId(1)), problems, measures, List.of(), List.of());
    }

    private static Problem problem(long id, Long parent) {
        return new Problem(id, 1, parent, "", "", "问题" + id, "", (int) id);
    }

    @Test
    void longTermCountsAsDoneOnlyWhenTheRuleSaysSo() {
        Ledger l = ledger(List.of(problem(1, null)), List.of(Measures.of(1, Status.DONE, PAST),
                Measures.of(1, Status.LONG_TERM, Deadline.longTerm()), Measures.of(1, Status.IN_PROGRESS, PAST),
                Measures.of(1, Status.NOT_STARTED, Deadline.NONE)));
        assertThat(LedgerFigures.of(l, CountingRule.DEFAULT, TODAY).rate().formatted()).isEqualTo("50.00%");
        assertThat(LedgerFigures.of(l, new CountingRule(CountingRule.Basis.MEASURES, false), TODAY).rate().formatted())
                .isEqualTo("25.00%");
        LedgerFigures f = LedgerFigures.of(l, CountingRule.DEFAULT, TODAY);
        assertThat(f.measuresUnfinished()).isEqualTo(2);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.problemsUnfinished()).isEqualTo(1);
    }

    @Test
    void aHeadingWhoseSubProblemsCarryTheMeasuresIsNotCountedTwice() {
        Ledger l = ledger(List.of(problem(1, null), problem(2, 1L), problem(3, 1L), problem(4, null)),
                List.of(Measures.of(2, Status.DONE, PAST), Measures.of(3, Status.IN_PROGRESS, PAST)));
        LedgerFigures f = LedgerFigures.of(l, new CountingRule(CountingRule.Basis.PROBLEMS, true), TODAY);
        assertThat(f.problems()).isEqualTo(3); // 2, 3 and the empty 4
        assertThat(f.rate().formatted()).isEqualTo("33.33%");
    }

    @Test
    void accountabilityAndInstitutionsAreCountedByKind() {
        Ledger l = new Ledger(List.of(), List.of(), List.of(),
                List.of(new AccountabilityRecord(1, "甲", "", "提醒谈话", null, null),
                        new AccountabilityRecord(2, "乙", "", "批评教育", null, null),
                        new AccountabilityRecord(3, "丙", "", "提醒谈话", null, null)),
                List.of(new InstitutionRecord(1, "《甲》", "", InstitutionKind.NEW, null, null, null),
                        new InstitutionRecord(2, "《乙》", "", InstitutionKind.REVISED, null, null, null),
                        new InstitutionRecord(3, "《丙》", "", InstitutionKind.REVISED, null, null, null)));
        LedgerFigures f = LedgerFigures.of(l, CountingRule.DEFAULT, TODAY);
        assertThat(f.accountabilityPersons()).isEqualTo(3);
        assertThat(f.accountabilityByKind()).containsExactly(java.util.Map.entry("批评教育", 1),
                java.util.Map.entry("提醒谈话", 2));
        assertThat(f.institutions()).isEqualTo(3);
        assertThat(f.institutionsNew()).isEqualTo(1);
        assertThat(f.institutionsRevised()).isEqualTo(2);
        assertThat(f.rate().formatted()).isEqualTo("0.00%");
    }

    /**
     * Seven measures under four problems, all but two 已完成, only some of those struck off:
     * problem 1: done and struck off, done; problem 2: done and struck off, long-term; problem 3: done,
     * in progress; problem 4: done and struck off.
     */
    private static Ledger partlyStruckOff() {
        Measure a = Measures.of(1, Status.DONE, PAST);
        Measure b = Measures.of(1, Status.DONE, PAST);
        Measure c = Measures.of(2, Status.DONE, PAST);
        Measure d = Measures.of(2, Status.LONG_TERM, Deadline.longTerm());
        Measure e = Measures.of(3, Status.DONE, PAST);
        Measure f = Measures.of(3, Status.IN_PROGRESS, PAST);
        Measure g = Measures.of(4, Status.DONE, PAST);
        return ledger(List.of(problem(1, null), problem(2, null), problem(3, null), problem(4, null)),
                List.of(a, b, c, d, e, f, g)).withStruckOff(Set.of(a.id(), c.id(), g.id()));
    }

    private static String rate(Ledger l, CountingRule.Basis basis, boolean longTerm, CountingRule.DoneWhen when) {
        return LedgerFigures.of(l, new CountingRule(basis, longTerm, when), TODAY).rate().formatted();
    }

    @Test
    void underTheCloseOutRuleOnlyStruckOffMeasuresCountAsDone() {
        Ledger l = partlyStruckOff();
        CountingRule.Basis measures = CountingRule.Basis.MEASURES;
        CountingRule.Basis problems = CountingRule.Basis.PROBLEMS;
        CountingRule.DoneWhen status = CountingRule.DoneWhen.STATUS;
        CountingRule.DoneWhen closed = CountingRule.DoneWhen.CLOSED;
        // by status: five done and the long-term one
        assertThat(rate(l, measures, true, status)).isEqualTo("85.71%"); // 6 of 7
        assertThat(rate(l, measures, false, status)).isEqualTo("71.43%"); // 5 of 7
        // by close-out: the three struck off and the long-term one, which is never struck off
        assertThat(rate(l, measures, true, closed)).isEqualTo("57.14%"); // 4 of 7
        assertThat(rate(l, measures, false, closed)).isEqualTo("42.86%"); // 3 of 7
        // problems: 1, 2 and 4 by status; by close-out problem 1 has a measure not struck off
        assertThat(rate(l, problems, true, status)).isEqualTo("75.00%"); // 3 of 4
        assertThat(rate(l, problems, false, status)).isEqualTo("50.00%"); // 1 and 4
        assertThat(rate(l, problems, true, closed)).isEqualTo("50.00%"); // 2 and 4
        assertThat(rate(l, problems, false, closed)).isEqualTo("25.00%"); // 4

        LedgerFigures f = LedgerFigures.of(l, new CountingRule(measures, true, closed), TODAY);
        assertThat(f.measuresCountedDone()).isEqualTo(4);
        assertThat(f.count(Status.DONE)).as("the status counts stay as they are").isEqualTo(5);
        assertThat(f.measuresUnfinished()).isEqualTo(1);
        assertThat(f.problemsUnfinished()).isEqualTo(1);
        assertThat(f.ruleText()).contains("以销号为准计为已完成").contains("含长期坚持1条，无需销号");
        assertThat(LedgerFigures.of(l, new CountingRule(measures, false, closed), TODAY).measuresCountedDone())
                .isEqualTo(3);
        assertThat(LedgerFigures.of(l, CountingRule.DEFAULT, TODAY).measuresCountedDone()).isEqualTo(6);
    }

    @Test
    void strikingOffChangesTheRateUnderTheCloseOutRuleOnly() {
        Ledger l = partlyStruckOff();
        Ledger none = l.withStruckOff(Set.of());
        Ledger all = l.withStruckOff(Set.copyOf(l.measures().stream().map(Measure::id).toList()));
        for (CountingRule.Basis basis : CountingRule.Basis.values()) {
            for (boolean longTerm : new boolean[] {true, false}) {
                CountingRule byStatus = new CountingRule(basis, longTerm);
                assertThat(LedgerFigures.of(none, byStatus, TODAY)).isEqualTo(LedgerFigures.of(l, byStatus, TODAY));
                CountingRule byCloseOut = byStatus.withDoneWhen(CountingRule.DoneWhen.CLOSED);
                assertThat(LedgerFigures.of(none, byCloseOut, TODAY).rate().done())
                        .as("nothing struck off: only long-term measures can count").isEqualTo(
                                basis == CountingRule.Basis.MEASURES && longTerm ? 1 : 0);
                assertThat(LedgerFigures.of(all, byCloseOut, TODAY).rate())
                        .as("all struck off: as by status").isEqualTo(LedgerFigures.of(l, byStatus, TODAY).rate());
            }
        }
    }

    @Test
    void aMeasureStruckOffAndSetBackCountsByItsStatus() {
        Measure reopened = Measures.of(1, Status.IN_PROGRESS, PAST);
        Measure done = Measures.of(1, Status.DONE, PAST);
        Ledger l = ledger(List.of(problem(1, null)), List.of(reopened, done)).withStruckOff(Set.of(reopened.id(),
                done.id()));
        assertThat(rate(l, CountingRule.Basis.MEASURES, true, CountingRule.DoneWhen.CLOSED)).isEqualTo("50.00%");
    }

    @Test
    void aPartOfTheLedgerKeepsItsStruckOffMeasures() {
        Ledger l = partlyStruckOff();
        CountingRule closed = CountingRule.DEFAULT.withDoneWhen(CountingRule.DoneWhen.CLOSED);
        Ledger firstProblem = l.slice(m -> m.problemId() == 1);
        assertThat(firstProblem.struckOff()).containsExactly(l.measures().get(0).id());
        assertThat(LedgerFigures.of(firstProblem, closed, TODAY).rate().formatted()).isEqualTo("50.00%");
        Ledger changed = l.withMeasures(java.util.Map.of(l.measures().get(1).id(),
                l.measures().get(1).withStatus(Status.IN_PROGRESS)));
        assertThat(changed.struckOff()).isEqualTo(l.struckOff());
    }
}
