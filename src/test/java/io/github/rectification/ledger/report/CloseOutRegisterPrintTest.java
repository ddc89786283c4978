package io.github.rectification.ledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.closeout.CloseOutRegisterWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The register's columns fit A4 landscape at full size even where a column unit prints widest, so its
 * 11 pt text is never shrunk below 五号 (10.5 pt) by fitting the sheet to the page width.
 */
class CloseOutRegisterPrintTest {
    @Test
    void theColumnsFitTheLandscapePageSoTheTextIsNotShrunkBelowFiveHao() {
        double printable = (297 / 25.4 - 2 * CloseOutRegisterWorkbook.SIDE_MARGIN_IN) * 72;
        double units = CloseOutRegisterWorkbook.WIDTHS.stream().mapToDouble(Double::doubleValue).sum();
        double scale = Math.min(1.0, printable / (units * CloseOutRegisterWorkbook.WIDEST_UNIT_PT));
        assertThat(11 * scale).as("printed text size, pt").isGreaterThanOrEqualTo(10.5);
    }
}
