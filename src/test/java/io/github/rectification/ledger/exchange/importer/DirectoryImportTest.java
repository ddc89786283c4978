package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.export.ExportProgress;
import io.github.rectification.ledger.exchange.export.LedgerExporter;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.ReturnedWorkbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import reads a department written by one of its aliases in the directory (机构名录) as the
 * department and says so once per alias; a workbook that writes an alias where the ledger or the
 * values sent write the department (or the other way round) changes nothing.
 */
class DirectoryImportTest {
    private static final String[] HEADER = {"序号", "问题类别", "存在问题", "整改措施", "责任领导", "牵头部门", "配合部门",
            "责任人", "整改时限", "整改进展情况", "完成情况"};

    @TempDir
    Path dir;

    /** A ledger whose directory has 办公室 (aliases 局办公室 and 办) and 财务科. */
    private LedgerStore ledgerWithDirectory() throws Exception {
        LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        Inspection i = store.inspections().add(Inspection.draft("已有的巡察"));
        Problem p = store.inspections().add(Problem.draft(i.id(), "已有的问题"));
        store.inspections().add(MeasureBuilder.under(p.id()).text("已有措施一").department("办公室").build());
        store.inspections().add(MeasureBuilder.under(p.id()).text("已有措施二").department("财务科").build());
        store.directory().buildFromLedger();
        Department office = store.directory().resolve("办公室").orElseThrow();
        store.directory().update(new Department(office.id(), office.name(), List.of("局办公室", "办"), "", ""));
        return store;
    }

    /** Two problems of five measures, lead and supporting departments written by aliases. */
    private Path workbookWithAliases() throws Exception {
        Path file = dir.resolve("aliases.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("台账");
            row(s, 0, "市民政局巡察整改台账");
            row(s, 1, "填报单位：市民政局    填报日期：2022年7月28日");
            row(s, 2, (Object[]) HEADER);
            // Excel rows 4 to 8; 牵头部门 is column F, 配合部门 column G
            row(s, 3, "1", "党建方面", "问题一", "措施一", "局长", "局办公室", "财务科", "张三", "2026年3月底前", "进展", "正在推进");
            row(s, 4, null, null, null, "措施二", "局长", "办公室", "办", "张三", "2026年3月底前", "进展", "正在推进");
            row(s, 5, null, null, null, "措施三", "局长", "局办公室", "财务科、局办公室", "张三", "2026年3月底前", "进展",
                    "正在推进");
            row(s, 6, "2", "党建方面", "问题二", "措施四", "局长", "办", null, "张三", "2026年3月底前", "进展", "正在推进");
            row(s, 7, null, null, null, "措施五", "局长", "财务科", "局办公室", "张三", "2026年3月底前", "进展", "正在推进");
            wb.write(out);
        }
        return file;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static Map<String, Measure> byText(Ledger ledger) {
        return ledger.measures().stream().collect(Collectors.toMap(Measure::text, Function.identity()));
    }

    private static List<ImportWarning> aliasWarnings(ImportPlan plan) {
        return plan.warnings().stream().filter(w -> w.kind() == ImportWarning.Kind.DEPARTMENT_ALIAS).toList();
    }

    @Test
    void anAliasIsStoredAsItsDepartmentWithOneWarningPerAliasAtItsFirstCell() throws Exception {
        Path workbook = workbookWithAliases();
        try (LedgerStore store = ledgerWithDirectory()) {
            ImportPlan preview = LedgerImporter.preview(workbook, store, ImportOptions.defaults());
            ImportPlan plan = LedgerImporter.apply(workbook, store, ImportOptions.defaults());

            Map<String, Measure> m = byText(store.inspections().snapshot());
            assertThat(List.of("措施一", "措施二", "措施三", "措施四", "措施五")).extracting(t -> m.get(t).department())
                    .containsExactly("办公室", "办公室", "办公室", "办公室", "财务科");
            assertThat(m.get("措施一").supportingDepartments()).containsExactly("财务科");
            assertThat(m.get("措施二").supportingDepartments()).containsExactly("办公室");
            assertThat(m.get("措施三").supportingDepartments()).containsExactly("财务科", "办公室");
            assertThat(m.get("措施五").supportingDepartments()).containsExactly("办公室");

            // one warning per alias, not per row: 局办公室 on rows 4, 6 (lead and supporting, one row) and 8
            for (ImportPlan p : List.of(preview, plan)) {
                List<ImportWarning> said = aliasWarnings(p);
                assertThat(said).hasSize(2);
                assertThat(said.get(0)).isEqualTo(new ImportWarning(ImportWarning.Kind.DEPARTMENT_ALIAS, "台账", 4, "F",
                        "“局办公室”按机构名录读作“办公室”（3 行）", "局办公室"));
                assertThat(said.get(1)).isEqualTo(new ImportWarning(ImportWarning.Kind.DEPARTMENT_ALIAS, "台账", 5, "G",
                        "“办”按机构名录读作“办公室”（2 行）", "办"));
            }
            assertThat(aliasWarnings(plan)).extracting(ImportWarning::subject).doesNotContain("财务科", "办公室");

            // the same workbook again is refused, as any workbook read before, and the ledger stays as it is
            Ledger before = store.inspections().snapshot();
            assertThatThrownBy(() -> LedgerImporter.apply(workbook, store, ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class).hasMessageContaining("已导入过");
            assertThat(store.inspections().snapshot()).isEqualTo(before);
        }
    }

    @Test
    void withoutADirectoryTheDepartmentsAreStoredAsWritten() throws Exception {
        Path workbook = workbookWithAliases();
        try (LedgerStore store = LedgerStore.open(dir.resolve("plain.zgtz"))) {
            ImportPlan plan = LedgerImporter.apply(workbook, store, ImportOptions.defaults());
            Map<String, Measure> m = byText(store.inspections().snapshot());
            assertThat(m.get("措施一").department()).isEqualTo("局办公室");
            assertThat(m.get("措施二").supportingDepartments()).containsExactly("办");
            assertThat(aliasWarnings(plan)).isEmpty();
        }
    }

    @Test
    void theLedgersOwnExportImportsAsNoChangeThoughItsMeasuresWriteAnAlias() throws Exception {
        Path file = dir.resolve("legacy.zgtz");
        Path exported = dir.resolve("exported.xlsx");
        Ledger before;
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
            store.inspections().add(MeasureBuilder.under(p.id()).text("措施甲").department("办公室").build());
            // written before 局办公室 and 办 were made aliases: the ledger keeps its texts
            store.inspections().add(MeasureBuilder.under(p.id()).text("措施乙").department("局办公室").supporting(List.of("办")).build());
            store.directory().buildFromLedger();
            store.directory().merge("办公室", "局办公室");
            store.directory().merge("办公室", "办");
            new LedgerExporter(store).export(exported, ExportProgress.NONE);
            before = store.inspections().snapshot();

            // merged three ways against the values the export was made with
            ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults());

            assertThat(plan.roundTrip()).isTrue();
            assertThat(plan.batch()).isNotNull();
            assertThat(plan.updated()).isZero();
            assertThat(plan.added()).isZero();
            assertThat(plan.conflicts()).isEmpty();
            assertThat(store.inspections().snapshot()).isEqualTo(before);
            assertThat(aliasWarnings(plan)).extracting(ImportWarning::message)
                    .containsExactly("“局办公室”按机构名录读作“办公室”（1 行）", "“办”按机构名录读作“办公室”（1 行）");
        }
        // without the batch the workbook is compared two ways, and still changes nothing
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("DELETE FROM distribution");
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults());
            assertThat(plan.batch()).isNull();
            assertThat(plan.updated()).isZero();
            assertThat(store.inspections().snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aReturnWritingTheDepartmentOtherwiseThanTheValuesSentIsNoChangeAndItsPartIsTheDepartments()
            throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("returns.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
            Measure own = store.inspections().add(MeasureBuilder.under(p.id()).text("措施甲").department("办公室").build());
            Measure legacy = store.inspections().add(MeasureBuilder.under(p.id()).text("措施乙").department("局办公室").build());
            store.inspections().add(MeasureBuilder.under(p.id()).text("措施丙").department("财务科").build());
            store.directory().buildFromLedger();
            store.directory().merge("办公室", "局办公室");
            Map<Long, String> uids = store.history().uids(RecordKind.MEASURE);
            Path sent = dir.resolve("sent.xlsx");
            new LedgerExporter(store, "办公室").export(sent, ExportProgress.NONE);

            Path returned = dir.resolve("returned.xlsx");
            try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
                // the department types its names as it likes: 局办公室 where 办公室 was sent, and the other way round
                w.set(uids.get(own.id()), ReturnedWorkbook.DEPARTMENT, "局办公室");
                w.set(uids.get(legacy.id()), ReturnedWorkbook.DEPARTMENT, "办公室");
                w.set(uids.get(legacy.id()), ReturnedWorkbook.PROGRESS, "部门填报的进展");
                w.saveAs(returned);
            }

            ImportPlan plan = LedgerImporter.apply(returned, store, ImportOptions.defaults());

            assertThat(plan.department()).isEqualTo("办公室");
            assertThat(plan.conflicts()).as("措施乙 is 办公室's, written by its alias").isEmpty();
            assertThat(plan.updated()).isEqualTo(1);
            assertThat(plan.items(ImportPlan.Change.UPDATED)).singleElement()
                    .satisfies(item -> assertThat(item.changes()).extracting(ImportPlan.FieldChange::field)
                            .containsExactly("progress"));
            Map<String, Measure> m = byText(store.inspections().snapshot());
            assertThat(m.get("措施甲").department()).isEqualTo("办公室");
            assertThat(m.get("措施乙").department()).isEqualTo("局办公室");
            assertThat(m.get("措施乙").progress()).isEqualTo("部门填报的进展");
        }
    }
}
