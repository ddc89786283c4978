package io.github.rectification.ledger.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An .xlsx workbook read for an import into a new ledger is read once: a sheet read to its end is
 * checked as it is read, past the rows its reader declined too, and the check before the commit
 * ({@link WorkbookSource#checkUnread}) reads only the sheets no read went through, with the text
 * budget of the whole workbook less what the sheets read took.
 */
class ReadsThatCheckTest {
    /** Rows of {@link HostileWorkbooks#amplified}: 4,100 uses of a shared string of 32,767 characters, 134 million in all. */
    private static final int HALF_THE_BUDGET = 4_100;

    @TempDir
    Path dir;

    @Test
    void aSheetReadToItsEndIsCheckedPastTheRowsItsReaderDeclined() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String sheet = seed.text(HostileWorkbooks.SHEET);
        String tooLong = "<row r=\"90\"><c r=\"B90\" t=\"inlineStr\"><is><t>" + "长".repeat(ReadLimits.MAX_CELL_CHARS + 1)
                + "</t></is></c></row>";
        Path file = seed.with(HostileWorkbooks.SHEET, sheet.replace("</sheetData>", tooLong + "</sheetData>"))
                .write(dir.resolve("长格.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            RowHandler firstRowOnly = (row, cells, width) -> false;
            SheetInfo first = src.sheets().get(0);
            src.read(first, firstRowOnly);
            assertThatThrownBy(() -> src.readToEnd(first, firstRowOnly)).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("长格.xlsx").hasMessageContaining("B90");
        }
    }

    @Test
    void theCheckOfWhatWasNotReadChecksTheSheetsNoReadWentThrough() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String sheet = seed.text(HostileWorkbooks.SHEET);
        Path file = HostileWorkbooks.withHiddenSheet(seed, "备用", sheet.substring(0, sheet.length() / 2))
                .write(dir.resolve("台账.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            assertThat(src.checksWhileRead()).isTrue();
            src.readToEnd(src.sheets().get(0), (row, cells, width) -> true);
            assertThatThrownBy(src::checkUnread).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("台账.xlsx").hasMessageContaining("备用");
        }
    }

    @Test
    void aSheetOnlyLookedIntoIsCheckedAsIfUnread() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String sheet = seed.text(HostileWorkbooks.SHEET);
        String damaged = sheet.replace("</sheetData>", "<row r=\"90\"><c r=\"B90\"><v>1</v>");
        Path file = seed.with(HostileWorkbooks.SHEET, damaged).write(dir.resolve("半截.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            src.read(src.sheets().get(0), (row, cells, width) -> row < 3);
            assertThatThrownBy(src::checkUnread).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("半截.xlsx").hasMessageContaining("整改台账");
        }
    }

    /**
     * Half the budget in a sheet read to its end passes the check of the rest, which would refuse it
     * were the sheet checked again with what is left; the same in two sheets is more than the budget.
     */
    @Test
    void theSheetsReadAreChargedOnceToTheBudgetOfTheWholeWorkbook() throws Exception {
        ZipParts amplified = HostileWorkbooks.amplified(ZipParts.read(HostileWorkbooks.seed()), HALF_THE_BUDGET);
        long chars = (long) HALF_THE_BUDGET * ReadLimits.MAX_CELL_CHARS;
        assertThat(chars).isLessThan(ReadLimits.TEXT_BUDGET).isGreaterThan(ReadLimits.TEXT_BUDGET / 2);
        Path once = amplified.write(dir.resolve("一半.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(once, null)) {
            src.readToEnd(src.sheets().get(0), (row, cells, width) -> true);
            src.checkUnread();
        }
        Path twice = HostileWorkbooks.withVisibleCopy(amplified, "副本").write(dir.resolve("两半.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(twice, null)) {
            for (SheetInfo s : src.sheets()) {
                src.readToEnd(s, (row, cells, width) -> true);
            }
            assertThatThrownBy(src::checkUnread).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("两半.xlsx").hasMessageContaining("文字总量");
        }
    }

    /** Two entries of the workbook naming the same sheet are each read, and each charged, as the check reads each. */
    @Test
    void aSheetNamedTwiceIsChargedForEachEntry() throws Exception {
        ZipParts amplified = HostileWorkbooks.amplified(ZipParts.read(HostileWorkbooks.seed()), HALF_THE_BUDGET);
        Path file = HostileWorkbooks.withVisibleCopy(amplified, "整改台账").write(dir.resolve("同名.xlsx"));
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            assertThat(src.sheets()).extracting(SheetInfo::name).containsExactly("整改台账", "整改台账");
            for (SheetInfo s : src.sheets()) {
                src.readToEnd(s, (row, cells, width) -> true);
            }
            assertThatThrownBy(src::checkUnread).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("同名.xlsx").hasMessageContaining("文字总量");
        }
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            assertThatThrownBy(src::check).as("the check of the whole workbook says the same")
                    .isInstanceOf(ImportRejectedException.class).hasMessageContaining("文字总量");
        }
    }

    /**
     * A sheet read for an import is charged what its check charges, cell by cell: escaped text
     * ({@code _x0041_} is one character read, seven written), numbers, dates and text that is none,
     * shared strings.
     */
    @Test
    void aSheetReadIsChargedWhatItsCheckCharges() throws Exception {
        String escaped = "_x6574__x6539_".repeat(2_000);
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c>"
                + "<c r=\"B1\"><v>45321.5</v></c><c r=\"C1\"><v>不是数</v></c><c r=\"D1\" t=\"d\"><v>2026-13-45</v></c>"
                + "<c r=\"E1\" t=\"s\"><v>1</v></c><c r=\"F1\" t=\"s\"><v>7</v></c><c r=\"G1\" t=\"str\"><v>a&amp;b</v></c>"
                + "<c r=\"H1\" t=\"b\"><v>1</v></c><c r=\"I1\" t=\"e\"><v>#N/A</v></c></row></sheetData></worksheet>";
        String[] strings = {"整改", "在工程项目管理方面"};
        TextBudget read = TextBudget.full();
        SaxParsing.parse(new java.io.ByteArrayInputStream(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new SheetXmlHandler(strings, new boolean[0], false, (row, cells, width) -> true, read));
        TextBudget checked = TextBudget.full();
        SaxParsing.parse(new java.io.ByteArrayInputStream(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new SheetXmlHandler(strings, new boolean[0], false, null, checked));
        assertThat(read.spent()).isEqualTo(checked.spent()).isGreaterThanOrEqualTo(escaped.length() + strings[1].length());
    }
}
