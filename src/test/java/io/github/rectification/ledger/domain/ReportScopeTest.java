package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportScopeTest {
    static final Inspection FIRST = Inspection.draft("2021年常规巡察").withId(1);
    static final Inspection SECOND = Inspection.draft("2022年巡察“回头看”").withId(2);
    static final Problem P1 = new Problem(11, 1, null, "1", "", "第一轮的问题", "", 0);
    static final Problem P2 = new Problem(21, 2, null, "1", "", "第二轮的问题", "", 0);
    static final Measure M1 = Measures.of(11, Status.DONE, Deadline.longTerm());
    static final Measure M2 = Measures.of(21, Status.IN_PROGRESS, Deadline.longTerm());
    static final AccountabilityRecord OF_FIRST = new AccountabilityRecord(1, "张三", "科长", "批评教育", 11L, null);
    static final AccountabilityRecord UNLINKED = new AccountabilityRecord(2, "李四", "科员", "提醒谈话", null, null);
    static final InstitutionRecord OF_SECOND = new InstitutionRecord(1, "制度甲", "", InstitutionKind.NEW,
            LocalDate.of(2022, 3, 1), 21L, null);
    static final InstitutionRecord UNLINKED_RULE = new InstitutionRecord(2, "制度乙", "", InstitutionKind.REVISED,
            LocalDate.of(2022, 3, 2), null, null);
    static final Ledger LEDGER = new Ledger(List.of(FIRST, SECOND), List.of(P1, P2), List.of(M1, M2),
            List.of(OF_FIRST, UNLINKED), List.of(OF_SECOND, UNLINKED_RULE));

    @Test
    void oneInspectionCountsItsOwnRecordsAndNothingLinkedToNoProblem() {
        Ledger second = ReportScope.of(SECOND.id()).apply(LEDGER);
        assertThat(second.inspections()).containsExactly(SECOND);
        assertThat(second.problems()).containsExactly(P2);
        assertThat(second.measures()).containsExactly(M2);
        assertThat(second.accountability()).as("the unlinked record is not credited to the last inspection").isEmpty();
        assertThat(second.institutions()).containsExactly(OF_SECOND);

        Ledger first = ReportScope.of(FIRST.id()).apply(LEDGER);
        assertThat(first.measures()).containsExactly(M1);
        assertThat(first.accountability()).containsExactly(OF_FIRST);
        assertThat(first.institutions()).isEmpty();
    }

    @Test
    void everyInspectionIsTheWholeLedgerWithTheRecordsLinkedToNoProblem() {
        ReportScope both = ReportScope.of(List.of(SECOND.id(), FIRST.id()));
        assertThat(both.coversAll(LEDGER)).isTrue();
        assertThat(both.apply(LEDGER)).isEqualTo(LEDGER);
        assertThat(ReportScope.WHOLE.apply(LEDGER)).isEqualTo(LEDGER);
        assertThat(ReportScope.of(List.of()).isWhole()).isTrue();
        assertThat(both.inspections(LEDGER)).as("in the ledger's order").containsExactly(FIRST, SECOND);
    }

    @Test
    void togglingAnInspectionAddsOrTakesItOut() {
        ReportScope one = ReportScope.WHOLE.toggle(FIRST.id());
        assertThat(one.inspectionIds()).containsExactly(FIRST.id());
        assertThat(one.toggle(SECOND.id()).inspectionIds()).containsExactlyInAnyOrder(FIRST.id(), SECOND.id());
        assertThat(one.toggle(FIRST.id()).isWhole()).isTrue();
    }

    @Test
    void theFiguresOfAScopeAreThoseOfItsPart() {
        CountingRule rule = CountingRule.DEFAULT;
        LocalDate day = LocalDate.of(2022, 7, 28);
        LedgerFigures second = LedgerFigures.of(ReportScope.of(SECOND.id()).apply(LEDGER), rule, day);
        assertThat(second.measures()).isEqualTo(1);
        assertThat(second.measuresCountedDone()).isZero();
        assertThat(second.accountabilityPersons()).isZero();
        assertThat(second.institutions()).isEqualTo(1);
        LedgerFigures whole = LedgerFigures.of(ReportScope.WHOLE.apply(LEDGER), rule, day);
        assertThat(whole.measures()).isEqualTo(2);
        assertThat(whole.accountabilityPersons()).isEqualTo(2);
        assertThat(whole.institutions()).isEqualTo(2);
    }

    @Test
    void aScopeKeepsTheStruckOffMeasuresOfItsPart() {
        Ledger struck = LEDGER.withStruckOff(java.util.Set.of(M1.id(), M2.id()));
        assertThat(ReportScope.of(FIRST.id()).apply(struck).struckOff()).containsExactly(M1.id());
        assertThat(ReportScope.of(SECOND.id()).apply(struck).struckOff()).containsExactly(M2.id());
        CountingRule closed = CountingRule.DEFAULT.withDoneWhen(CountingRule.DoneWhen.CLOSED);
        LocalDate day = LocalDate.of(2022, 7, 28);
        assertThat(LedgerFigures.of(ReportScope.of(FIRST.id()).apply(struck), closed, day).measuresCountedDone())
                .isEqualTo(1);
        assertThat(LedgerFigures.of(ReportScope.of(FIRST.id()).apply(LEDGER), closed, day).measuresCountedDone())
                .isZero();
    }
}
