package io.github.rectification.ledger.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.table.PrintedTable;
import io.github.rectification.ledger.testsupport.PdfText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table printed as shown: readable, its header on every page, a problem kept together or continued under its label. */
class PrintedTablePdfTest {
    @TempDir
    Path dir;

    static final List<PrintedTable.Column> COLUMNS = List.of(
            new PrintedTable.Column("存在问题", 200, true),
            new PrintedTable.Column("整改措施", 260, false),
            new PrintedTable.Column("牵头部门", 90, false),
            new PrintedTable.Column("备注", 120, false));

    /** Problem p has {@code counts[p]} measures; every measure's text is {@code lines} lines long. */
    static PrintedTable table(int[] counts, int lines) {
        List<PrintedTable.Row> rows = new ArrayList<>();
        for (int p = 0; p < counts.length; p++) {
            for (int m = 0; m < counts[p]; m++) {
                String text = ("措施" + p + "-" + m + "。") + "落实整改要求".repeat(4 * lines);
                rows.add(new PrintedTable.Row(List.of("问题" + p + "：制度执行不严格", text, "办公室", ""), p));
            }
        }
        return new PrintedTable("整改台账（测试巡察）", List.of("筛选：牵头部门 办公室", "共 9 条整改措施"), COLUMNS, rows);
    }

    private PdfText print(PrintedTable t) throws Exception {
        Path pdf = dir.resolve("表格.pdf");
        try (CjkFont font = CjkFontLocator.open(Optional.empty())) {
            try (var out = Files.newOutputStream(pdf)) {
                PrintedTablePdf.write(t, font, out);
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4 landscape").isGreaterThan(doc.getPage(0)
                    .getMediaBox().getHeight());
        }
        return PdfText.read(pdf);
    }

    private static int pageOf(PdfText text, String s) {
        for (int i = 0; i < text.drawn().size(); i++) {
            if (PdfText.squeezed(text.drawn().get(i)).contains(s)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyRowPrintsReadablyUnderTheHeaderWithTheEmptyColumnLeftOut() throws Exception {
        PdfText text = print(table(new int[] {3, 4, 2, 5, 6, 3, 4, 5}, 2));
        assertThat(text.drawn()).hasSizeGreaterThan(1);
        assertThat(text.smallestPoints()).as(text.smallestText()).isGreaterThanOrEqualTo(10.5);
        for (String page : text.drawn()) {
            assertThat(PdfText.squeezed(page)).contains("存在问题", "整改措施", "牵头部门").doesNotContain("备注");
        }
        String all = PdfText.squeezed(String.join("", text.drawn()));
        assertThat(all).contains("整改台账（测试巡察）", "筛选：牵头部门办公室");
        for (int p = 0; p < 8; p++) {
            assertThat(all).contains("措施" + p + "-0。");
        }
        // a problem's label prints once over its measures
        assertThat(all.split("问题3：制度执行不严格", -1)).hasSize(2);
    }

    @Test
    void aProblemThatFitsOnAPageIsNotSplitAndOneTallerIsContinuedUnderItsLabel() throws Exception {
        PrintedTable t = table(new int[] {6, 7, 5, 30, 4}, 3);
        PdfText text = print(t);
        for (int p : new int[] {0, 1, 2, 4}) {
            int last = t.rows().stream().filter(r -> r.group() == p).toList().size() - 1;
            assertThat(pageOf(text, "措施" + p + "-" + last + "。")).as("problem %d ends on the page it starts", p)
                    .isEqualTo(pageOf(text, "措施" + p + "-0。"));
        }
        int start = pageOf(text, "措施3-0。");
        int end = pageOf(text, "措施3-29。");
        assertThat(end).as("the 30-measure problem runs over pages").isGreaterThan(start);
        for (int page = start + 1; page <= end; page++) {
            assertThat(PdfText.squeezed(text.drawn().get(page))).as("page %d", page + 1)
                    .contains("（续）问题3：制度执行不严格");
        }
        assertThat(PdfText.squeezed(text.drawn().get(start))).doesNotContain("（续）问题3");
    }
}
