package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported ledger's pages, worked out from the sheet as a spreadsheet prints it (row heights,
 * the print scale of {@link PrintedSizeTest}, paper and margins, the repeated header row, the
 * manual breaks): a page never holds more rows than it has room for, so no break of the
 * spreadsheet's own comes first; a problem that fits on a page is never split; and where a problem
 * taller than a page is split, the next page starts with its label and no merged cell runs across.
 */
class PrintedPagesTest {
    @TempDir
    Path dir;

    private Path export(LedgerStore store, ExportPaper paper, String name) throws Exception {
        Path file = dir.resolve(name + ".xlsx");
        new LedgerExporter(store).paper(paper).export(file, ExportProgress.NONE);
        return file;
    }

    /** Problems of 1 to 30 measures with texts of 10 to 300 characters, some short, some taller than a page. */
    static void fillSynthetic(LedgerStore store, long seed) {
        Random random = new Random(seed);
        Inspection i = store.inspections().add(new Inspection(0, "中共某县财政局党组关于县委第二巡察组巡察反馈意见整改落实台账", "某县财政局党组",
                "县委第二巡察组", null, null, null, null, 0));
        for (int p = 1; p <= 40; p++) {
            Problem problem = store.inspections().add(new Problem(0, i.id(), null, String.valueOf(p), "类别" + (p % 4),
                    "存在问题" + p + "：" + "落实不到位".repeat(1 + random.nextInt(20)), "", 0));
            int measures = random.nextInt(10) == 0 ? 20 + random.nextInt(11) : 1 + random.nextInt(5);
            for (int m = 1; m <= measures; m++) {
                store.inspections().add(MeasureBuilder.under(problem.id()).seq(p + "." + m)
                        .text("整改措施" + m + "：" + "建立健全长效机制，".repeat(1 + random.nextInt(30)))
                        .leader("王局长").department("办公室").person("李四")
                        .deadline(Deadline.on(LocalDate.of(2023, 1 + random.nextInt(12), 1)))
                        .status(Status.values()[random.nextInt(Status.values().length)])
                        .progress("已推进".repeat(random.nextInt(40))).build());
            }
        }
    }

    /**
     * The part of a page a problem must fit in to be kept whole: spreadsheets round the fitted scale
     * differently, so a problem that would fill the page to its last point may be split.
     */
    static final double FITS = 0.95;

    /** A page's room for rows, in the sheet's points, as the spreadsheet works it out. */
    private static double pagePoints(XSSFSheet sheet) {
        double shortSide = switch (sheet.getPrintSetup().getPaperSize()) {
            case PrintSetup.A4_PAPERSIZE -> 595.28;
            case PrintSetup.A3_PAPERSIZE -> 841.89;
            default -> throw new AssertionError("paper " + sheet.getPrintSetup().getPaperSize());
        };
        double printable = shortSide - 72 * (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM));
        return printable / PrintedSizeTest.printedScale(sheet);
    }

    private static double height(XSSFSheet sheet, int row) {
        Row r = sheet.getRow(row);
        return r == null ? sheet.getDefaultRowHeightInPoints() : r.getHeightInPoints();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? "" : c.toString();
    }

    /** Checks the pages of one inspection sheet; returns the number of problems split across pages. */
    private static int checkPages(XSSFSheet sheet) {
        double page = pagePoints(sheet);
        double header = height(sheet, ExportLayout.HEADER_ROW);
        double topRows = height(sheet, ExportLayout.TITLE_ROW) + height(sheet, ExportLayout.INFO_ROW) + header;
        int last = sheet.getLastRowNum();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int b : sheet.getRowBreaks()) {
            starts.add(b + 1);
        }
        assertThat(starts).as("breaks in order, all among the measures").isSorted();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) - 1 : last;
            double used = k == 0 ? 0 : header;
            for (int r = from; r <= to; r++) {
                used += height(sheet, r);
            }
            assertThat(used).as("%s page %d (rows %d–%d) holds no more than it has room for", sheet.getSheetName(),
                    k + 1, from + 1, to + 1).isLessThanOrEqualTo(page);
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            for (int s : starts) {
                assertThat(m.getFirstRow() < s && s <= m.getLastRow())
                        .as("%s: merged %s runs across the page starting at row %d", sheet.getSheetName(),
                                m.formatAsString(), s + 1)
                        .isFalse();
            }
        }
        int split = 0;
        int first = ExportLayout.FIRST_DATA_ROW;
        while (first <= last) {
            String uid = text(sheet, first, ExportLayout.PROBLEM_UID);
            int end = first;
            double points = height(sheet, first);
            while (end + 1 <= last && text(sheet, end + 1, ExportLayout.PROBLEM_UID).equals(uid)) {
                end++;
                points += height(sheet, end);
            }
            String title = text(sheet, first, ExportLayout.PROBLEM);
            assertThat(title).as("row %d starts a problem", first + 1).isNotEmpty()
                    .doesNotStartWith(ExportLayout.CONTINUED);
            List<Integer> inside = new ArrayList<>();
            for (int s : starts) {
                if (first < s && s <= end) {
                    inside.add(s);
                }
            }
            // the first problem has the first page's room under the title, or a page of its own would hold only the title
            double room = first == ExportLayout.FIRST_DATA_ROW ? page * FITS - topRows : page * FITS - header;
            if (points <= room) {
                assertThat(inside).as("%s: problem %s (rows %d–%d, %.0f pt) fits on a page and is not split",
                        sheet.getSheetName(), text(sheet, first, ExportLayout.SEQ), first + 1, end + 1, points).isEmpty();
            }
            for (int s : inside) {
                assertThat(text(sheet, s, ExportLayout.PROBLEM)).as("continuation at row %d", s + 1)
                        .isEqualTo(ExportLayout.CONTINUED + title);
                assertThat(text(sheet, s, ExportLayout.SEQ)).isEqualTo(text(sheet, first, ExportLayout.SEQ));
            }
            split += inside.isEmpty() ? 0 : 1;
            first = end + 1;
        }
        return split;
    }

    @Test
    void pagesOfTheSampleLedgerOnA4AndA3() throws Exception {
        for (ExportPaper paper : ExportPaper.values()) {
            try (LedgerStore store = LedgerStore.open(dir.resolve("sample-" + paper + ".zgtz"))) {
                SampleLedger.fill(store);
                try (XSSFWorkbook wb = new XSSFWorkbook(export(store, paper, "sample-" + paper).toFile())) {
                    int split = checkPages(wb.getSheetAt(0)) + checkPages(wb.getSheetAt(1));
                    if (paper == ExportPaper.A4) {
                        // the first problem holds a measure of 3,000 characters: taller than an A4 page with the rest
                        assertThat(split).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void pagesOfSyntheticLedgers() throws Exception {
        int split = 0;
        int breaks = 0;
        for (long seed = 1; seed <= 4; seed++) {
            try (LedgerStore store = LedgerStore.open(dir.resolve("synthetic-" + seed + ".zgtz"))) {
                fillSynthetic(store, seed);
                try (XSSFWorkbook wb = new XSSFWorkbook(export(store, ExportPaper.A4, "synthetic-" + seed).toFile())) {
                    split += checkPages(wb.getSheetAt(0));
                    breaks += wb.getSheetAt(0).getRowBreaks().length;
                }
            }
        }
        assertThat(breaks).as("the ledgers run over many pages").isGreaterThan(40);
        assertThat(split).as("some problems are taller than a page").isGreaterThan(0);
    }

    @Test
    void aSplitProblemImportsBackAsOneProblemWithOrWithoutTheHiddenIds() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("round.zgtz"))) {
            fillSynthetic(store, 3);
            Ledger before = store.inspections().snapshot();
            Path file = export(store, ExportPaper.A4, "round");
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                assertThat(checkPages(wb.getSheetAt(0))).isGreaterThan(0);
            }
            ImportPlan plan = LedgerImporter.apply(file, store, ImportOptions.defaults());
            assertThat(plan.added()).isZero();
            assertThat(plan.updated()).isZero();
            assertThat(store.inspections().snapshot()).isEqualTo(before);

            // as a clerk would pass it on: the hidden columns and the ledger's own sheet gone
            Path plain = dir.resolve("plain.xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                wb.removeSheetAt(wb.getSheetIndex(ExportLayout.INFO_SHEET));
                for (Row row : wb.getSheetAt(0)) {
                    for (int c = ExportLayout.PROBLEM_UID; c <= ExportLayout.PROBLEM_DESCRIPTION; c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null) {
                            row.removeCell(cell);
                        }
                    }
                }
                try (OutputStream out = Files.newOutputStream(plain)) {
                    wb.write(out);
                }
            }
            try (LedgerStore fresh = LedgerStore.open(dir.resolve("fresh.zgtz"))) {
                LedgerImporter.apply(plain, fresh, ImportOptions.defaults());
                Ledger read = fresh.inspections().snapshot();
                assertThat(read.problems()).hasSameSizeAs(before.problems());
                assertThat(read.measures()).hasSameSizeAs(before.measures());
                assertThat(read.problems()).extracting(Problem::title)
                        .containsExactlyElementsOf(before.problems().stream().map(Problem::title).toList());
            }
        }
    }
}
