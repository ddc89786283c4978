package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.RecordKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddedSummaryTest {
    private static HistoryEntry row(ChangeAction action, String field, String oldValue, String newValue) {
        return new HistoryEntry(1, Instant.EPOCH, "", RecordKind.MEASURE, 1, "u", 1L, action, field, oldValue, newValue,
                "");
    }

    @Test
    void theFirstChangeOfTheTextTellsWhatItWas() {
        assertThat(AddedSummary.of("text", List.of(
                row(ChangeAction.UPDATE, "status", "not_started", "done"),
                row(ChangeAction.UPDATE, "text", "原来的措施", "改过的措施"),
                row(ChangeAction.UPDATE, "text", "改过的措施", "又改过的措施")), "又改过的措施")).isEqualTo("原来的措施");
    }

    @Test
    void aRemoveOrRestoreBeforeAnyChangeKeepsWhatItWas() {
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.REMOVE, null, "原来的措施", null)), null))
                .isEqualTo("原来的措施");
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.RESTORE, null, null, "原来的措施"),
                row(ChangeAction.UPDATE, "text", "原来的措施", "新的")), "新的")).isEqualTo("原来的措施");
    }

    @Test
    void withoutAChangeOfItsTextARecordWasWhatItIsNow() {
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.UPDATE, "progress", "", "进展")), "现在的措施"))
                .isEqualTo("现在的措施");
        assertThat(AddedSummary.of("title", List.of(), "问题")).isEqualTo("问题");
    }

    @Test
    void aRowOfSeveralFieldsGivesTheOneAsked() {
        List<String> fields = List.of("progress", "text", "remarks");
        String values = "progress: 第一行\ntext: 还有\n一行\nremarks: 备注";
        assertThat(AddedSummary.valueIn(values, fields, "progress")).isEqualTo("第一行");
        assertThat(AddedSummary.valueIn(values, fields, "text")).isEqualTo("还有\n一行");
        assertThat(AddedSummary.valueIn(values, fields, "remarks")).isEqualTo("备注");
        assertThat(AddedSummary.valueIn("text: 被截断", fields, "remarks")).isNull();
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.UPDATE, "progress,text,remarks", values, "")), "新"))
                .isEqualTo("还有\n一行");
    }

    @Test
    void aRowWhoseValuesCannotBeToldApartPassesOnToTheNext() {
        assertThat(AddedSummary.of("text", List.of(
                row(ChangeAction.UPDATE, "progress,text", "进展被改写", "x"),
                row(ChangeAction.UPDATE, "text", "原来的措施", "新的")), "新的")).isEqualTo("原来的措施");
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.UPDATE, "progress,text", "乱", "x")), "现在的"))
                .isEqualTo("现在的");
    }

    @Test
    void aLongTextIsCutAsTheAddRowWouldCutIt() {
        String text = "对照巡察反馈意见逐条研究整改措施".repeat(6);
        assertThat(AddedSummary.of("text", List.of(row(ChangeAction.UPDATE, "text", text, "短")), "短"))
                .isEqualTo(ChangeLog.abbreviate(text));
    }
}
