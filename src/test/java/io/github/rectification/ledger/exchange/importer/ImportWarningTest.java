package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportWarningTest {
    @Test
    void readsAsItsPlaceAndMessageWithoutItsKind() {
        ImportWarning w = new ImportWarning(ImportWarning.Kind.UNKNOWN_STATUS, "台账", 7, "H",
                "完成情况“基本完成”不是已知的完成情况,按“正在推进”计", "基本完成");
        assertThat(w).hasToString("工作表“台账” 第7行 H列: 完成情况“基本完成”不是已知的完成情况,按“正在推进”计");
        assertThat(new ImportWarning(ImportWarning.Kind.NO_BATCH, null, null, null, "两方比较")).hasToString("两方比较");
    }

    @Test
    void aWarningAboutNoTextOfTheWorkbookHasNoSubject() {
        assertThat(new ImportWarning(ImportWarning.Kind.EMPTY_MEASURE, "台账", 3, "C", "整改措施为空").subject()).isNull();
    }
}
