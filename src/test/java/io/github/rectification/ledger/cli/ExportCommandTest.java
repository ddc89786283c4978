package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LedgerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path ledger() throws Exception {
        Path db = dir.resolve("l.zgtz");
        try (LedgerStore s = LedgerStore.open(db)) {
            for (String name : new String[] {"第一轮巡察", "第二轮巡察"}) {
                Inspection i = s.inspections().add(Inspection.draft(name));
                Problem p = s.inspections().add(Problem.draft(i.id(), name + "的问题"));
                s.inspections().add(Measure.draft(p.id(), name + "的措施"));
            }
        }
        return db;
    }

    @Test
    void exportsEveryInspection() throws Exception {
        Path db = ledger();
        Path file = dir.resolve("out.xlsx");
        assertThat(run("export", file.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("已导出 2 个巡察、2 个问题、2 条整改措施");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("第一轮巡察");
            assertThat(wb.getSheetName(1)).isEqualTo("第二轮巡察");
            assertThat(wb.getSheetAt(1).getRow(3).getCell(3).getStringCellValue()).isEqualTo("第二轮巡察的措施");
        }
    }

    @Test
    void exportsOneInspection() throws Exception {
        Path db = ledger();
        long second;
        try (LedgerStore s = LedgerStore.open(db)) {
            second = s.inspections().all().get(1).id();
        }
        Path file = dir.resolve("one.xlsx");
        assertThat(run("export", file.toString(), "--db", db.toString(), "--inspection", Long.toString(second)))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("第二轮巡察");
            assertThat(wb.getSheet("第一轮巡察")).isNull();
        }
    }

    @Test
    void aMissingLedgerIsRejectedAndNotCreated() {
        Path db = dir.resolve("none.zgtz");
        Path file = dir.resolve("out.xlsx");
        assertThat(run("export", file.toString(), "--db", db.toString())).isEqualTo(LedgerCli.REJECTED);
        assertThat(err.toString()).contains("文件不存在").contains("none.zgtz");
        assertThat(db).doesNotExist();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNoLedgerIsRejected() throws Exception {
        Path db = dir.resolve("notes.zgtz");
        Files.writeString(db, "这不是台账");
        Path file = dir.resolve("out.xlsx");
        assertThat(run("export", file.toString(), "--db", db.toString())).isEqualTo(LedgerCli.REJECTED);
        assertThat(err.toString()).contains("notes.zgtz");
        assertThat(file).doesNotExist();
        assertThat(Files.readString(db)).isEqualTo("这不是台账");
    }

    @Test
    void anUnknownInspectionIsRejected() throws Exception {
        Path db = ledger();
        Path file = dir.resolve("out.xlsx");
        assertThat(run("export", file.toString(), "--db", db.toString(), "--inspection", "999")).isEqualTo(LedgerCli.REJECTED);
        assertThat(err.toString()).contains("999");
        assertThat(file).doesNotExist();
    }
}
