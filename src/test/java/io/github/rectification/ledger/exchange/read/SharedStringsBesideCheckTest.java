package io.github.rectification.ledger.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of a workbook whose shared strings are not read yet reads them on a thread of its own
 * while it checks the sheets, counting each use of a shared string: it refuses what the ordinary
 * check refuses, with the same message, and the strings it read are those the import then reads.
 */
class SharedStringsBesideCheckTest {
    @TempDir
    Path dir;

    @Test
    void theRowsReadAfterTheCheckAreTheRowsReadWithoutIt() throws Exception {
        Path file = HostileWorkbooks.seed();
        List<String> checked;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            src.check();
            checked = SheetRows.of(src);
        }
        List<String> unchecked;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            unchecked = SheetRows.of(src);
        }
        assertThat(checked).isNotEmpty().isEqualTo(unchecked);
        assertThat(String.join("\n", checked)).contains("整改");
    }

    @Test
    void manyUsesOfOneLongSharedStringAreRefusedNamingTheSameCellAsTheOrdinaryCheck() throws Exception {
        Path file = HostileWorkbooks.amplified(ZipParts.read(HostileWorkbooks.seed()), 9_000).write(dir.resolve("amp.xlsx"));
        String beside;
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            Throwable t = catchThrowable(src::check);
            assertThat(t).isInstanceOf(ImportRejectedException.class);
            beside = t.getMessage();
        }
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            // a read first loads the shared strings, so that the check after it is the ordinary one
            src.read(src.sheets().get(0), (row, cells, width) -> false);
            assertThatThrownBy(src::check).isInstanceOf(ImportRejectedException.class).hasMessage(beside);
        }
        assertThat(beside).contains("amp.xlsx", "文字总量", "D82");
    }

    @Test
    void usesAreChargedAtTheLengthsOfTheirStrings() {
        SharedUses uses = new SharedUses();
        uses.add(0);
        uses.add(2);
        uses.add(2);
        uses.add(5_000);
        uses.add(-1);
        assertThat(uses.chars(new String[] {"一", "二二", "三三三"})).isEqualTo(1 + 2 * 3);
        assertThat(uses.incomplete()).isFalse();
        uses.add(SharedUses.MAX_INDEX + 1);
        assertThat(uses.incomplete()).isTrue();
    }
}
