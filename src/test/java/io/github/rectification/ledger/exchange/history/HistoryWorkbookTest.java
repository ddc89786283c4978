package io.github.rectification.ledger.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.ChangeSource;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void exportsAnInspectionsHistoryWithWordsForFieldsAndValues() throws Exception {
        Path xlsx = dir.resolve("history.xlsx");
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            store.setAuthor("王会计");
            Inspection i = store.inspections().add(Inspection.draft("第一轮巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "财务管理不规范"));
            Measure m = store.inspections().add(Measure.draft(p.id(), "规范报销流程"));
            store.inspections().update(m.withStatus(Status.DONE));
            store.unitOfWork().bulk(ChangeSource.importOf("台账.xlsx"), w -> w.add(Measure.draft(p.id(), "开展专项检查")));
            store.inspections().removeMeasure(m.id());
            Inspection other = store.inspections().add(Inspection.draft("另一轮"));
            store.inspections().add(Problem.draft(other.id(), "不相干"));

            HistoryWorkbook.exportInspection(store, i.id(), xlsx);
        }
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("第一轮巡察");
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 1; c < 9; c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).containsExactly(
                List.of("操作人", "对象", "内容", "操作", "字段", "原值", "新值", "来源"),
                List.of("王会计", "巡察", "第一轮巡察", "新增", "", "", "第一轮巡察", "编辑"),
                List.of("王会计", "问题", "财务管理不规范", "新增", "", "", "财务管理不规范", "编辑"),
                List.of("王会计", "整改措施", "规范报销流程", "新增", "", "", "规范报销流程", "编辑"),
                List.of("王会计", "整改措施", "规范报销流程", "修改", "完成情况", "未启动", "已完成", "编辑"),
                List.of("王会计", "整改措施", "开展专项检查", "新增", "", "", "开展专项检查", "导入 台账.xlsx"),
                List.of("王会计", "整改措施", "规范报销流程", "删除", "", "规范报销流程", "", "编辑"));
    }
}
