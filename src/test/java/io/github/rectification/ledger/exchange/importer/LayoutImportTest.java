package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ledgers laid out the ways offices lay them out, written with POI, imported and checked record by record. */
class LayoutImportTest {
    private static final String[] HEADER = {"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "责任人",
            "整改时限", "整改进展情况", "完成情况", "备注"};

    @TempDir
    Path dir;

    private Path write(Workbook wb, String name) throws Exception {
        Path p = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }

    private static Row row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                CellStyle st = s.getWorkbook().createCellStyle();
                st.setDataFormat(s.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                cell.setCellStyle(st);
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    private ImportPlan importInto(Path workbook, Path ledger, ImportOptions options) throws Exception {
        try (LedgerStore store = LedgerStore.open(ledger)) {
            return LedgerImporter.apply(workbook, store, options);
        }
    }

    private Ledger ledger(Path file) throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            return store.inspections().snapshot();
        }
    }

    /** Two problems of 3 and 2 measures; the problem cells written as {@code style} says. */
    private Path problemsWrittenAs(String style, boolean xls) throws Exception {
        Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        Sheet s = wb.createSheet("台账");
        row(s, 0, "市民政局巡察整改台账");
        row(s, 1, "填报单位：市民政局    填报日期：2022年7月28日");
        row(s, 2, (Object[]) HEADER);
        String[][] problems = {{"1", "组织建设方面", "党组领导核心作用发挥不充分"}, {"2", "组织建设方面", "党组领导核心作用发挥不充分"}};
        int r = 3;
        int[] counts = {3, 2};
        for (int p = 0; p < 2; p++) {
            int first = r;
            for (int m = 0; m < counts[p]; m++) {
                boolean head = m == 0 || style.equals("repeated");
                row(s, r++, head ? problems[p][0] : null, head ? problems[p][1] : null, head ? problems[p][2] : null,
                        "措施" + p + "-" + m, "局长", "办公室", "张三", "3月底前", "进展", "已完成", null);
            }
            if (style.equals("merged")) {
                for (int c = 0; c < 3; c++) {
                    s.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
                }
            }
        }
        return write(wb, style + (xls ? ".xls" : ".xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merged", "repeated", "first-row-only"})
    void problemsSpreadOverTheirMeasureRows(String style) throws Exception {
        for (boolean xls : new boolean[] {false, true}) {
            Path ledger = dir.resolve(style + xls + ".zgtz");
            ImportPlan plan = importInto(problemsWrittenAs(style, xls), ledger, ImportOptions.defaults());
            assertThat(plan.problems()).as(style).isEqualTo(2);
            assertThat(plan.measures()).isEqualTo(5);
            Ledger l = ledger(ledger);
            assertThat(l.problems()).extracting(Problem::seq).containsExactly("1", "2");
            // the same text twice: the sequence number tells the two problems apart
            assertThat(l.problems()).extracting(Problem::title).containsOnly("党组领导核心作用发挥不充分");
            Map<Long, List<Measure>> byProblem = l.measuresByProblem();
            assertThat(byProblem.get(l.problems().get(0).id())).extracting(Measure::text)
                    .containsExactly("措施0-0", "措施0-1", "措施0-2");
            assertThat(byProblem.get(l.problems().get(1).id())).hasSize(2);
            Inspection i = l.inspections().get(0);
            assertThat(i.name()).isEqualTo("市民政局巡察整改台账");
            assertThat(i.inspectedUnit()).isEqualTo("市民政局");
            assertThat(i.reportDate()).isEqualTo(LocalDate.of(2022, 7, 28));
            assertThat(l.measures().get(0).deadline().date()).isEqualTo(LocalDate.of(2022, 3, 31));
            assertThat(l.measures().get(0).deadline().text()).isEqualTo("3月底前");
        }
    }

    @Test
    void categoryRowsSpanningTheSheetNameTheProblemsBelowThemAndTotalsAndNotesAreLeftOut() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("整改台账");
        row(s, 0, "序号", "存在问题", "整改措施", "责任部门", "整改时限", "完成情况");
        row(s, 1, "一、党的政治建设方面");
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
        row(s, 2, "1", "问题甲", "措施一", "办公室", "2024年6月30日", "已完成");
        row(s, 3, "2", "问题乙", "措施二", "办公室", "2024年6月30日", "已完成");
        row(s, 4, "二、全面从严治党方面");
        s.addMergedRegion(new CellRangeAddress(4, 4, 0, 5));
        row(s, 5, "3", "问题丙", "措施三", "财务科", "2024年6月30日", "正在推进");
        row(s, 6, "合  计", null, "3项");
        row(s, 7, "填表说明：本表由各责任部门填写。");
        Path ledger = dir.resolve("categories.zgtz");
        ImportPlan plan = importInto(write(wb, "categories.xlsx"), ledger, ImportOptions.defaults());
        assertThat(plan.problems()).isEqualTo(3);
        assertThat(plan.measures()).isEqualTo(3);
        Ledger l = ledger(ledger);
        assertThat(l.problems()).extracting(Problem::category)
                .containsExactly("一、党的政治建设方面", "一、党的政治建设方面", "二、全面从严治党方面");
        assertThat(l.measures()).extracting(Measure::text).containsExactly("措施一", "措施二", "措施三");
    }

    /** The 序号 column numbers the measures (1.1, 1.2 …; ①②; (1)(2); 1） 2）) while the problem's text is repeated or merged. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.1|1.2|1.3|2.1|2.2", "1-1|1-2|1-3|2-1|2-2", "①|②|③|①|②", "(1)|(2)|(3)|(1)|(2)",
        "（1）|（2）|（3）|（1）|（2）", "1）|2）|3）|1）|2）"})
    void aSequenceColumnThatNumbersTheMeasuresLeavesTheProblemToItsText(String labels) throws Exception {
        String[] seq = labels.split("\\|");
        for (boolean merged : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("整改台账");
            row(s, 0, "序号", "存在问题", "整改措施", "责任部门", "整改时限", "完成情况");
            String[] problems = {"问题甲", "问题甲", "问题甲", "问题乙", "问题乙"};
            for (int k = 0; k < 5; k++) {
                row(s, k + 1, seq[k], merged && k != 0 && k != 3 ? null : problems[k], "措施" + k, "办公室",
                        "2024年6月30日", "已完成");
            }
            if (merged) {
                s.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
                s.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
            }
            Path ledger = dir.resolve("labels" + merged + labels.hashCode() + ".zgtz");
            ImportPlan plan = importInto(write(wb, "labels" + merged + labels.hashCode() + ".xlsx"), ledger,
                    ImportOptions.defaults());
            assertThat(plan.problems()).as(labels + (merged ? " merged" : " repeated")).isEqualTo(2);
            assertThat(plan.measures()).isEqualTo(5);
            Ledger l = ledger(ledger);
            assertThat(l.problems()).extracting(Problem::title).containsExactly("问题甲", "问题乙");
            Map<Long, List<Measure>> byProblem = l.measuresByProblem();
            assertThat(byProblem.get(l.problems().get(0).id())).extracting(Measure::text)
                    .containsExactly("措施0", "措施1", "措施2");
            assertThat(byProblem.get(l.problems().get(0).id())).extracting(Measure::seq)
                    .as("the label is the measure's").containsExactly(seq[0], seq[1], seq[2]);
            assertThat(byProblem.get(l.problems().get(1).id())).extracting(Measure::seq).containsExactly(seq[3], seq[4]);
            if (seq[0].contains(".") || seq[0].contains("-")) {
                assertThat(l.problems()).extracting(Problem::seq).as("the problem's number before the point")
                        .containsExactly("1", "2");
            }
        }
    }

    @Test
    void twoRowHeaderColumnsInAnyOrderSynonymsExtraColumnsNotesAndBlankRows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        row(s, 0, "关于巡察反馈意见整改落实情况台账");
        row(s, 1, "反馈问题", "序号", "整改举措", "责任分工", null, null, "完成时限", "整改状态", "整改落实情况", "佐证材料");
        row(s, 2, null, null, null, "牵头单位", "分管领导", "责任人");
        for (int c : new int[] {0, 1, 2, 6, 7, 8, 9}) {
            s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
        }
        s.addMergedRegion(new CellRangeAddress(1, 1, 3, 5));
        row(s, 3, "干部队伍建设不足", "(一)", "=开展专题培训", "人事处", "副局长", "李四", LocalDate.of(2022, 6, 30), "完成",
                "已培训120人次", "培训签到表");
        row(s, 4, null, null, "+建立轮岗制度\n第二行", "人事处", "副局长", "李四", "长期坚持", null, "", null);
        row(s, 5);
        row(s, 6, "财务管理不规范", "(二)", "@全体 规范报销流程", "财务处", "局长", "王五", "2022.9.30", "基本完成",
                "流程已修订", null);
        row(s, 7, null, null, "-" + "长".repeat(3000), "财务处", "局长", "王五", "立行立改", "推进中", null, null);
        row(s, 9, "填表说明：1.完成情况填写已完成、正在推进、未启动。");
        row(s, 10, "2.时限按月填写。", null, "不是措施");
        Path p = write(wb, "two-row.xlsx");
        Path ledger = dir.resolve("two-row.zgtz");
        ImportPlan plan = importInto(p, ledger, ImportOptions.defaults());
        assertThat(plan.problems()).isEqualTo(2);
        assertThat(plan.measures()).isEqualTo(4);
        Ledger l = ledger(ledger);
        List<Measure> ms = l.measures();
        assertThat(ms).extracting(Measure::text).containsExactly("=开展专题培训", "+建立轮岗制度\n第二行",
                "@全体 规范报销流程", "-" + "长".repeat(3000));
        Measure first = ms.get(0);
        assertThat(first.department()).isEqualTo("人事处");
        assertThat(first.leader()).isEqualTo("副局长");
        assertThat(first.person()).isEqualTo("李四");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(first.status()).isEqualTo(Status.DONE);
        assertThat(first.progress()).isEqualTo("已培训120人次");
        assertThat(first.remarks()).isEqualTo("佐证材料:培训签到表");
        assertThat(ms.get(1).status()).as("blank status under 长期坚持").isEqualTo(Status.LONG_TERM);
        assertThat(ms.get(1).deadline().kind()).isEqualTo(DeadlineKind.LONG_TERM);
        assertThat(ms.get(2).status()).as("基本完成 taken as in progress").isEqualTo(Status.IN_PROGRESS);
        assertThat(ms.get(2).deadline().date()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(ms.get(3).deadline().kind()).isEqualTo(DeadlineKind.IMMEDIATE);
        assertThat(l.problems()).extracting(Problem::seq).containsExactly("(一)", "(二)");
        assertThat(plan.warnings()).filteredOn(w -> w.kind() == ImportWarning.Kind.UNKNOWN_STATUS).singleElement()
                .satisfies(w -> {
                    assertThat(w.sheet()).isEqualTo("Sheet1");
                    assertThat(w.row()).isEqualTo(7);
                    assertThat(w.column()).isEqualTo("H");
                    assertThat(w.subject()).isEqualTo("基本完成");
                    assertThat(w.message()).contains("基本完成").contains("正在推进");
                });
        assertThat(plan.warnings()).filteredOn(w -> w.kind() == ImportWarning.Kind.MERGED_COLUMNS).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("佐证材料").contains("备注"));
        assertThat(plan.unknownStatusWords()).containsEntry("基本完成", 1);

        // the user chose another class for the unknown word
        Path again = dir.resolve("two-row-choice.zgtz");
        importInto(p, again, ImportOptions.defaults().withStatusChoices(Map.of("基本完成", Status.DONE)));
        assertThat(ledger(again).measures().get(2).status()).isEqualTo(Status.DONE);
    }

    /**
     * A returned workbook's 申请销号 and 销号说明 are neither 备注 nor 销号: the import names each
     * request and its note for the office to decide, and an extra column left empty is not reported.
     */
    @Test
    void aRequestForCloseOutIsReportedNotMergedIntoRemarks() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("办公室");
        row(s, 0, "序号", "存在问题", "整改措施", "牵头部门", "完成情况", "备注", "申请销号", "销号说明", "联络员");
        row(s, 1, "1", "制度执行不严", "修订财务制度", "办公室", "已完成", "已印发", "是", "制度已印发执行", null);
        row(s, 2, null, null, "开展专项检查", "办公室", "正在推进", "", "否", "", null);
        Path p = write(wb, "return.xlsx");
        Path ledger = dir.resolve("return.zgtz");

        ImportPlan plan = importInto(p, ledger, ImportOptions.defaults());

        List<Measure> ms = ledger(ledger).measures();
        assertThat(ms).extracting(Measure::remarks).containsExactly("已印发", "");
        assertThat(plan.warnings()).filteredOn(w -> w.kind() == ImportWarning.Kind.CLOSE_OUT_REQUESTED).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("办公室");
            assertThat(w.row()).isEqualTo(2);
            assertThat(w.column()).isEqualTo("G");
            assertThat(w.message()).contains("修订财务制度").contains("制度已印发执行");
        });
        assertThat(plan.warnings()).extracting(ImportWarning::kind).doesNotContain(ImportWarning.Kind.MERGED_COLUMNS);
    }

    /**
     * A ledger with a yes/no 是否完成 column beside its 整改进展 and deadlines naming periods: each period
     * ends on its last day, in the year of the 填报日期 where the text names none, its text kept; a "no"
     * is 正在推进 where progress is written, else 未启动.
     */
    @Test
    void aYesNoStatusBesideProgressAndDeadlinesNamingPeriods() throws Exception {
        Object[][] rows = {
                // deadline, 是否完成, 整改进展, expected date, expected status
                {"年底前", "是", "已修订制度", "2023-12-31", Status.DONE},
                {"第三季度", "否", "已起草初稿", "2023-09-30", Status.IN_PROGRESS},
                {"6月下旬", "否", null, "2023-06-30", Status.NOT_STARTED},
                {"Q4", "√", null, "2023-12-31", Status.DONE},
                {"上半年", "×", "正在排查", "2023-06-30", Status.IN_PROGRESS},
                {"6月中旬", "☐", null, "2023-06-20", Status.NOT_STARTED},
                {"2022年第四季度", "☑", "已完成", "2022-12-31", Status.DONE},
                {"6月30日前", "✓", null, "2023-06-30", Status.DONE},
                {"6月底前", "✗", "已召开专题会", "2023-06-30", Status.IN_PROGRESS},
                {"一季度", "✘", null, "2023-03-31", Status.NOT_STARTED},
                {"下半年", "✔", null, "2023-12-31", Status.DONE},
                {"年内", "完成", null, "2023-12-31", Status.DONE},
                {"6月中", "未完成", "完成80%", "2023-06-15", Status.IN_PROGRESS},
                {"2023年6月上旬", "未完成", null, "2023-06-10", Status.NOT_STARTED},
                {"即知即改", "是", null, null, Status.DONE},
                {"长期坚持", "否", "持续开展", null, Status.IN_PROGRESS}};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("台账");
        row(s, 0, "市财政局巡察整改台账");
        row(s, 1, "填报单位：市财政局    填报日期：2023年7月10日");
        row(s, 2, "序号", "存在问题", "整改措施", "责任单位", "整改时限", "是否完成", "整改进展");
        for (int i = 0; i < rows.length; i++) {
            boolean head = i % 4 == 0;
            row(s, 3 + i, head ? String.valueOf(i / 4 + 1) : null, head ? "问题" + (i / 4 + 1) : null,
                    "措施" + i, "办公室", rows[i][0], rows[i][1], rows[i][2]);
        }
        Path ledgerFile = dir.resolve("yes-no.zgtz");
        ImportPlan plan = importInto(write(wb, "yes-no.xlsx"), ledgerFile, ImportOptions.defaults());

        assertThat(plan.measures()).isEqualTo(rows.length);
        assertThat(plan.unknownStatusWords()).isEmpty();
        assertThat(plan.warnings()).extracting(ImportWarning::kind)
                .doesNotContain(ImportWarning.Kind.UNREADABLE_DEADLINE);
        List<Measure> ms = ledger(ledgerFile).measures();
        assertThat(ms).hasSize(rows.length);
        for (int i = 0; i < rows.length; i++) {
            Measure m = ms.get(i);
            assertThat(m.text()).isEqualTo("措施" + i);
            assertThat(m.deadline().text()).as("deadline text of %s", rows[i][0]).isEqualTo(rows[i][0]);
            assertThat(m.deadline().date()).as("deadline of %s", rows[i][0])
                    .isEqualTo(rows[i][3] == null ? null : LocalDate.parse((String) rows[i][3]));
            assertThat(m.status()).as("status of %s with progress %s", rows[i][1], rows[i][2]).isEqualTo(rows[i][4]);
        }
        assertThat(ms.get(14).deadline().kind()).isEqualTo(DeadlineKind.IMMEDIATE);
        assertThat(ms.get(15).deadline().kind()).isEqualTo(DeadlineKind.LONG_TERM);
    }

    @Test
    void sheetsPerRoundSummaryAndEmptySheetsSkippedRegistersFilled() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (String round : new String[] {"2021年常规巡察", "2022年巡察回头看"}) {
            Sheet s = wb.createSheet(round);
            row(s, 0, (Object[]) HEADER);
            row(s, 1, "1", "党建方面", round + "问题", "措施甲", "局长", "办公室", "张三", "2022年3月底", "", "已完成");
            row(s, 2, null, null, null, "措施乙", "局长", "办公室", "张三", "2022年3月底", "", "未启动");
        }
        Sheet summary = wb.createSheet("汇总");
        row(summary, 0, "轮次", "措施数", "已完成");
        Row sr = row(summary, 1, "2021年常规巡察");
        sr.createCell(1).setCellFormula("COUNTA('2021年常规巡察'!D2:D3)");
        wb.createSheet("Sheet3");
        Sheet acc = wb.createSheet("问责情况");
        row(acc, 0, "序号", "姓名", "职务", "问责方式", "关联问题", "日期");
        row(acc, 1, "1", "张某", "科长", "提醒谈话", "2021年常规巡察问题", LocalDate.of(2022, 3, 1));
        row(acc, 2, "2", "李某", "副科长", "批评教育", "", null);
        Sheet inst = wb.createSheet("建章立制");
        row(inst, 0, "序号", "制度名称", "文号", "类型", "印发日期", "关联问题");
        row(inst, 1, "1", "《财务管理办法》", "温民办〔2022〕27号", "修订完善", "2022年5月10日", "");
        row(inst, 2, "2", "《干部轮岗办法》", "", "新制定", null, "");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path p = write(wb, "rounds.xlsx");
        Path ledger = dir.resolve("rounds.zgtz");
        ImportPlan plan = importInto(p, ledger, ImportOptions.defaults());
        assertThat(plan.inspections()).isEqualTo(2);
        assertThat(plan.measures()).isEqualTo(4);
        assertThat(plan.sheets()).anySatisfy(n -> {
            assertThat(n.sheet()).isEqualTo("汇总");
            assertThat(n.imported()).isFalse();
            assertThat(n.note()).contains("汇总");
        });
        assertThat(plan.sheets()).anySatisfy(n -> {
            assertThat(n.sheet()).isEqualTo("Sheet3");
            assertThat(n.note()).contains("空工作表");
        });
        Ledger l = ledger(ledger);
        assertThat(l.inspections()).extracting(Inspection::name).containsExactly("2021年常规巡察", "2022年巡察回头看");
        assertThat(l.accountability()).hasSize(2);
        assertThat(l.accountability().get(0).kind()).isEqualTo("提醒谈话");
        assertThat(l.accountability().get(0).date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(l.accountability().get(0).problemId()).isEqualTo(l.problems().get(0).id());
        assertThat(l.institutions()).extracting(r -> r.kind()).containsExactly(InstitutionKind.REVISED, InstitutionKind.NEW);
        assertThat(l.institutions().get(0).docNo()).isEqualTo("温民办〔2022〕27号");
        assertThat(l.institutions().get(0).issuedOn()).isEqualTo(LocalDate.of(2022, 5, 10));

        // the same workbook imported again adds nothing: its rounds are not read again, its register rows are the ledger's
        ImportPlan again = importInto(p, ledger, ImportOptions.defaults());
        assertThat(again.added()).isZero();
        assertThat(again.readBefore()).containsOnlyKeys("2021年常规巡察", "2022年巡察回头看");
        Ledger after = ledger(ledger);
        assertThat(after.inspections()).hasSize(2);
        assertThat(after.measures()).hasSize(4);
        assertThat(after.accountability()).isEqualTo(l.accountability());
        assertThat(after.institutions()).isEqualTo(l.institutions());
    }

    @Test
    void twoRoundsUnderOneTitleAreToldApartByTheirSheetAndTakeTheGroupFromTheTitle() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        String title = "中共温州市民政局党组关于市委第一巡察组巡察反馈意见整改落实台账";
        for (String round : new String[] {"2021年常规巡察", "2022年常规巡察"}) {
            Sheet s = wb.createSheet(round);
            row(s, 0, title);
            row(s, 1, "填报单位：市民政局    填报日期：2022年7月28日");
            row(s, 2, (Object[]) HEADER);
            row(s, 3, "1", "党建方面", round + "问题", "措施甲", "局长", "办公室", "张三", "2022年3月底", "", "已完成");
        }
        Path p = write(wb, "same-title.xlsx");
        Path ledger = dir.resolve("same-title.zgtz");
        importInto(p, ledger, ImportOptions.defaults());
        Ledger l = ledger(ledger);
        assertThat(l.inspections()).extracting(Inspection::name)
                .containsExactly(title + "（2021年常规巡察）", title + "（2022年常规巡察）")
                .doesNotHaveDuplicates();
        assertThat(l.inspections()).extracting(Inspection::inspectionGroup).containsOnly("市委第一巡察组");
        assertThat(l.inspections()).extracting(Inspection::issuingBody).containsOnly("中共温州市民政局党组");
    }

    @Test
    void formulasAreReadAsTheirCachedValues() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("台账");
        row(s, 0, (Object[]) HEADER);
        Row r = row(s, 1, null, "党建方面", "问题一", "措施一", "局长", null, "张三", "长期坚持", "", "已完成");
        r.createCell(0).setCellFormula("ROW()-1");
        r.createCell(5).setCellFormula("\"办公\"&\"室\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path ledger = dir.resolve("formula.zgtz");
        importInto(write(wb, "formula.xlsx"), ledger, ImportOptions.defaults());
        Ledger l = ledger(ledger);
        assertThat(l.problems().get(0).seq()).isEqualTo("1");
        assertThat(l.measures().get(0).department()).isEqualTo("办公室");
    }

    @ParameterizedTest
    @ValueSource(strings = {"完成时间|配合部门", "完成日期|配合单位", "实际完成时间|协同部门"})
    void completionDatesAndSupportingDepartmentsAreReadUnderTheirUsualHeaders(String headers) throws Exception {
        String[] h = headers.split("\\|");
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("台账");
        row(s, 0, "序号", "存在问题", "整改措施", "责任部门", h[1], "整改时限", "完成情况", h[0], "销号时间");
        row(s, 1, "1", "学习不深入", "落实学习制度", "办公室", "组织人事科、机关党委,财务科\n审计科",
                LocalDate.of(2023, 6, 30), "已完成", LocalDate.of(2023, 6, 12), "2023年7月1日");
        row(s, 2, null, null, "开展专题培训", "办公室", null, "2023年9月底", "正在推进", null, null);
        Path ledgerFile = dir.resolve("l.zgtz");
        importInto(write(wb, "completed.xlsx"), ledgerFile, ImportOptions.defaults());
        List<Measure> measures = ledger(ledgerFile).measures();
        assertThat(measures).hasSize(2);
        Measure done = measures.get(0);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(done.deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(done.supportingDepartments()).containsExactly("组织人事科", "机关党委", "财务科", "审计科");
        assertThat(done.remarks()).isEqualTo("销号时间:2023年7月1日");
        assertThat(measures.get(1).completedOn()).isNull();
        assertThat(measures.get(1).supportingDepartments()).isEmpty();
    }
}
