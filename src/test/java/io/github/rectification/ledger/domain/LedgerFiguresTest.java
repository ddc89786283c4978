package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
            ledger = store.snapshot();
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
}
