package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.KeyFigure;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.summary.SummaryTable;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.PdfText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper check: the exported ledger (A4 and A3), the summary workbook and the notice, written by
 * the command line from the sample ledger, rendered to PDF by LibreOffice as a user's office suite
 * prints them, and their text layer compared with the ledger's data: every measure with its cells on
 * its page, one printed page for each page the export planned, every figure and row of the summary,
 * every paragraph of the notice, and no character below 10.5 pt. Runs where LibreOffice is installed;
 * CI installs it and sets {@value OfficeSuite#REQUIRED}=required, so that there it cannot be skipped.
 */
class RenderedPaperTest {
    static final LocalDate AS_OF = LocalDate.of(2022, 7, 28);
    static final double SMALLEST_POINTS = 10.5;

    @TempDir
    static Path dir;
    static Path db;
    static Path exportA4;
    static Path exportA3;
    static PdfText ledgerA4;
    static PdfText ledgerA3;
    static PdfText summary;
    static PdfText notice;
    static String noticeText;

    @BeforeAll
    static void render() throws Exception {
        Optional<OfficeSuite> office = OfficeSuite.find();
        if (office.isEmpty() && OfficeSuite.required()) {
            fail(OfficeSuite.REQUIRED + "=required, but no soffice or libreoffice is on the PATH");
        }
        assumeTrue(office.isPresent(), "LibreOffice (soffice) is not installed: the paper check needs it");
        db = dir.resolve("seed.zgtz");
        String workbook = Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx").toString();
        run("import", workbook, "--db", db.toString());
        exportA4 = dir.resolve("台账.xlsx");
        exportA3 = dir.resolve("台账A3.xlsx");
        Path summaryFile = dir.resolve("汇总.xlsx");
        Path noticeFile = dir.resolve("通报.docx");
        run("export", exportA4.toString(), "--db", db.toString());
        run("export", exportA3.toString(), "--db", db.toString(), "--paper=A3");
        run("report", summaryFile.toString(), "--db", db.toString(), "--as-of=" + AS_OF);
        run("notice", noticeFile.toString(), "--db", db.toString(), "--as-of=" + AS_OF);
        noticeText = run("notice", "--text", "--db", db.toString(), "--as-of=" + AS_OF).out();
        List<Path> pdfs = office.get().toPdf(dir, dir.resolve("office-profile"), exportA4, exportA3, summaryFile,
                noticeFile);
        ledgerA4 = PdfText.read(pdfs.get(0));
        ledgerA3 = PdfText.read(pdfs.get(1));
        summary = PdfText.read(pdfs.get(2));
        notice = PdfText.read(pdfs.get(3));
    }

    private static CliRun run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    @Test
    void everyMeasurePrintsWithItsCellsOnItsPageInTheLedgersOrder() throws Exception {
        for (PdfText ledger : List.of(ledgerA4, ledgerA3)) {
            List<String> pages = ledger.drawn().stream().map(PdfText::squeezed).toList();
            assertThat(pages.get(0)).contains("填报单位：");
            int page = 0;
            int from = 0;
            int measures = 0;
            try (LedgerStore store = LedgerStore.openReadOnly(db)) {
                for (Inspection i : store.inspections().all()) {
                    for (Problem p : store.inspections().problemsInOrder(i.id())) {
                        for (Measure m : store.inspections().measures(p.id())) {
                            String text = PdfText.squeezed(m.text());
                            int at = pages.get(page).indexOf(text, from);
                            while (at < 0 && page + 1 < pages.size()) {
                                page++;
                                at = pages.get(page).indexOf(text);
                            }
                            assertThat(at).as("measure %s of problem %s printed after the one before it", m.seq(), p.seq())
                                    .isNotNegative();
                            from = at + text.length();
                            String onPage = pages.get(page);
                            for (String cell : cells(p, m)) {
                                assertThat(onPage).as("page %d holds %s of measure %s", page + 1, cell, m.text())
                                        .contains(PdfText.squeezed(cell));
                            }
                            measures++;
                        }
                    }
                }
            }
            assertThat(measures).isEqualTo(38);
        }
    }

    /** The cells of a measure's row as the ledger shows them: problem, people, deadline, status, dates. */
    private static List<String> cells(Problem p, Measure m) {
        List<String> cells = new ArrayList<>(List.of(p.title(), m.leader(), m.department(), m.person(),
                m.progress(), m.status().word(), deadline(m.deadline())));
        if (m.completedOn() != null) {
            cells.add(chineseDate(m.completedOn()));
        }
        cells.removeIf(String::isBlank);
        return cells;
    }

    private static String deadline(Deadline d) {
        return d.text() == null && d.hasDate() ? chineseDate(d.date()) : d.display();
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Test
    void theLedgerPrintsOnePageForEachPageTheExportPlanned() throws Exception {
        for (Path export : List.of(exportA4, exportA3)) {
            PdfText ledger = export == exportA4 ? ledgerA4 : ledgerA3;
            int planned;
            try (XSSFWorkbook wb = new XSSFWorkbook(export.toFile())) {
                planned = wb.getSheetAt(0).getRowBreaks().length + 1;
            }
            // the ledger's sheet comes first; its pages carry the ledger's header row
            long printed = ledger.drawn().stream().filter(t -> PdfText.squeezed(t).contains("序号存在问题整改措施"))
                    .count();
            assertThat(printed).as(export.getFileName() + ": pages with the ledger's header").isEqualTo(planned);
        }
    }

    @Test
    void theSummaryPrintsEveryFigureAndEveryRowOfItsTables() throws Exception {
        SummaryDocument expected;
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            expected = SummaryBuilder.of(StatisticsService.of(store, AS_OF));
        }
        String all = PdfText.squeezed(String.join("", summary.drawn()));
        List<String> lines = summary.lines();
        assertThat(all).contains(PdfText.squeezed(expected.title()), PdfText.squeezed(expected.dateLine()),
                PdfText.squeezed(expected.rule()), "截至2022年7月28日");
        for (KeyFigure k : expected.keyFigures()) {
            assertThat(lines).as(k.label()).anyMatch(l -> l.equals(k.label() + " " + k.value()));
        }
        int rows = 0;
        for (SummaryTable t : expected.tables()) {
            assertThat(all).contains(PdfText.squeezed(t.heading()));
            for (List<String> row : t.rows()) {
                List<String> numbers = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    if (t.numeric(c)) {
                        numbers.add(row.get(c));
                    } else {
                        assertThat(all).as(t.heading()).contains(PdfText.squeezed(row.get(c)));
                    }
                }
                String figures = String.join(" ", numbers);
                assertThat(lines).as(t.heading() + ": " + row).anyMatch(l -> l.contains(figures));
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(10);
    }

    /**
     * Every character of the notice prints, in order. The one thing LibreOffice (7.4) leaves out is a
     * closing punctuation mark that would hang past the end of a justified line, which Word and WPS
     * print in the margin (as the office's own notice has it); such a mark is allowed to be missing
     * only there, at the end of a printed line.
     */
    @Test
    void theNoticePrintsEveryCharacterInOrder() {
        List<String> lines = new ArrayList<>();
        for (String page : notice.drawn()) {
            page.lines().map(PdfText::squeezed).filter(l -> !l.isEmpty() && !l.matches("—\\d+—")).forEach(lines::add);
        }
        String got = String.join("\n", lines);
        String want = PdfText.squeezed(noticeText);
        int i = 0;
        int j = 0;
        int hanging = 0;
        while (i < want.length()) {
            char c = want.charAt(i);
            if (j < got.length() && got.charAt(j) == c) {
                i++;
                j++;
            } else if (j < got.length() && got.charAt(j) == '\n') {
                boolean lost = HANGING.indexOf(c) >= 0 && (j + 1 >= got.length() || got.charAt(j + 1) != c);
                if (lost) {
                    i++;
                    hanging++;
                } else {
                    j++;
                }
            } else {
                throw new AssertionError("the notice as printed differs at character " + i + ": wanted …"
                        + want.substring(Math.max(0, i - 20), Math.min(want.length(), i + 20)) + "…, printed …"
                        + got.substring(Math.max(0, j - 20), Math.min(got.length(), j + 20)) + "…");
            }
        }
        assertThat(got.substring(j).strip()).as("nothing printed after the notice's last line").isEmpty();
        assertThat(hanging).as("marks left out at the end of a line").isLessThan(10);
        assertThat(want).contains("整改完成率");
    }

    private static final String HANGING = "。，、；：！？”’）》";

    @Test
    void noCharacterPrintsBelowTenAndAHalfPoints() {
        for (PdfText pdf : List.of(ledgerA4, ledgerA3, summary, notice)) {
            assertThat(pdf.smallestPoints()).as(pdf.smallestText()).isGreaterThanOrEqualTo(SMALLEST_POINTS);
        }
    }
}
