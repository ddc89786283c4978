package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerRecordTest {

    private static final List<LedgerRecord> ONE_OF_EACH = List.of(
            new Inspection(1, "第一轮巡察", "市民政局", "第一巡察组", null, null, null, null, 1),
            new Problem(2, 1, null, "(一)", "", "问题", "", 1),
            Measure.draft(2, "措施").withId(3),
            new AccountabilityRecord(4, "张三", "科长", "批评教育", 2L, LocalDate.of(2024, 5, 1)),
            new InstitutionRecord(5, "制度", "民发〔2024〕1号", InstitutionKind.values()[0], null, 2L, null),
            new Evidence(6, "e-6", EvidenceOwner.measure("m-3"), "整改报告.pdf", "ab", 1, Instant.EPOCH, "张三"));

    @Test
    void everyKindHasItsRecordType() {
        Set<RecordKind> kinds = ONE_OF_EACH.stream().map(LedgerRecord::recordKind).collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrder(RecordKind.values());
    }

    @Test
    void aRecordKeepsItsOwnId() {
        assertThat(ONE_OF_EACH).extracting(LedgerRecord::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aSwitchOverTheKindTellsTheRecordTypes() {
        for (LedgerRecord r : ONE_OF_EACH) {
            Class<?> type = switch (r.recordKind()) {
                case INSPECTION -> Inspection.class;
                case PROBLEM -> Problem.class;
                case MEASURE -> Measure.class;
                case ACCOUNTABILITY -> AccountabilityRecord.class;
                case INSTITUTION -> InstitutionRecord.class;
                case EVIDENCE -> Evidence.class;
            };
            assertThat(r).isInstanceOf(type);
        }
    }

    @Test
    void theRegistersKeepTheirOwnKindBesideTheRecordKind() {
        AccountabilityRecord a = (AccountabilityRecord) ONE_OF_EACH.get(3);

        assertThat(a.kind()).isEqualTo("批评教育");
        assertThat(a.recordKind()).isEqualTo(RecordKind.ACCOUNTABILITY);
        assertThat(a).isInstanceOf(RegisterRecord.class);
    }
}
