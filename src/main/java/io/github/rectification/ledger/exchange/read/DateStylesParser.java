package io.github.rectification.ledger.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the styles part just far enough to know which cell styles show a date, so a numeric cell
 * is read as a date exactly when Excel or WPS would show it as one.
 */
final class DateStylesParser extends DefaultHandler {
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private boolean inCellXfs;

    /** For each style index, whether it is a date format. */
    static boolean[] parse(InputStream in) throws IOException, SAXException {
        DateStylesParser p = new DateStylesParser();
        SaxParsing.parse(in, p);
        boolean[] out = new boolean[p.xfFormats.size()];
        for (int i = 0; i < out.length; i++) {
            int id = p.xfFormats.get(i);
            String fmt = p.customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            out[i] = fmt != null && DateUtil.isADateFormat(id, fmt);
        }
        return out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> {
                Integer id = intOf(SaxParsing.attribute(atts, "numFmtId"));
                if (id != null && SaxParsing.attribute(atts, "formatCode") != null) {
                    customFormats.put(id, SaxParsing.attribute(atts, "formatCode"));
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = intOf(SaxParsing.attribute(atts, "numFmtId"));
                    xfFormats.add(id == null ? 0 : id);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        }
    }

    private static Integer intOf(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
