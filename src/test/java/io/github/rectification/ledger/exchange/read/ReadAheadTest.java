package io.github.rectification.ledger.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared strings read ahead, on a thread of their own, are the strings a read finds: the same
 * rows, and for a damaged part the same refusal, as when the first read reads them itself.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    @Test
    void theRowsReadAfterAReadAheadAreTheRowsReadWithoutIt() throws Exception {
        Path file = HostileWorkbooks.seed();
        List<String> ahead;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            src.readAhead();
            ahead = SheetRows.of(src);
        }
        List<String> plain;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            plain = SheetRows.of(src);
        }
        assertThat(ahead).isNotEmpty().isEqualTo(plain);
        assertThat(String.join("\n", ahead)).contains("整改");
    }

    @Test
    void damagedSharedStringsReadAheadAreRefusedAsTheReadWouldRefuseThem() throws Exception {
        ZipParts parts = ZipParts.read(HostileWorkbooks.seed());
        String sst = parts.names().stream().filter(n -> n.endsWith("sharedStrings.xml")).findFirst().orElseThrow();
        Path file = parts.with(sst, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>断")
                .write(dir.resolve("断.xlsx"));
        Throwable plain;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            plain = catchThrowable(() -> SheetRows.of(src));
        }
        Throwable ahead;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            src.readAhead();
            ahead = catchThrowable(() -> SheetRows.of(src));
        }
        assertThat(plain).isInstanceOf(ImportRejectedException.class).hasMessageContaining("断.xlsx");
        assertThat(ahead).isInstanceOf(ImportRejectedException.class).hasMessage(plain.getMessage());
    }

    @Test
    void aFaultPastEveryStringTheSheetsNameStillRefusesAReadToTheEndAndACheck() throws Exception {
        ZipParts parts = ZipParts.read(HostileWorkbooks.seed());
        String sst = parts.names().stream().filter(n -> n.endsWith("sharedStrings.xml")).findFirst().orElseThrow();
        String tooLong = "<si><t>" + "长".repeat(ReadLimits.MAX_CELL_CHARS + 1) + "</t></si></sst>";
        Path file = parts.with(sst, parts.text(sst).replace("</sst>", tooLong)).write(dir.resolve("长.xlsx"));
        String refusal;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            refusal = catchThrowable(src::check).getMessage();
        }
        assertThat(refusal).isNotBlank();
        for (boolean ahead : new boolean[] {false, true}) {
            try (WorkbookSource src = WorkbookOpener.open(file, null)) {
                if (ahead) {
                    src.readAhead();
                }
                Throwable t = catchThrowable(() -> src.readToEnd(src.sheets().get(0), (row, cells, width) -> true));
                assertThat(t).isInstanceOf(ImportRejectedException.class).hasMessage(refusal);
                assertThat(catchThrowable(src::check)).isInstanceOf(ImportRejectedException.class).hasMessage(refusal);
            }
        }
    }
}
