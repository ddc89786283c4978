package io.github.rectification.ledger.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The document's font table, naming for each font the one to use where it is not installed
 * (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, 楷体_GB2312 → 楷体), so Word and WPS print the notice in
 * the nearest face rather than a default one.
 */
final class FontTable {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private FontTable() {
    }

    static void add(XWPFDocument doc, Map<String, String> substitutes) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (Map.Entry<String, String> e : new TreeMap<>(substitutes).entrySet()) {
            xml.append("<w:font w:name=\"").append(e.getKey()).append("\"><w:altName w:val=\"").append(e.getValue())
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
