package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Names made from data are quoted in formulas as Excel does and stay plain names inside their folder. */
class HostileNamesTest {
    @Test
    void printTitlesQuoteEverySheetNameAsExcelDoes() throws Exception {
        byte[] bytes;
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            PrintNames.repeatRows(wb.createSheet(".._.._etc_passwd"), 2, 2);
            PrintNames.repeatRows(wb.createSheet("it's"), 0, 1);
            PrintNames.printColumns(wb.getSheet("it's"), 0, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(back.getSheetAt(0).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(back.getSheetAt(1).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            assertThat(back.getNames(PrintNames.BUILT_IN)).extracting(n -> n.getRefersToFormula())
                    .containsExactlyInAnyOrder("'.._.._etc_passwd'!$3:$3", "'it''s'!$1:$2");
            assertThat(back.getPrintArea(1)).isEqualTo("'it''s'!$A:$M");
        }
    }

    @Test
    void aFileNameFromDataStaysInsideItsFolder() {
        Path folder = Path.of("/tmp/exports");
        for (String hostile : new String[] {"..\\..\\etc\\passwd", "../../etc/passwd", "..", "a\u0000b", "C:evil", " . "}) {
            String name = PlainFileName.of(hostile + "变更历史", "变更历史");
            Path p = folder.resolve(name).normalize();
            assertThat(p.getParent()).as(hostile).isEqualTo(folder);
            assertThat(name).doesNotContain("/", "\\", ":", "\u0000").doesNotStartWith(".");
        }
        assertThat(PlainFileName.of("..", "x")).isEqualTo("x");
        assertThat(PlainFileName.of("市委第一巡察组", "x")).isEqualTo("市委第一巡察组");
    }
}
