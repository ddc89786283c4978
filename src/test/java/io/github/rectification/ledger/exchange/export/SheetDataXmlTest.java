package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SheetDataXmlTest {
    private static String xml(SheetDataXml x) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        x.writeTo(out, 0, x.length());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesRowsWithHeightsAndCellsWithReferencesAndStyles() throws Exception {
        SheetDataXml x = new SheetDataXml();
        x.startRow(26, 40f);
        x.text(0, 3, "序号");
        x.blank(1, 5);
        x.number(27, 0, 44742);
        x.number(2, 7, 1.5);
        x.endRow();
        assertThat(xml(x)).isEqualTo("<row r=\"27\" customHeight=\"1\" ht=\"40.0\">\n"
                + "<c r=\"A27\" s=\"3\" t=\"inlineStr\"><is><t>序号</t></is></c>"
                + "<c r=\"B27\" s=\"5\"></c>"
                + "<c r=\"AB27\" t=\"n\"><v>44742</v></c>"
                + "<c r=\"C27\" s=\"7\" t=\"n\"><v>1.5</v></c></row>\n");
    }

    @Test
    void escapesTextAsPoisStreamingWriterDoes() throws Exception {
        SheetDataXml x = new SheetDataXml();
        x.cellsOfRow(0);
        x.text(0, 0, "<a & \"b\">\n\r\t\u00A0\u0001\uFFFE😀\uD800x");
        assertThat(xml(x)).isEqualTo("<c r=\"A1\" t=\"inlineStr\"><is><t>&lt;a &amp; &quot;b&quot;&gt;"
                + "&#xa;&#xd;&#x9;&#xa0;??😀?x</t></is></c>");
    }

    @Test
    void keepsLeadingAndTrailingSpaces() throws Exception {
        SheetDataXml x = new SheetDataXml();
        x.cellsOfRow(9);
        x.text(1, 0, " 前后有空格 ");
        assertThat(xml(x)).isEqualTo("<c r=\"B10\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 前后有空格 </t></is></c>");
    }

    @Test
    void growsForLongTextsAndCopiesBetweenBuffers() throws Exception {
        SheetDataXml cells = new SheetDataXml();
        cells.cellsOfRow(0);
        String longText = "整改".repeat(40000);
        cells.text(3, 0, longText);
        SheetDataXml out = new SheetDataXml();
        out.startRow(0, 22f);
        out.append(cells, 0, cells.length());
        out.endRow();
        assertThat(xml(out)).contains(longText).endsWith("</t></is></c></row>\n");
        int length = out.length();
        byte[] taken = out.take(null);
        assertThat(new String(taken, 0, length, StandardCharsets.UTF_8)).startsWith("<row r=\"1\"").contains(longText);
        assertThat(out.length()).isZero();
        out.cellsOfRow(1);
        out.blank(0, 2);
        assertThat(xml(out)).isEqualTo("<c r=\"A2\" s=\"2\"></c>");
    }
}
