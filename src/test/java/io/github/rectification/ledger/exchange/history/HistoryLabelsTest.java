package io.github.rectification.ledger.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.ChangeAction;
import org.junit.jupiter.api.Test;

class HistoryLabelsTest {
    private final HistoryLabels labels = HistoryLabels.CHINESE;

    @Test
    void storedCodesAreToldInWords() {
        assertThat(labels.value("status", "in_progress")).isEqualTo("正在推进");
        assertThat(labels.value("deadline_kind", "long_term")).isEqualTo("长期坚持");
        assertThat(labels.value("kind", "revised")).isEqualTo("修订完善");
        assertThat(labels.value("kind", "诫勉谈话")).isEqualTo("诫勉谈话");
        assertThat(labels.value("status", "no_such_code")).isEqualTo("no_such_code");
        assertThat(labels.value("text", null)).isEmpty();
        assertThat(labels.action(ChangeAction.RESTORE)).isEqualTo("恢复");
    }

    @Test
    void anImportsUpdateOfSeveralFieldsIsTranslatedLineByLine() {
        assertThat(labels.fields("status,progress")).isEqualTo("完成情况、整改进展情况");
        assertThat(labels.value("status,progress", "status: done\nprogress: 已验收\n补充说明"))
                .isEqualTo("完成情况: 已完成\n整改进展情况: 已验收\n补充说明");
        assertThat(labels.fields(null)).isEmpty();
    }

    @Test
    void sourcesNameTheImportedFile() {
        assertThat(labels.source("import: 台账.xlsx")).isEqualTo("导入 台账.xlsx");
        assertThat(labels.source("")).isEqualTo("编辑");
        assertThat(labels.source("undo")).isEqualTo("撤销");
        assertThat(HistoryLabels.kind(RecordKind.MEASURE)).isEqualTo("整改措施");
    }
}
